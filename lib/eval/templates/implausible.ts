/**
 * The "implausible" family (round 16, r16-roles; issue 10's class 6): a population, a camp, a toll of losses, the size of
 * a whole army or corps, or a cumulative total since 2011, told beside a real incident in the shapes outlets use — a
 * relative clause («في بلدة يبلغ عدد سكانها …»، «الفيلق الذي يضم …»), a circumstantial «فيما/بينما …», a clause after
 * «بعد معارك خسر فيها …», a sentence of its own before or after the incident («ويؤوي مخيم الركبان …»). Written from the
 * grammar of Arabic news, never copied from a report. P = 2022-03-16 (the corpus default).
 *
 * The conventions (../shared/dev-reports/README.md "Counts"): unit strength, the killed and the wounded are never
 * defector counts; a population is no unit's defectors. So each case has the incident's own event, counted as told,
 * and nothing else:
 * - `context/…`: the incident first, the large figure after it (same sentence or the next);
 * - `before/…`: the large figure first (a camp's or a town's people, a force's strength), then the incident;
 * - `sole/…`: the large figure is the only one near a figureless incident («بانشقاق عناصر من الفيلق الذي يضم نحو 15
 *   ألف مقاتل»): the event keeps no count (the figure set aside for review, never counted);
 * - `total/…`: a cumulative total since 2011 with its own verb of leaving («وانشق عن جيش النظام منذ عام 2011 أكثر من
 *   100 ألف عسكري») after the incident: its figure is no incident's people — an event of its own with no count (set
 *   aside as "magnitude", flagged for review), besides the incident counted.
 * The family's test checks beyond conformance that no event at a confidence of 0.9 or more counts more than the
 * incident's men, and that every figure set aside carries the review flag.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, product } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("implausible", PER_TEMPLATE);

/** Real incidents: the sentence without its final stop, the group left, the men, the kind. */
interface Incident {
  say: string;
  /** The same incident told after a fronted clause (a conjunction glued: «وانشق …»). */
  and: string;
  group: string;
  /** The group as a later clause names it again. */
  again: string;
  count: number;
  kind: "defection" | "desertion";
}
const INCIDENTS: readonly Incident[] = [
  { say: "انشق 5 عناصر من قوات النظام في ريف درعا أمس", and: "وانشق 5 عناصر من قوات النظام في ريف درعا أمس", group: "syrian-army", again: "قوات النظام", count: 5, kind: "defection" },
  { say: "فرّ 7 عناصر من ميليشيا الدفاع الوطني في ريف حمص أمس", and: "وفرّ 7 عناصر من ميليشيا الدفاع الوطني في ريف حمص أمس", group: "ndf", again: "الميليشيا", count: 7, kind: "desertion" },
  { say: "انشق 12 عنصراً من قسد في ريف دير الزور أمس", and: "وانشق 12 عنصراً من قسد في ريف دير الزور أمس", group: "sdf", again: "قسد", count: 12, kind: "defection" },
  { say: "انشق ضابط و3 عناصر من الفيلق الخامس أمس", and: "وانشق ضابط و3 عناصر من الفيلق الخامس أمس", group: "5th-corps", again: "الفيلق", count: 4, kind: "defection" },
];
const told = (i: Incident) => [ev(i.group, i.count, i.kind)];

/** After the incident, in its sentence or the next: a town's people, a camp's, a toll, a force's size, a war's dead. */
const AFTER: ReadonlyArray<{ name: string; say: (i: Incident) => string }> = [
  { name: "population-clause", say: () => "، في بلدة يبلغ عدد سكانها نحو 40 ألف نسمة." },
  { name: "population-relative", say: () => "، في مدينة يقطنها أكثر من 800 ألف نسمة." },
  { name: "population-sentence", say: () => ". ويبلغ عدد سكان المنطقة قرابة 25 ألف نسمة، بينهم 3 آلاف نازح." },
  { name: "losses-battle", say: (i) => `، بعد معارك خسرت فيها ${i.again} أكثر من 2000 عنصر.` },
  { name: "losses-sentence", say: (i) => `. وكانت ${i.again} قد خسرت منذ بداية العام أكثر من 3000 عنصر بين قتيل وجريح.` },
  { name: "strength-while", say: (i) => `، فيما يبلغ تعداد ${i.again} نحو 100 ألف مقاتل.` },
  { name: "strength-sentence", say: (i) => `. وتضم ${i.again} في صفوفها قرابة 20 ألف مقاتل.` },
  { name: "war-toll", say: () => "، في حرب أودت بحياة أكثر من 500 ألف شخص منذ عام 2011." },
  { name: "total-of-leavers", say: (i) => `. ويقدّر عدد المنشقين عن ${i.again} منذ عام 2011 بأكثر من 100 ألف عنصر.` },
  { name: "total-rising", say: (i) => `، ليرتفع عدد المنشقين عن ${i.again} منذ عام 2011 إلى نحو 100 ألف.` },
];
const CONTEXT: ConventionCase[] = AFTER.flatMap((a) =>
  cases(
    `context/${a.name}`,
    INCIDENTS.map((i) => ({ text: `${i.say}${a.say(i)}`, events: told(i) })),
  ),
);

/** Before the incident: a camp's or a town's people, a toll, told first. */
const BEFORE: ReadonlyArray<{ name: string; say: (i: Incident) => string }> = [
  { name: "camp-sentence", say: (i) => `ويؤوي مخيم الركبان نحو 8 آلاف نازح. ${i.and}.` },
  { name: "camp-clause", say: (i) => `ويقطن مخيم الركبان نحو 8 آلاف نازح، وقد ${i.say.replace(/ أمس$/, "")} ووصلوا إليه أمس.` },
  { name: "camp-where", say: (i) => `وفي مخيم الهول الذي يضم 56 ألف شخص، ${i.say.replace(/ في ريف [^ ]+( [^ ]+)?( [^ ]+)? أمس$/, " أمس")}.` },
  { name: "town-people", say: (i) => `يبلغ عدد سكان البلدة نحو 40 ألف نسمة، وقد ${i.say}.` },
];
const BEFORE_CASES: ConventionCase[] = BEFORE.flatMap((b) =>
  cases(
    `before/${b.name}`,
    INCIDENTS.map((i) => ({ text: b.say(i), events: told(i) })),
  ),
);

/** A whole force named with its strength as the subject or object of the telling, its men counted after it. */
const FORCES: ReadonlyArray<{ id: string; name: string; his: string; which: string; verb: string }> = [
  { id: "5th-corps", name: "الفيلق الخامس", his: "عناصره", which: "الذي", verb: "يضم" },
  { id: "4th-division", name: "الفرقة الرابعة", his: "عناصرها", which: "التي", verb: "تضم" },
  { id: "sdf", name: "قسد", his: "عناصرها", which: "التي", verb: "تضم" },
];
const STRENGTHS: readonly string[] = ["نحو 15 ألف مقاتل", "أكثر من 12 ألف عنصر", "قرابة 20 ألف مقاتل"];
const FORCE: ConventionCase[] = [
  ...cases(
    "force/subject-commas",
    product({ f: FORCES, s: STRENGTHS, n: [30, 14] }).map(({ f, s, n }) => ({
      text: `وقالت مصادر إن ${f.name}، ${f.which} ${f.verb} ${s}، شهد انشقاق ${n} من ${f.his} أمس.`.replace("شهد", f.which === "التي" ? "شهدت" : "شهد"),
      events: [ev(f.id, n, "defection")],
    })),
  ),
  ...cases(
    "force/subject-bare",
    product({ f: FORCES, s: STRENGTHS, n: [30, 14] }).map(({ f, s, n }) => ({
      text: `${f.which === "التي" ? "وشهدت" : "وشهد"} ${f.name} ${f.which} ${f.verb} ${s} انشقاق ${n} من ${f.his} أمس.`,
      events: [ev(f.id, n, "defection")],
    })),
  ),
  ...cases(
    "force/announcing-strength",
    product({ f: FORCES, s: STRENGTHS, n: [30, 14] }).map(({ f, s, n }) => ({
      text: `وأعلن ناشطون أن ${f.name} ${f.which} ${f.verb} ${s} شهد أمس انشقاق ${n} من ${f.his}.`.replace("شهد", f.which === "التي" ? "شهدت" : "شهد"),
      events: [ev(f.id, n, "defection")],
    })),
  ),
];

/** The large figure the only one near a figureless incident: no count. */
const SOLE: ConventionCase[] = cases(
  "sole/force",
  product({ f: FORCES, s: STRENGTHS, lead: ["أفادت مصادر بانشقاق عناصر من", "انشق عدد من العناصر عن"] }).map(({ f, s, lead }) => ({
    text: `${lead} ${f.name} ${f.which} ${f.verb} ${s}.`,
    events: [ev(f.id, null, "defection")],
  })),
);

/** A cumulative total since 2011 with a verb of leaving of its own, after the incident: no count for it. */
const TOTALS: readonly string[] = [
  "وانشق عن {g} منذ عام 2011 أكثر من 100 ألف عسكري، بحسب تقديرات.",
  "وتشير تقديرات إلى انشقاق نحو 70 ألف عسكري عن {g} منذ اندلاع الثورة عام 2011.",
  "وكان عشرات الآلاف من العسكريين قد انشقوا عن {g} منذ عام 2011.",
];
const TOTAL: ConventionCase[] = cases(
  "total/since-2011",
  product({ i: INCIDENTS.filter((i) => i.group === "syrian-army"), t: TOTALS, g: ["جيش النظام", "قوات النظام"] }).map(({ i, t, g }) => ({
    text: `${i.say}. ${t.replace("{g}", g)}`,
    events: [...told(i), ev("syrian-army", null, "defection")],
  })),
);

/**
 * (round 17) A flight counted and its group named, then the fight it happened in described by its losses in a relative
 * clause («خلال معركة خسر فيها النظام 2000 …»، «في المعارك التي قُتل فيها …»): the losses are the fight's, told to
 * describe it; the flight stays the incident, counted as told (never the loss).
 */
const FLIGHTS: ReadonlyArray<{ say: string; group: string; again: string; lost: string; count: number | [number, number, number] }> = [
  { say: "فرّ أكثر من 400 عنصر من قوات النظام", group: "syrian-army", again: "النظام", lost: "خسر", count: [400, 400, 600] },
  { say: "هرب 25 عنصراً من ميليشيا الدفاع الوطني", group: "ndf", again: "الميليشيا", lost: "خسرت", count: 25 },
  { say: "فرّ 12 مقاتلاً من قسد في ريف دير الزور", group: "sdf", again: "قسد", lost: "خسرت", count: 12 },
];
const LOSSES: readonly string[] = [
  "خلال معركة {v} فيها {g} أكثر من 2000 عنصر بين قتيل وجريح",
  "خلال معركة {v} فيها {g} نحو 2000 قتيل",
  "خلال المعارك التي قُتل فيها أكثر من 300 من عناصر {g}",
  "في معارك سقط فيها 150 قتيلاً من {g}",
];
const FIGHT_LOSSES: ConventionCase[] = cases(
  "context/losses-of-the-fight",
  product({ f: FLIGHTS, l: LOSSES, when: [" أمس", ""] }).map(({ f, l, when }) => ({
    text: `${f.say}${when}، ${l.replace("{v}", f.lost).replace("{g}", f.again)}.`,
    events: [ev(f.group, f.count, "desertion")],
  })),
);

export const IMPLAUSIBLE_CASES: ConventionCase[] = [...CONTEXT, ...FIGHT_LOSSES, ...BEFORE_CASES, ...FORCE, ...SOLE, ...TOTAL];
