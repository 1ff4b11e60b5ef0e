/**
 * Colour-blind-safe palette.
 *
 * Base hues are Okabe & Ito (2008), distinguishable under the common colour
 * vision deficiencies; where a family has more members than Okabe–Ito has
 * usable hues (it has 7 besides black, claimant types need 11), we extend
 * with Tableau's "Color Blind 10" greys and tints. Colour never carries
 * meaning alone: every mark also has a text label (aria-label, legend,
 * data table), and the claims chart adds glyph shape.
 *
 * Colours are fixed per category so "UN" is the same blue on every chart
 * and every page, no matter which categories a filter leaves.
 */
import type { AttackType, ClaimantType, GroupTerm } from "./types";

export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** Extra hues from Tableau "Color Blind 10". */
export const TABLEAU_CB = {
  slate: "#57606C",
  grey: "#A3ACB9",
  lightGrey: "#C8D0D9",
  paleBlue: "#A3CCE9",
  peach: "#FFBC79",
  darkBlue: "#1170AA",
  darkOrange: "#C85200",
} as const;

/** Fallback for a category the palette does not know. */
export const FALLBACK_COLOR = "#8C8C8C";

export const CLAIMANT_TYPE_COLORS: Record<ClaimantType, string> = {
  un: OKABE_ITO.blue,
  us_coalition: OKABE_ITO.skyBlue,
  iraqi_gov_military: OKABE_ITO.bluishGreen,
  iraqi_militia_pmu: OKABE_ITO.orange,
  kurdish: OKABE_ITO.reddishPurple,
  syrian_gov: OKABE_ITO.vermillion,
  analyst: TABLEAU_CB.slate,
  local_official: TABLEAU_CB.peach,
  isis: OKABE_ITO.black,
  media_other: TABLEAU_CB.paleBlue,
  unknown: TABLEAU_CB.grey,
};

export const ATTACK_TYPE_COLORS: Record<AttackType, string> = {
  assassination: OKABE_ITO.reddishPurple,
  armed_assault: OKABE_ITO.orange,
  bombing_explosion: OKABE_ITO.vermillion,
  hijacking: OKABE_ITO.skyBlue,
  hostage_barricade: OKABE_ITO.blue,
  kidnapping: OKABE_ITO.bluishGreen,
  facility_infrastructure: TABLEAU_CB.slate,
  unarmed_assault: TABLEAU_CB.peach,
  unknown: TABLEAU_CB.grey,
};

export const GROUP_TERM_COLORS: Record<GroupTerm, string> = {
  ISIS: OKABE_ITO.blue,
  ISIL: OKABE_ITO.orange,
  Daesh: OKABE_ITO.bluishGreen,
  "Islamic State": OKABE_ITO.reddishPurple,
  IS: OKABE_ITO.vermillion,
};

/** Diverging ends for the threat stance index. */
export const THREAT_COLORS = {
  /** Negative index: defeat / control language dominates. */
  defeat: OKABE_ITO.blue,
  /** Positive index: resurgence language dominates. */
  resurgence: OKABE_ITO.vermillion,
} as const;

/**
 * Outlet colours by stable index. Order chosen so the first few outlets get
 * the most mutually distinct hues; after 12 outlets colours repeat, which is
 * why outlet charts always label bars by name as well.
 */
export const OUTLET_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  TABLEAU_CB.slate,
  OKABE_ITO.yellow,
  TABLEAU_CB.peach,
  TABLEAU_CB.paleBlue,
  TABLEAU_CB.grey,
];

/** Sequential single-hue ramp (ColorBrewer Blues, 5 classes): light = low, dark = high. */
export const SEQUENTIAL_BLUES: readonly string[] = ["#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"];

/** Neutral ink colours used by axes, labels and empty states. */
export const INK = {
  text: "#1F2328",
  muted: "#59636E",
  axis: "#8C959F",
  grid: "#E6E8EB",
  empty: "#F3F4F6",
  selected: "#111111",
} as const;

function lookup(table: Record<string, string>, key: string): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? (table[key] ?? FALLBACK_COLOR) : FALLBACK_COLOR;
}

export function claimantTypeColor(type: string): string {
  return lookup(CLAIMANT_TYPE_COLORS, type);
}

export function attackTypeColor(type: string): string {
  return lookup(ATTACK_TYPE_COLORS, type);
}

export function groupTermColor(term: string): string {
  return lookup(GROUP_TERM_COLORS, term);
}

export function outletColor(index: number): string {
  const n = OUTLET_COLORS.length;
  const i = ((Math.trunc(index) % n) + n) % n;
  return OUTLET_COLORS[i] ?? FALLBACK_COLOR;
}

/** Relative luminance (WCAG) of a #RRGGBB or rgb() colour, to pick legible text on a fill. */
export function luminance(hex: string): number {
  // d3 colour interpolation yields "rgb(r, g, b)"; the palette uses hex.
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(hex);
  const m = rgb ?? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const radix = rgb ? 10 : 16;
  const channel = (h: string | undefined): number => {
    const c = parseInt(h ?? "0", radix) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/** Dark or light text, whichever contrasts more with `fill`. */
export function textOn(fill: string): string {
  return luminance(fill) > 0.35 ? INK.text : "#FFFFFF";
}
