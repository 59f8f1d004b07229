import { readFileSync } from "node:fs";
import { extractEventsStrict } from "../lib/extract";
import { foldProbe } from "../lib/extract/refiners/retelling";
foldProbe.hear = (c: any, what: string) => console.log("  probe:", c.sentenceIndex, c.groupKeys?.join?.(",") ?? "", c.count?.best ?? null, "→", what);
const text = readFileSync(process.argv[2], "utf8");
for (const e of extractEventsStrict({ id: "x", body: text, published: { start: process.argv[3], end: process.argv[3] } } as never) as any[]) console.log(e.kind, e.groups.map((g: any) => g.id ?? g.text).join("+"), e.count?.best ?? null, e.date?.start, e.date?.end);
