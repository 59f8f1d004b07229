/**
 * Writes the real reports of gold sets as report files: `npx tsx scripts/corpus-from-gold.ts OUT_DIR GOLD.jsonl…`.
 * Used once to make `data/reports/` from `data/dev/real-tune.jsonl` and `data/dev/real-untouched.jsonl`
 * (rewritten real articles); the body is the gold `text` byte for byte, so offsets and evaluations agree.
 * The title is the text's first line (the headline); `notes` keeps how the publication day was established.
 */
import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";

const [out, ...sets] = process.argv.slice(2);
if (!out || sets.length === 0) {
  console.error("usage: tsx scripts/corpus-from-gold.ts OUT_DIR GOLD.jsonl…");
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
let written = 0;
for (const set of sets) {
  for (const line of fs.readFileSync(set, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; url?: string; outlet?: string; published: string; published_evidence?: string; text: string };
    const title = r.text.split("\n").find((l) => l.trim())?.trim() ?? r.id;
    const front: Record<string, string> = { id: r.id, title, outlet: r.outlet?.trim() || "unknown" };
    if (r.url) front.url = r.url;
    front.published = r.published;
    front.language = "ar";
    if (r.published_evidence) front.notes = r.published_evidence;
    fs.writeFileSync(path.join(out, `${r.id}.md`), `---\n${stringify(front, { lineWidth: 0 })}---\n${r.text}`);
    written++;
  }
}
console.log(`${written} report files written to ${out}`);
