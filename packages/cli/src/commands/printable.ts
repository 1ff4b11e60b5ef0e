const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A file name as it can be printed on one terminal line: control characters
 * (a newline, an escape sequence, C1 controls, line separators) written as
 * escapes. A name may hold anything but "/" and NUL, so printed raw, a name
 * like `x\n  failed: ...` forged summary lines and escape sequences reached
 * the terminal.
 */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
