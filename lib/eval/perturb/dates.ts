/**
 * CheckList-style checks of the date engine and of date attachment on whole reports (issue 10, round 6):
 * every date phrase that dates an event of a report is rewritten into equivalent forms (dates-forms.ts),
 * moved (dates-placement.ts), and the publication date is moved or widened (dates-direction.ts); the
 * extractor's events on each variant are compared with its events on the report as written.
 *
 * - invariance (expression, orthography, placement): the same events with the same ranges;
 * - direction: each event's range does what its phrase says it must (shift, stay, flip a year, widen).
 *
 * Pure: the extractor is passed in; scripts/checklist-dates.ts reads the gold sets and prints the figures.
 */
import type { DefectionEvent } from "../../extract/types";
import type { DayRange, PublicationWindow } from "../../time/types";
import { PHRASE_PERTURBATIONS } from "./dates-forms";
import { meets, expectedRange, monthFlips, publicationShifts, shiftExpectation, shiftWindow, widenedWindows, type Expectation } from "./dates-direction";
import { placements, type Span } from "./dates-placement";
import { loose } from "./dates-words";

export type CheckFamily = "expression" | "orthography" | "placement" | "direction" | "short reports";

export interface CheckCase {
  report: string;
  family: CheckFamily;
  perturbation: string;
  label: string;
  /** The phrase perturbed (null for a change of P alone). */
  phrase: string | null;
  ok: boolean;
  /** What differed, for a failing case. */
  problem: string | null;
}

export type Extract = (text: string, published: PublicationWindow) => DefectionEvent[];

export interface CheckedReport {
  id: string;
  text: string;
  published: PublicationWindow;
}

const keyOf = (e: DefectionEvent) => e.groups.map((g) => g.id ?? g.text).sort().join("+") || "?";
const show = (e: DefectionEvent) => `${keyOf(e)} ${e.date.start}..${e.date.end} «${e.date.text ?? "default"}»`;

/** The variant's event for each original event: the same groups, in order (null: lost). */
function pairUp(original: readonly DefectionEvent[], got: readonly DefectionEvent[]): (DefectionEvent | null)[] {
  const used = new Set<number>();
  return original.map((e, k) => {
    const key = keyOf(e);
    const candidates = got.map((g, i) => [g, i] as const).filter(([g, i]) => !used.has(i) && keyOf(g) === key);
    const pick = candidates.find(([, i]) => i === k) ?? candidates[0];
    if (!pick) return null;
    used.add(pick[1]);
    return pick[0];
  });
}

/** Null when every event is kept with its range (or the range its expectation asks for); else what differed. */
export function compare(original: readonly DefectionEvent[], got: readonly DefectionEvent[], expect: (k: number) => Expectation | null): string | null {
  const paired = pairUp(original, got);
  const problems: string[] = [];
  if (got.length !== original.length) problems.push(`${got.length} events for ${original.length}`);
  paired.forEach((g, k) => {
    const e = expect(k);
    if (e === null) return;
    const was: DayRange = { start: original[k].date.start, end: original[k].date.end };
    if (!g) problems.push(`lost ${show(original[k])}`);
    else if (!meets(was, e, { start: g.date.start, end: g.date.end })) {
      const want = expectedRange(was, e);
      problems.push(`${keyOf(g)}: want ${want ? `${want.start}..${want.end}` : `⊇ ${was.start}..${was.end}`} (was «${original[k].date.text ?? "default"}»), got ${g.date.start}..${g.date.end} «${g.date.text ?? "default"}»`);
    }
  });
  return problems.length ? problems.join("; ") : null;
}

/** The date phrase of each event as written (null: the default), and its span. */
function dateSpan(e: DefectionEvent): Span | null {
  if (e.date.basis === "default") return null;
  const s = e.evidence.spans.find((x) => x.role === "date");
  return s ? { start: s.start, end: s.end } : null;
}

const PREPOSITION_BEFORE = new RegExp(`(?:^|[\\s،,(])((?:[وف]?(?:${["في غضون", "على مدى", "على مدار", "خلال", "في", "منذ", "بتاريخ"].map(loose).join("|")}))\\s+)$`);

/** The phrase with the preposition just before it ("في 12 نيسان"، "خلال الأيام الماضية"), which travels with it. */
export function extendSite(text: string, site: Span): Span {
  const before = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, site.start - 20), site.start));
  return before ? { start: site.start - before[1].length, end: site.end } : site;
}

const same = (): Expectation => ({ kind: "same" });

/** Every check on one report. */
export function checkReport(report: CheckedReport, extract: Extract): CheckCase[] {
  const { id, text, published } = report;
  const original = extract(text, published);
  const out: CheckCase[] = [];
  const run = (family: CheckFamily, perturbation: string, label: string, phrase: string | null, t: string, p: PublicationWindow, expect: (k: number) => Expectation | null) => {
    const problem = compare(original, extract(t, p), expect);
    out.push({ report: id, family, perturbation, label, phrase, ok: problem === null, problem });
  };

  const sites = new Map<string, { site: Span; telling: boolean }>();
  for (const e of original) {
    const s = dateSpan(e);
    if (!s) continue;
    const key = `${s.start}:${s.end}`;
    // A day that dates the telling ("+report-day"): moving it out of the reporting verb's reach changes what it
    // dates; "قبل يوم من بيان …" leans on the words after it.
    const telling = (sites.get(key)?.telling ?? false) || e.date.rule.endsWith("+report-day") || e.date.rule.startsWith("relative-to-event");
    sites.set(key, { site: extendSite(text, s), telling });
  }
  for (const { site, telling } of sites.values()) {
    const phrase = text.slice(site.start, site.end);
    for (const p of PHRASE_PERTURBATIONS) {
      for (const v of p.rewrite(phrase)) run(p.family, p.name, v.label, phrase, text.slice(0, site.start) + v.phrase + text.slice(site.end), published, same);
    }
    // An event with no date of its own told in the same sentence may rightly take the moved phrase (or the frame's day).
    const dated = (k: number): Expectation | null => (original[k].date.basis === "default" ? null : same());
    if (!telling) for (const v of placements(text, site)) run("placement", v.name, v.label, phrase, v.text, published, dated);
  }

  // Direction: P moved by whole days, P a year on for month names, P widened.
  for (const shift of publicationShifts(published)) {
    const expectations = original.map((e) => (e.date.rule.startsWith("relative-to-event") ? null : shiftExpectation(e.date.basis === "default" ? null : e.date.text, shift.days)));
    if (expectations.some((x) => x !== null)) run("direction", shift.name, shift.name, null, text, shiftWindow(published, shift.days), (k) => expectations[k]);
  }
  original.forEach((e, k) => {
    if (e.date.basis === "default" || !e.date.text) return;
    for (const flip of monthFlips(e.date.text, { start: e.date.start, end: e.date.end })) {
      run("direction", "month flip", flip.name, e.date.text, text, flip.published, (j) => (j === k ? flip.expect : null));
    }
  });
  if (original.length > 0) {
    for (const w of widenedWindows(published)) run("direction", w.name, w.name, null, text, w.published, () => ({ kind: "contains" }));
  }
  return out;
}

export interface Tally {
  family: CheckFamily;
  perturbation: string;
  cases: number;
  passed: number;
}

const FAMILIES: readonly CheckFamily[] = ["expression", "orthography", "placement", "direction", "short reports"];

/** Cases and passes per perturbation, by family, in the order they first appear. */
export function tally(cases: readonly CheckCase[]): Tally[] {
  const out = new Map<string, Tally>();
  for (const c of cases) {
    const t = out.get(c.perturbation) ?? { family: c.family, perturbation: c.perturbation, cases: 0, passed: 0 };
    t.cases++;
    if (c.ok) t.passed++;
    out.set(c.perturbation, t);
  }
  return [...out.values()].sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
}
