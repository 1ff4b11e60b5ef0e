import fs from "node:fs";
import { cleanArticle, judgeArticleText } from "./src/clean";
for (const f of process.argv.slice(2)) { const b = cleanArticle(fs.readFileSync(f, "utf8")).body; console.log(f, JSON.stringify(judgeArticleText(b)), b.length); }
