import type { LineRule } from "./line-rule";

/**
 * Shape-based furniture detectors: lines that are UI by their form, whatever
 * their words (placeholders, counters, icon ligatures, lone bullets).
 */
export const FURNITURE_RULES: readonly LineRule[] = [
  {
    id: "template-placeholder",
    reason: "template-placeholder",
    description: "Unrendered template markup ({{value}}, {{#bullets}}, {% ... %}) with nothing but punctuation around it",
    pattern: /^[\s\-–—•*·|,;:]*(?:(?:\{\{[^{}]*\}\}|\{%[^%]*%\}|<%[^%]*%>|\$\{[^}]*\})[\s\-–—•*·|,;:]*)+$/u,
    maxWords: 30,
  },
  {
    id: "lone-punctuation",
    reason: "template-placeholder",
    description: "A line of bullets or dashes left where a template list rendered empty",
    pattern: /^[-–—•*·|_=~#>+.]+$/u,
    maxWords: 0,
  },
  {
    id: "icon-ligature",
    reason: "widget",
    description: "Material-icon names glued to their label (\"folder_openMiddle East\", \"access_time7 years ago\"): scraped UI chrome",
    pattern: /(?:^|[\s.])[a-z]+_[a-z]+(?=[A-Z0-9])/u,
    maxWords: 14,
  },
  {
    id: "counter",
    reason: "widget",
    description: "Engagement counter (\"0 Comment(s)\", \"12 shares\", \"1500 / 1500\")",
    pattern: /^(?:\d[\d,.]*\s*(?:comments?|comment\(s\)|shares?|views?|likes?|replies|reads?|reactions?|votes?)|\d+\s*\/\s*\d+)$/iu,
    maxWords: 3,
  },
  {
    id: "relative-time",
    reason: "widget",
    description: "Relative timestamp of the page widget (\"7 years ago\"), relative to an unknown scrape date",
    pattern: /^(?:(?:posted|updated|published)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/iu,
    maxWords: 5,
  },
  {
    id: "reading-time",
    reason: "widget",
    description: "Reading-time badge (\"3 min read\")",
    pattern: /^\d+\s*(?:min(?:ute)?s?)\s+read$/iu,
    maxWords: 3,
  },
];
