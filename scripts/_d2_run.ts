import { readFileSync } from "node:fs";
import { extractEventsStrict } from "../lib/extract";
const text = readFileSync(process.argv[2], "utf8");
const evs = extractEventsStrict({ id: "x", body: text, published: { start: process.argv[3], end: process.argv[3] } } as never);
for (const e of evs as any[]) console.log(e.kind, e.groups.map((g: any) => g.id ?? g.text).join("+"), e.count?.best ?? null, e.date?.start, e.date?.end, "|", e.evidence?.text?.slice?.(0, 120) ?? "");
