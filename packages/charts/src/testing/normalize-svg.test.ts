import { describe, expect, it } from "vitest";
import { normalizeSvg, renumberIds, roundDecimals } from "./normalize-svg";

describe("roundDecimals", () => {
  it("rounds numbers with more than two decimals to two", () => {
    expect(roundDecimals('<path d="M1.23456,-7.891011L3.5,4.25"/>')).toBe('<path d="M1.23,-7.89L3.5,4.25"/>');
  });
  it("leaves short decimals and integers alone", () => {
    expect(roundDecimals('<rect x="10" y="2.5" width="0.25"/>')).toBe('<rect x="10" y="2.5" width="0.25"/>');
  });
  it("turns negative zero into 0 and handles exponents", () => {
    expect(roundDecimals('x="-0.0001" y="1.234e-7"')).toBe('x="0" y="0"');
  });
});

describe("renumberIds", () => {
  it("renumbers ids in order of appearance and rewrites every reference", () => {
    const input =
      '<svg aria-labelledby="p-title" aria-describedby="p-desc"><title id="p-title">t</title><desc id="p-desc">d</desc>' +
      '<marker id="p-arrow-0"></marker><line marker-end="url(#p-arrow-0)"></line><use href="#p-title"></use></svg>';
    expect(renumberIds(input)).toBe(
      '<svg aria-labelledby="id-1" aria-describedby="id-2"><title id="id-1">t</title><desc id="id-2">d</desc>' +
        '<marker id="id-3"></marker><line marker-end="url(#id-3)"></line><use href="#id-1"></use></svg>',
    );
  });
  it("keeps references to unknown ids and markup without ids unchanged", () => {
    expect(renumberIds('<line marker-end="url(#elsewhere)"/>')).toBe('<line marker-end="url(#elsewhere)"/>');
  });
  it("gives the same output for different prefixes", () => {
    const a = '<svg aria-labelledby="a-title"><title id="a-title">x</title></svg>';
    const b = '<svg aria-labelledby="zz-title"><title id="zz-title">x</title></svg>';
    expect(renumberIds(a)).toBe(renumberIds(b));
  });
});

describe("normalizeSvg", () => {
  it("puts one tag per line and ends with a newline", () => {
    expect(normalizeSvg('<svg><g><rect x="1.23456"></rect></g></svg>')).toBe('<svg>\n<g>\n<rect x="1.23">\n</rect>\n</g>\n</svg>\n');
  });
  it("is idempotent", () => {
    const once = normalizeSvg('<svg aria-labelledby="q-t"><title id="q-t">x</title><path d="M0.12345,1"/></svg>');
    expect(normalizeSvg(once)).toBe(once);
  });
});
