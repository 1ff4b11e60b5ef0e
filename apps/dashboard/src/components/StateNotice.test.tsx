import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StateNotice } from "./StateNotice";

describe("StateNotice", () => {
  it("names the parameters that were reset", () => {
    const html = renderToStaticMarkup(
      <StateNotice
        problems={[
          { param: "dim", value: "nonsense", reason: "invalid" },
          { param: "foo", value: "bar", reason: "unknown" },
        ]}
        canonicalUrl="/framing"
      />,
    );
    expect(html).toContain('data-testid="state-notice"');
    expect(html).toContain("<code>dim=nonsense, foo=bar</code>");
  });

  it("renders nothing when every parameter was understood", () => {
    expect(renderToStaticMarkup(<StateNotice problems={[]} canonicalUrl="/framing" />)).toBe("");
  });
});
