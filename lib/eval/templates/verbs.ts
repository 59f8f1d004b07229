/**
 * The "verbs" family (round 7, issue 10): every way Arabic news says "they defected / deserted", as the product
 * of the slot lists of ./verbs-slots.ts (predicates × people × groups × tails) in the sentence shapes outlets
 * use: verb first, subject first (after "أفادت مصادر بأن"), a headline verbal noun over its body sentence, the
 * group topicalised ("وفي صفوف X، …"), a numbered unit of the group, and a destination that decides the kind.
 * Case ids: "verbs/<order>/<predicate>/<n>"; the template is the id up to its last "/".
 *
 * Left out, honestly ambiguous under the conventions: a running total on its own ("ارتفع عدد الفارين … إلى 50
 * عنصراً": the conventions let a running total replace an earlier figure of the same report, but alone it may
 * sum several incidents told elsewhere), and a lost trace with no flight ("فُقد أثر 14 عنصراً": missing people
 * are never defector counts).
 */
import type { ConventionCase, ExpectedEvent } from "../../extract/conventions/types";
import { product, spread } from "./product";
import { DESTINATIONS, GROUPS, NON_EVENTS, PREDICATES, SUBJECTS, TAILS, TALLY_FIGURES, TALLY_PARTICIPLES, TALLY_PERIODS, TALLY_VERBS, UNITS, type Group, type Predicate, type Subject } from "./verbs-slots";

/** Cases kept per template (spread evenly over its product). */
const PER_TEMPLATE = 40;

const expected = (p: Predicate, s: Subject, g: Group, kind = p.kind): ExpectedEvent[] => [{ group: g.id, count: s.count, kind }];

function cases(order: string, p: Predicate, rows: Array<{ text: string; events: ExpectedEvent[] }>, max = PER_TEMPLATE): ConventionCase[] {
  return spread(rows, max).map((r, k) => ({ id: `verbs/${order}/${p.id}/${k + 1}`, text: r.text, events: r.events }));
}

const subjectsFor = (p: Predicate): Subject[] => (p.indefinite ? SUBJECTS.filter((s) => !s.vague) : SUBJECTS);

/** "انشق 7 عناصر من قوات النظام أمس." */
function verbFirst(p: Predicate): ConventionCase[] {
  const rows = product({ s: subjectsFor(p), g: GROUPS, tail: TAILS }).map(({ s, g, tail }) => ({
    text: `${p.clause(s, g.text)} ${tail}.`,
    events: expected(p, s, g),
  }));
  return cases("verb-first", p, rows);
}

/** "أفادت مصادر محلية بأن 7 عناصر من قوات النظام انشقوا أمس." */
function subjectFirst(p: Predicate): ConventionCase[] {
  const after = p.after;
  if (!after) return [];
  const rows = product({ g: GROUPS, s: subjectsFor(p), tail: TAILS }).map(({ s, g, tail }) => ({
    text: `أفادت مصادر محلية بأن ${s.acc} من ${g.text} ${after(s)} ${tail}.`,
    events: expected(p, s, g),
  }));
  return cases("subject-first", p, rows, 25);
}

/** A headline verbal noun, then the body's verb-first sentence: one incident. */
function headline(p: Predicate): ConventionCase[] {
  const masdar = p.masdar;
  if (!masdar) return [];
  const rows = product({ tail: TAILS, s: subjectsFor(p), g: GROUPS }).map(({ s, g, tail }) => ({
    text: `${masdar(s, g.text)}\n${p.clause(s, g.text)} ${tail}، بحسب مصادر محلية.`,
    events: expected(p, s, g),
  }));
  return cases("headline", p, rows, 25);
}

/** "وفي صفوف الفرقة الرابعة، فرّ 7 عناصر أمس." — the group said before the clause. */
function topicalised(p: Predicate): ConventionCase[] {
  if (p.needsGroup) return [];
  const rows = product({ s: subjectsFor(p), tail: TAILS, g: GROUPS }).map(({ s, g, tail }) => ({
    text: `وفي صفوف ${g.text}، ${p.clause(s, null)} ${tail}.`,
    events: expected(p, s, g),
  }));
  return cases("topicalised", p, rows, 20);
}

/** "فرّ 7 عناصر من الفوج 46 في قوات النظام أمس." — a numbered unit, its group after it. */
function unit(p: Predicate): ConventionCase[] {
  const rows = product({ g: UNITS, s: subjectsFor(p), tail: TAILS }).map(({ s, g, tail }) => ({
    text: `${p.clause(s, g.text)} ${tail}.`,
    events: expected(p, s, g),
  }));
  return cases("unit", p, rows, 15);
}

/** "فرّ 7 عناصر من قوات النظام أمس إلى الأردن عبر الحدود." — the destination decides the kind. */
function destination(p: Predicate): ConventionCase[] {
  const rows = product({ d: DESTINATIONS, s: SUBJECTS, g: GROUPS, tail: TAILS })
    .filter(({ d, g }) => d.not !== g.id)
    .map(({ d, s, g, tail }) => ({ text: `${p.clause(s, g.text)} ${tail} ${d.text(s)}.`, events: expected(p, s, g, d.kind) }));
  return cases("destination", p, rows, 35);
}

/** The predicates a destination can follow: the plain verbs of defecting and fleeing. */
const DESTINATION_PREDICATES = new Set(["defect-verb", "flee-verb", "flee-harab", "flee-managed"]);

/** "ارتفع عدد الفارين من الفرقة الرابعة خلال الشهر الجاري إلى 50 عنصراً": a running total over a recent period. */
function tallies(): ConventionCase[] {
  return TALLY_PARTICIPLES.flatMap((p, pi) =>
    spread(product({ v: TALLY_VERBS, f: TALLY_FIGURES, g: GROUPS, period: TALLY_PERIODS }), 20).map(({ v, f, g, period }, k) => ({
      id: `verbs/tally/${["defect", "flee", "seeped", "fled-ranks"][pi]}/${k + 1}`,
      text: `${v} ${p.text} ${g.text} ${period} ${v.startsWith("بلغ") ? "" : "إلى "}${f.text}.`,
      events: [{ group: g.id, count: f.count, kind: p.kind }],
    })),
  );
}

/** The same words telling no incident (./verbs-slots.ts NON_EVENTS): no event. */
function nonEvents(): ConventionCase[] {
  return NON_EVENTS.flatMap((f) =>
    spread(product({ s: SUBJECTS, g: GROUPS, tail: TAILS }), 20).map(({ s, g, tail }, k) => ({ id: `verbs/non-event/${f.id}/${k + 1}`, text: `${f.clause(s, g.text)} ${tail}.`, events: [] })),
  );
}

export const VERB_CASES: ConventionCase[] = [
  ...PREDICATES.flatMap(verbFirst),
  ...PREDICATES.flatMap(subjectFirst),
  ...PREDICATES.flatMap(headline),
  ...PREDICATES.flatMap(topicalised),
  ...PREDICATES.filter((p) => !p.indefinite).flatMap(unit),
  ...PREDICATES.filter((p) => DESTINATION_PREDICATES.has(p.id)).flatMap(destination),
  ...tallies(),
  ...nonEvents(),
];
