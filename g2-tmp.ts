import { findDateExpressionsInPhrase } from "./lib/time";
import { extractEventsStrict } from "./lib/extract";
const P = { start: "2022-03-16", end: "2022-03-16" };
for (const s of process.argv.slice(2)) {
  console.log(s, "→", findDateExpressionsInPhrase(s, P).map((m) => `${m.text}=${m.start}..${m.end} (${m.rule})`).join(" | "));
  for (const e of extractEventsStrict({ id: "t", body: s, published: P })) console.log("   ev", e.date.start, e.date.end, e.date.text, e.date.rule);
}
