import type { LineRule } from "./line-rule";

// Optional trailing punctuation widgets often carry ("Please Wait...", "Read more »").
const END = String.raw`\s*[.!?:…»›>]*$`;

const rule = (id: string, body: string, description: string, maxWords = 8): LineRule => ({
  id,
  reason: "widget",
  description,
  pattern: new RegExp(`^(?:${body})${END}`, "iu"),
  maxWords,
});

/**
 * Vocabulary of page widgets, matched against whole short lines. A line is
 * furniture only when the entire line is one of these phrases, so the same
 * words inside a sentence are never touched.
 */
export const WIDGET_VOCABULARY: readonly LineRule[] = [
  rule("no-script", String.raw`no ?script|(please )?enable javascript.*|javascript (is )?(disabled|required).*`, "Notice shown when scripts are off"),
  rule("loading", String.raw`please wait|loading|processing`, "Loading indicator text"),
  rule("favorites", String.raw`(add to|remove from) (favou?rites|bookmarks|reading list)|bookmark( this)?|save( (this )?(article|story)| for later)?`, "Bookmark button label"),
  rule("share", String.raw`share( (this( article| story| news| page| post)?|on \w+|article|story|full article|page|via \w+))?|give this article|cop(y|ied)|tweet|e-?mail|print|whatsapp|facebook|twitter|telegram|linkedin|reddit|messenger|copy (the )?link|x`, "Social share button label", 4),
  rule("comments", String.raw`comments?|\d*\s*comment\(s\)|leave a (comment|reply)|add (a )?comment|post a comment|(view|show|hide) comments|be the first to comment.*|join the (conversation|discussion)`, "Comment widget label"),
  rule("comment-policy", String.raw`comment policy.*|.*denotes required field.*`, "Comment form boilerplate", 16),
  rule("feedback", String.raw`do you like this (article|story|post|page)|did you (like|enjoy) this (article|story)|was this (article|story|page) (helpful|useful)|rate this (article|story)`, "Reader feedback prompt"),
  rule(
    "read-more",
    String.raw`(click|tap) here( to .{1,60}| for .{1,60})?|(click here to )?read (more|the full (story|article)|also)|continue reading( (this|the) (article|story)\b.*)?|more on this( story)?|see also|related( (articles|stories|news|posts|topics|coverage|content))?|recommended( for you)?|most (read|popular|viewed|shared|visited)( in .{1,30})?|(read|related|see|more|also read|read also|read more)\s*:.{0,120}|read next|related (topics|tags|news)|more on this story|topics|tags?\s*:.{0,160}|you (may|might) also (like|be interested in)|more from .{1,30}|latest (news|stories|articles)|trending( now)?|top stories|editor'?s picks?|in (other|case you missed) .{0,20}`,
    "Link to other content",
    30,
  ),
  rule("subscribe", String.raw`subscribe( now| today| to .{1,40})?|sign up( (now|today|for .{1,40}))?|(get|join) our newsletter|newsletter|follow (us|\S+(\s\S+)?) on .{1,30}|join us on .{1,30}|download (our|the) app.*`, "Subscription prompt"),
  rule("legal", String.raw`(©|\(c\)|copyright)\s?.*|all rights reserved.*|privacy policy|terms (of (use|service)|and conditions)|cookie (policy|settings)|accept( all)? cookies`, "Legal footer", 14),
  {
    id: "legal-long",
    reason: "widget",
    description: "Long legal or syndication notice (wire copyright, print-edition note, mirror addresses)",
    // Unanchored literal alternatives: one linear scan per line, no leading ".*".
    pattern:
      /^(?:copyright|©)[^\n]{0,40}all rights reserved|\bthis material may not be (?:published|broadcast|rewritten|redistributed)|\bcontains only a portion of the news|\bfor subscription options|\bquotes delayed a minimum of\b|\bby (?:registering|subscribing|signing up) (?:at no cost|for free|to continue)\b|\bcan (?:also )?be accessed at the following|^a version of this article appears in print\b|^our standards\s*:/iu,
    maxWords: 90,
  },
  rule(
    "page-age",
    String.raw`this article is more than \S+ (years?|months?|days?) old|supported by|paid content|exclusive news, data and analytics for financial market professionals|(last )?update[d]?\s*:?\s*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?|news id\s*:?\s*\d+|search \S+( \S+)?\.*|skip to (main )?content(skip to site index)?|citations|references|endnotes|notes`,
    "Page chrome that names the page, not the story",
    12,
  ),
  rule("comment-form", String.raw`your email address will not be published.*|required fields are marked.*`, "Comment form boilerplate", 16),
  rule("hashtags", String.raw`#[\p{L}\p{N}_]+(\s+[\p{L}\p{N}_]+){0,3}`, "Hashtag / topic link", 5),
  rule("footnote", String.raw`\[\d{1,3}\]\s.*`, "Numbered endnote of a report", 80),
  rule("advert", String.raw`advertisement|advertising|sponsored( content)?|ad|scroll (down )?to continue.*|story continues below.*`, "Advertising slot label"),
  rule("navigation", String.raw`home|menu|search|skip to (main )?content|back to top|next (article|story|post)|previous (article|story|post)|log ?in|sign in|register|close|open|toggle navigation|main menu|go to top`, "Navigation control", 4),
  rule("breadcrumb", String.raw`home\s*[>›»/|].*`, "Breadcrumb trail", 10),
  rule(
    "section-label",
    String.raw`([\p{L}-]+\s){0,2}(news|politics|world|opinion|analysis|features?|business|economy|sports?|middle east|breaking( news)?|latest|headlines|top news|exclusive|explainer|in depth|live)`,
    "Section label above the headline (\"Iraq News\", \"Middle East\")",
    3,
  ),
];
