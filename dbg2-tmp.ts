import { readFileSync } from "node:fs";
import { extractEventsStrict } from "./lib/extract";
import { findDateExpressions } from "./lib/time";
import { parseGoldJsonl } from "./lib/eval/gold";
const [file, id, a, b] = process.argv.slice(2);
const r = parseGoldJsonl(readFileSync(file, "utf8"), file).find((x) => x.id === id)!;
console.log(r.published, r.text.slice(0, 1200));
for (const p of [r.published, { start: a, end: b }]) {
  console.log("P", p);
  for (const e of extractEventsStrict({ id, body: r.text, published: p })) console.log(" ", e.groups.map((g) => g.id).join("+"), e.date.start, e.date.end, e.date.text, e.date.rule, e.count?.best);
  for (const m of findDateExpressions(r.text, p)) console.log("   d", m.text, m.start, m.end, m.rule, m.future ?? "");
}
