/**
 * Splits a command's arguments into the options it knows and the paths to
 * read. An argument starting with "-" that is not a known option is a
 * mistake: it used to be taken for a path and reported as "no such file or
 * directory" (exit 1), so `import --dry-run data/` imported everything.
 * After "--" everything is a path, for files whose names start with "-".
 *
 * Options in `valued` take a value (`--format csv` or `--format=csv`) and may
 * be repeated (`--map text=story --map date=pub`); their values are listed in order.
 */
export function parseArguments(
  args: string[],
  known: readonly string[],
  valued: readonly string[] = [],
): { options: Set<string>; values: Map<string, string[]>; paths: string[] } | { unknown: string } | { missingValue: string } {
  const options = new Set<string>();
  const values = new Map<string, string[]>();
  const paths: string[] = [];
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyPaths || !arg.startsWith("-") || arg === "-") paths.push(arg);
    else if (arg === "--") onlyPaths = true;
    else if (known.includes(arg)) options.add(arg);
    else {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!valued.includes(name)) return { unknown: arg };
      const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") return { missingValue: name };
      values.set(name, [...(values.get(name) ?? []), value]);
    }
  }
  return { options, values, paths };
}
