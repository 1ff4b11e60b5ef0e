/**
 * Splits a command's arguments into the options it knows and the paths to
 * read. An argument starting with "-" that is not a known option is a
 * mistake: it used to be taken for a path and reported as "no such file or
 * directory" (exit 1), so `import --dry-run data/` imported everything.
 * After "--" everything is a path, for files whose names start with "-".
 */
export function parseArguments(args: string[], known: readonly string[]): { options: Set<string>; paths: string[] } | { unknown: string } {
  const options = new Set<string>();
  const paths: string[] = [];
  let onlyPaths = false;
  for (const arg of args) {
    if (onlyPaths || !arg.startsWith("-") || arg === "-") paths.push(arg);
    else if (arg === "--") onlyPaths = true;
    else if (known.includes(arg)) options.add(arg);
    else return { unknown: arg };
  }
  return { options, paths };
}
