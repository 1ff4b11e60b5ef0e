import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./check-same-origin";

const PUBLIC = "https://framewatch.example.org";
const check = (headers: Record<string, string>) => checkSameOrigin((name) => headers[name], PUBLIC);

describe("checkSameOrigin", () => {
  it("lets the dashboard's own pages through", () => {
    expect(check({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" })).toBeNull();
    // Behind a TLS proxy the scheme differs from what the dashboard sees; the host is what counts.
    expect(check({ host: "dash.local", origin: "https://dash.local" })).toBeNull();
    expect(check({ host: "10.0.0.5:3000", origin: PUBLIC })).toBeNull();
  });

  it("lets non-browser clients (no Origin, no Sec-Fetch-Site) through", () => {
    expect(check({ host: "127.0.0.1:3000" })).toBeNull();
    expect(check({ host: "127.0.0.1:3000", "sec-fetch-site": "none" })).toBeNull();
  });

  it("refuses other sites", () => {
    expect(check({ host: "127.0.0.1:3000", origin: "https://evil.example" })).toMatch(/cross-origin request refused/);
    expect(check({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" })).toMatch(/cross-origin/);
    expect(check({ host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" })).toMatch(/Sec-Fetch-Site: cross-site/);
    expect(check({ host: "127.0.0.1:3000", "sec-fetch-site": "same-site", origin: "http://127.0.0.1:3000" })).toMatch(/same-site/);
    expect(check({ host: "127.0.0.1:3000", origin: "null" })).toMatch(/opaque/);
  });
});
