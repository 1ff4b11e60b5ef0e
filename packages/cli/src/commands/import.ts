import { importCorpus } from "@framewatch/db/import";
import { refreshRollups } from "@framewatch/db/rollups";
import { openDatabase } from "./open-database";
import { createProgressBar } from "./progress-bar";

/** `corpus import FILE_OR_DIR...`: stores articles, one transaction each, and prints a summary. */
export async function runImport(inputs: string[], cwd: string): Promise<number> {
  if (inputs.length === 0) {
    process.stderr.write("Usage: corpus import FILE_OR_DIR...\n");
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const db = await openDatabase(log);
  try {
    const bar = createProgressBar();
    const summary = await importCorpus(db.prisma, inputs, {
      cwd,
      onProgress: (p) => bar.update(p.done, p.total, p.source),
    });
    bar.done();
    // The dashboard's charts read summary tables: refresh them once the run has stored its articles.
    await refreshRollups(db.prisma);
    console.log(
      `Imported ${summary.imported} new, ${summary.unchanged} unchanged, ` +
        `${summary.reanalysed} re-analysed, ${summary.failed} failed.`,
    );
    for (const f of summary.failures) console.log(`  failed: ${f.source}: ${f.reason}`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
