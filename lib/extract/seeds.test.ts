/**
 * The seed reports against ../shared/seeds/gold.json (copied to data/dev/seeds.jsonl): every
 * non-optional gold event is found (same group, overlapping dates, the gold figure in the count
 * range or both null) and nothing else is (optional events may be found). Seed 002 has no event.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReports } from "../reports/load";
import { groupIndex } from "./gazetteer";
import { normalizeArabic } from "../arabic/normalize";
import { tokenize } from "./tokens";
import { extractEventsStrict } from "./index";
import type { DefectionEvent } from "./types";

interface GoldEvent {
  group?: string;
  groups?: string[];
  count: { low: number; best: number; high: number } | null;
  date: { start: string; end: string } | null;
  optional?: boolean;
}

const root = path.resolve(__dirname, "../..");
const gold = new Map<string, GoldEvent[]>(
  readFileSync(path.join(root, "data/dev/seeds.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; events: GoldEvent[] })
    .map((r) => [r.id, r.events]),
);
// The fixture corpus also holds reports written for other tests (005/006: one incident told twice, issue 12);
// this suite checks the five seeds against their gold.
const reports = loadReports(path.join(root, "data/fixtures/seed-corpus"), "2100-01-01").reports.filter((r) => gold.has(r.id));

/** Gold group names → gazetteer ids (a gold name must be in the gazetteer). */
function goldIds(e: GoldEvent): string[] {
  const names = e.groups ?? (e.group ? [e.group] : []);
  return names.map((n) => {
    const m = groupIndex().findAll(tokenize(normalizeArabic(n).text))[0];
    if (!m) throw new Error(`gold group not in the gazetteer: ${n}`);
    return m.id;
  });
}

function matches(got: DefectionEvent, want: GoldEvent): boolean {
  const ids = new Set(got.groups.map((g) => g.id));
  if (!goldIds(want).some((id) => ids.has(id))) return false;
  if (want.date && !(got.date.start <= want.date.end && want.date.start <= got.date.end)) return false;
  if (want.count === null) return got.count === null;
  return got.count !== null && got.count.low <= want.count.best && want.count.best <= got.count.high;
}

describe("seed reports", () => {
  it("loads the five seeds", () => {
    expect(reports.map((r) => r.id).sort()).toEqual([...gold.keys()].sort());
  });

  for (const report of reports) {
    it(`${report.id}: all gold events, nothing extra`, () => {
      const want = gold.get(report.id) ?? [];
      const got = extractEventsStrict({ id: report.id, body: report.body, published: report.published });
      const used = new Set<number>();
      for (const w of want) {
        const k = got.findIndex((g, i) => !used.has(i) && matches(g, w));
        if (k >= 0) used.add(k);
        else if (!w.optional) expect.fail(`missing ${JSON.stringify(w)}`);
      }
      const extra = got.filter((_, i) => !used.has(i));
      expect(extra.map((e) => `${e.groups.map((g) => g.name_ar).join("+")} ${e.count?.best ?? "null"} ${e.date.start}`)).toEqual([]);
    });
  }

  it("seed 002 (losses, conscription, a rescue) yields no event", () => {
    const r = reports.find((x) => x.id.startsWith("002_"))!;
    expect(extractEventsStrict({ id: r.id, body: r.body, published: r.published })).toEqual([]);
  });
});
