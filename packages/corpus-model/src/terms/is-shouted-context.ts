/**
 * True when the line around `index` is written in capitals ("WHAT IS NEXT
 * FOR IRAQ"). On such lines "IS" is nearly always the verb, so the
 * standalone "IS" name is not counted there.
 *
 * Rule: take the line containing the match (text between newlines). Ignore
 * the match itself; if the remaining letters include at least four and
 * fewer than 20% of them are lowercase, the line is shouted. A normal line
 * that merely contains other acronyms ("US and IS forces") keeps plenty of
 * lowercase letters and is not affected.
 */
export function isShoutedContext(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nl = text.indexOf("\n", end);
  const lineEnd = nl === -1 ? text.length : nl;
  const rest = text.slice(lineStart, start) + " " + text.slice(end, lineEnd);
  let letters = 0;
  let lower = 0;
  for (const ch of rest) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Ll}/u.test(ch)) lower++;
    }
  }
  return letters >= 4 && lower / letters < 0.2;
}
