/**
 * Runs the date-convention corpus (corpus.ts) through the strict extractor: for every case, whether
 * each expected event was found with exactly its expected date range (and no date text where the
 * default is expected). Pure: no I/O.
 */
import * as $index from "../../index";
import type { DefectionEvent } from "../../types";
import * as $corpus from "./corpus";
import type { ConventionCase, ExpectedDate, Family } from "./corpus";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { extractEventsStrict } = $index;
const { CASES, DEFAULT_PUBLISHED } = $corpus;

export interface CaseResult {
  case: ConventionCase;
  ok: boolean;
  /** What differed, for a failing case. */
  problem: string | null;
}

const show = (e: DefectionEvent) => `${e.groups.map((g) => g.id ?? g.text).join("+")} ${e.date.start}..${e.date.end} «${e.date.text ?? "-"}»`;

function dateMatches(want: ExpectedDate, got: DefectionEvent): boolean {
  return got.date.start === want.start && got.date.end === want.end && (want.text !== null || got.date.text === null);
}

export function runCase(c: ConventionCase): CaseResult {
  const published = typeof c.published === "object" ? c.published : { start: c.published ?? DEFAULT_PUBLISHED, end: c.published ?? DEFAULT_PUBLISHED };
  const events = extractEventsStrict({ id: "convention", body: c.text, published });
  if (events.length !== c.events.length) {
    return { case: c, ok: false, problem: `${events.length} events for ${c.events.length} expected: ${events.map(show).join("; ") || "none"}` };
  }
  for (let k = 0; k < c.events.length; k++) {
    const want = c.events[k];
    const got = want.group ? events.find((e) => e.groups.some((g) => g.id === want.group)) : events[k];
    if (!got) return { case: c, ok: false, problem: `no event of ${want.group}` };
    if (!dateMatches(want, got)) return { case: c, ok: false, problem: `want ${want.start}..${want.end}${want.text === null ? " (default)" : ""}, got ${show(got)}` };
  }
  return { case: c, ok: true, problem: null };
}

export function runAll(cases: readonly ConventionCase[] = CASES): CaseResult[] {
  return cases.map(runCase);
}

/** Passing cases per family, in the order families first appear. */
export function byFamily(results: readonly CaseResult[]): Map<Family, { pass: number; total: number }> {
  const out = new Map<Family, { pass: number; total: number }>();
  for (const r of results) {
    const f = out.get(r.case.family) ?? { pass: 0, total: 0 };
    f.total++;
    if (r.ok) f.pass++;
    out.set(r.case.family, f);
  }
  return out;
}
