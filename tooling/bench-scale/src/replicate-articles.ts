import type pg from "pg";

/**
 * The imported articles that copies are made from. Fixed by the first call,
 * so growing the database in steps (5,000 -> 100,000 -> ...) always copies
 * the analysed originals, never copies of copies.
 */
export interface ReplicationBase {
  /** Highest id of the originals; copy k of article i gets id i + k * stride. */
  stride: number;
  /** Number of originals. */
  count: number;
  /** Copies made so far (rounds; the last may be partial). */
  rounds: number;
}

interface Column {
  name: string;
  /** Excluded from INSERT: generated, identity-always or serial-default primary keys of fact tables. */
  skip: boolean;
  hasSerialDefault: boolean;
}

/** A table whose rows belong to one article (a foreign key to "Article"."id"). */
interface FactTable {
  table: string;
  column: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Grows the database to `target` articles by copying the analysed originals
 * in SQL (INSERT ... SELECT), with every fact table that references
 * "Article" copied alongside. Copies get new ids, sha256 and sources,
 * another outlet (rotated through the outlets that exist) and publication
 * dates shifted by up to a year either way (year-precision ones by whole
 * years, so the named year stays right), so
 * filters and time axes see a realistic spread. Columns are read from the
 * catalog, so tables that gain columns keep working (new columns are copied
 * as they are). Below the current size, the newest articles are deleted.
 */
export async function replicateArticles(client: pg.Client, target: number, base: ReplicationBase | null): Promise<ReplicationBase> {
  const { rows } = await client.query<{ n: string; max: number | null }>(`SELECT count(*) AS n, max(id) AS max FROM "Article"`);
  const current = Number(rows[0]!.n);
  const state: ReplicationBase = base ?? { stride: rows[0]!.max ?? 0, count: current, rounds: 0 };
  if (state.count === 0) throw new Error("no articles to replicate: the import stored nothing");

  if (target < current) {
    // Facts go with their articles (ON DELETE CASCADE).
    await client.query(`DELETE FROM "Article" WHERE id IN (SELECT id FROM "Article" ORDER BY id OFFSET $1)`, [target]);
    return base ? state : { ...state, count: target, stride: await maxId(client) };
  }

  const articleColumns = await readColumns(client, "Article");
  const facts = await readFactTables(client);
  const factColumns = new Map<string, Column[]>();
  for (const f of facts) factColumns.set(f.table, await readColumns(client, f.table));
  const outlets = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Outlet"`);
  const outletCount = Number(outlets.rows[0]!.n);

  let size = current;
  await client.query("SET synchronous_commit = off");
  while (size < target) {
    const k = state.rounds + 1;
    const n = Math.min(state.count, target - size);
    // The first n originals by id; their highest id bounds the fact rows to copy.
    const last = await client.query<{ id: number }>(`SELECT id FROM "Article" WHERE id <= $1 ORDER BY id OFFSET $2 LIMIT 1`, [state.stride, n - 1]);
    const lastId = last.rows[0]!.id;
    await client.query("BEGIN");
    try {
      await client.query(copyArticlesSql(articleColumns, k, state.stride, lastId, outletCount));
      for (const f of facts) await client.query(copyFactsSql(f, factColumns.get(f.table)!, k, state.stride, lastId));
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    state.rounds = k;
    size += n;
  }
  // Explicit ids leave the sequence behind; the next import must not collide.
  await client.query(`SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT max(id) FROM "Article"))`);
  return state;
}

async function maxId(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ max: number | null }>(`SELECT max(id) AS max FROM "Article"`);
  return rows[0]!.max ?? 0;
}

async function readColumns(client: pg.Client, table: string): Promise<Column[]> {
  const { rows } = await client.query<{ column_name: string; is_generated: string; identity_generation: string | null; column_default: string | null }>(
    `SELECT column_name, is_generated, identity_generation, column_default
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => ({
    name: r.column_name,
    skip: r.is_generated === "ALWAYS" || r.identity_generation === "ALWAYS",
    hasSerialDefault: (r.column_default ?? "").startsWith("nextval(") || r.identity_generation === "BY DEFAULT",
  }));
}

/** Tables with a one-column foreign key to "Article"(id): the per-article facts. */
export async function readFactTables(client: pg.Client): Promise<FactTable[]> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT cl.relname AS table, att.attname AS column
       FROM pg_constraint c
       JOIN pg_class cl ON cl.oid = c.conrelid
       JOIN pg_namespace ns ON ns.oid = cl.relnamespace AND ns.nspname = current_schema()
       JOIN pg_attribute att ON att.attrelid = c.conrelid AND att.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = (quote_ident(current_schema()) || '."Article"')::regclass AND cardinality(c.conkey) = 1
      ORDER BY cl.relname`,
  );
  return rows;
}

/** SQL for copy `k` of the originals with id <= lastId. Exported for tests. */
export function copyArticlesSql(columns: Column[], k: number, stride: number, lastId: number, outletCount: number): string {
  // Months to shift by, -12..12, varying by article and copy; year-precision dates move by whole years.
  const months = `((a.id * 7 + ${k} * 13) % 25 - 12)`;
  const years = `((a.id + ${k}) % 3 - 1)`;
  const shift = `(CASE WHEN a."publishedPrecision"::text = 'year' THEN make_interval(years => ${years}) ELSE make_interval(months => ${months}) END)`;
  const earliest = `(a."publishedEarliest" + ${shift})::date`;
  const overrides: Record<string, string> = {
    id: `a.id + ${k * stride}`,
    sha256: `encode(sha256(convert_to(a.sha256 || ':copy:${k}', 'UTF8')), 'hex')`,
    source: `a.source || '#copy-${k}'`,
    outletId: outletCount > 0 ? `o2.id` : `a."outletId"`,
    publishedEarliest: earliest,
    // The stored interval is what the text allows (not a whole month or year), so both ends move together.
    publishedLatest: `(a."publishedLatest" + ${shift})::date`,
    publishedDate: `CASE a."publishedPrecision"::text
        WHEN 'day' THEN to_char(${earliest}, 'YYYY-MM-DD')
        WHEN 'month' THEN to_char(${earliest}, 'YYYY-MM')
        WHEN 'year' THEN (left(a."publishedDate", 4)::int + ${years})::text
        ELSE a."publishedDate" END`,
  };
  const hasDates = ["publishedEarliest", "publishedLatest", "publishedPrecision", "publishedDate"].every((c) => columns.some((x) => x.name === c));
  const used = columns.filter((c) => !c.skip);
  const names = used.map((c) => quote(c.name)).join(", ");
  const values = used
    .map((c) => {
      const o = overrides[c.name];
      const isDate = c.name.startsWith("published") && c.name !== "publishedEvidence";
      return o !== undefined && (hasDates || !isDate) ? o : `a.${quote(c.name)}`;
    })
    .join(",\n       ");
  const outletJoin =
    outletCount > 0
      ? `LEFT JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r FROM "Outlet") o ON o.id = a."outletId"
  LEFT JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS r FROM "Outlet") o2 ON o2.r = (o.r + ${k}) % ${outletCount}`
      : "";
  return `INSERT INTO "Article" (${names})
SELECT ${values}
  FROM "Article" a
  ${outletJoin}
 WHERE a.id <= ${lastId}`;
}

/** SQL copying the facts of the originals with id <= lastId onto copy `k`. Exported for tests. */
export function copyFactsSql(fact: FactTable, columns: Column[], k: number, stride: number, lastId: number): string {
  const used = columns.filter((c) => !c.skip && !c.hasSerialDefault);
  const names = used.map((c) => quote(c.name)).join(", ");
  const values = used.map((c) => (c.name === fact.column ? `f.${quote(c.name)} + ${k * stride}` : `f.${quote(c.name)}`)).join(", ");
  return `INSERT INTO ${quote(fact.table)} (${names})
SELECT ${values} FROM ${quote(fact.table)} f WHERE f.${quote(fact.column)} <= ${lastId}`;
}
