/**
 * Scoring the template pairs (./incident-templates.ts) through the whole path: each report's text through
 * the extractor, the two reports' events through the incident rules (each pair alone), and the outcome —
 * merged, proposed, apart — per variation. What the extractor read of each telling is checked against what
 * the text says (group, figure, date, place), so a pair lost to an extractor slip is told from one lost to
 * an incident rule.
 */
import { extractEventsStrict } from "../extract";
import type { DefectionEvent } from "../extract/types";
import { GAZETTEER, groupIncidents, type Telling } from "../incidents";
import { ancestry } from "../incidents/gazetteer";
import { dayNumber } from "../time/day";
import type { TemplatePair } from "./incident-templates";
import type { TemplateReport } from "./incident-templates-telling";
import type { RoleError } from "./incident-templates-roles";
import { KIND_OF } from "./incident-templates-slots";
import { DATE_ERRORS, joinedAsGroup } from "./incident-perturbations";

export type PairOutcome = "merged" | "proposed" | "apart" | "unjudged";

/** What the extractor read wrong of a telling: the fields that differ from what its text says. */
export function slips(r: TemplateReport, events: readonly DefectionEvent[]): string[] {
  if (events.length === 0) return ["no event"];
  const s = r.spec;
  const e = events[0];
  // A recalled earlier incident is an event of its own (a flashback with its own subject: data/dev/README.md).
  const told = s.layout === "background" || s.layout === "and-another" ? 2 : 1;
  const out: string[] = events.length !== told ? [`${events.length} events`] : [];
  if (!e.groups.some((g) => g.id !== null && (g.id === s.group.id || ancestry(g.id, GAZETTEER).includes(s.group.id)))) out.push(`group ${e.groups.map((g) => g.id ?? g.text).join("+")}`);
  const wantFigure = s.count.form === "exact" || s.count.form === "about" || s.count.form === "more-than";
  if (wantFigure ? e.count?.best !== s.count.n : s.count.form === "unknown" ? e.count !== null : e.count === null || e.count.best < 20) out.push(`count ${e.count?.text ?? "none"}`);
  const day = dayNumber(s.day);
  if (s.dateForm === "none" ? e.date.basis !== "default" : e.date.basis === "default" || dayNumber(e.date.start) > day || dayNumber(e.date.end) < day) out.push(`date ${e.date.start}..${e.date.end} (${e.date.basis})`);
  if (e.kind !== KIND_OF[s.kindForm]) out.push(`kind ${e.kind}`);
  if (s.place.id !== null && e.place?.id !== s.place.id) out.push(`place ${e.place?.id ?? e.place?.text ?? "none"}`);
  return out;
}

export interface PairResult {
  pair: TemplatePair;
  outcome: PairOutcome;
  slipsA: string[];
  slipsB: string[];
}

/** One pair through the path: extracted, merged alone or beside `others` (other incidents' reports). */
export function runPair(pair: TemplatePair, others: readonly TemplateReport[] = []): PairResult {
  const tellings: Telling[] = [];
  const read = (r: TemplateReport) => {
    const published = { start: r.published, end: r.published };
    const events = extractEventsStrict({ id: r.id, body: r.text, published });
    events.forEach((event, index) => {
      const t: Telling = { report: r.id, index, published, event };
      // The misdated family: the extractor's date error on B's telling (its first event), after the slips are read.
      const misdated = r === pair.b && index === 0 && pair.dateError ? DATE_ERRORS[pair.dateError](t) : null;
      // The crossed roles family: the group joined read as the men's group, and no destination.
      const error = r === pair.b && index === 0 ? pair.roleError : undefined;
      const misread = error ? misreadRoles(t, error) : null;
      tellings.push(misdated ?? misread ?? t);
    });
    return events;
  };
  const [ea, eb] = [read(pair.a), read(pair.b)];
  for (const o of others) read(o);
  const [slipsA, slipsB] = [slips(pair.a, ea), slips(pair.b, eb)];
  if (ea.length === 0 || eb.length === 0) return { pair, outcome: "unjudged", slipsA, slipsB };
  const incidents = groupIncidents(tellings);
  const of = (report: string) => incidents.filter((i) => i.tellings.some((t) => t.report === report));
  const [ia, ib] = [of(pair.a.id), of(pair.b.id)];
  const merged = ia.some((i) => ib.includes(i));
  const proposed = ia.some((i) => ib.some((j) => i.proposed.includes(j.id)));
  return { pair, outcome: merged ? "merged" : proposed ? "proposed" : "apart", slipsA, slipsB };
}

/** The telling read with the group joined as its group, and where its men went: nowhere, or that group again. */
function misreadRoles(t: Telling, error: RoleError): Telling | null {
  const joined = { text: "", area: null, group_id: error.joinedGroup };
  const read = joinedAsGroup({ ...t, event: { ...t.event, destination: joined } });
  return read && error.destination === "echo" ? { ...read, event: { ...read.event, destination: joined } } : read;
}

export interface VariationScore {
  truth: TemplatePair["truth"];
  family: string;
  variation: string;
  pairs: number;
  judged: number;
  merged: number;
  proposed: number;
  /** Pairs with a slip of the extractor in either telling. */
  slipped: number;
  /** Judged pairs whose two tellings the extractor read right. */
  readRight: number;
  /** Of those, merged. */
  mergedReadRight: number;
  /** Judged and merged with a third report of another incident of the group beside them (`crowded`). */
  crowdJudged: number;
  crowdMerged: number;
}

/** Scores per variation; `crowded[i]`, when given, is results[i]'s pair run beside another incident. */
export function scoreVariations(results: readonly PairResult[], crowded: ReadonlyArray<PairResult | undefined> = []): VariationScore[] {
  const by = new Map<string, VariationScore>();
  for (const [i, r] of results.entries()) {
    const { truth, family, variation } = r.pair;
    const key = `${truth}\n${family}\n${variation}`;
    const v = by.get(key) ?? { truth, family, variation, pairs: 0, judged: 0, merged: 0, proposed: 0, slipped: 0, readRight: 0, mergedReadRight: 0, crowdJudged: 0, crowdMerged: 0 };
    v.pairs++;
    const right = r.slipsA.length === 0 && r.slipsB.length === 0;
    if (!right) v.slipped++;
    if (r.outcome !== "unjudged") {
      v.judged++;
      if (r.outcome === "merged") v.merged++;
      if (r.outcome === "proposed") v.proposed++;
      if (right) {
        v.readRight++;
        if (r.outcome === "merged") v.mergedReadRight++;
      }
    }
    const c = crowded[i];
    if (c && c.outcome !== "unjudged") {
      v.crowdJudged++;
      if (c.outcome === "merged") v.crowdMerged++;
    }
    by.set(key, v);
  }
  return [...by.values()];
}
