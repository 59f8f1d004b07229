/**
 * The reworded-real measure (issue 10): every rewrite applied to every report of a real gold file, the gold
 * kept as it is, and per rewrite the figures of `lib/eval/score` on the reports it changed, against the same
 * reports unperturbed, with each report that lost or gained an event. Run by `npm run -s eval:perturb`.
 */
import type { DefectionEvent } from "../../extract/types";
import type { GoldEvent, GoldReport } from "../gold";
import type { GroupMatcher } from "../group-match";
import type { GoldChanges } from "./lines";
import { scoreReport, summarize, type EvalSummary, type Extractor, type ReportScore } from "../score";
import { PERTURBATIONS } from "./index";
import { caseRecorded, figureApposition, figureLaterBalagha, figureLaterYuqaddar, jara, participleNounPhrase, relativeClauseSaid, reportedAnnaMasdar, reportedInna, tammaRasd } from "./restructured-clauses";
import { groupEarlier, headlineBare, joinedByHaythu, joinedByWa } from "./restructured-story";
import { dayBeforeAsTwoDaysAgo, dayYesterdayBare, followUp, kamaBeforeVerb, sourceAfter, yesterdayAsDay, yesterdayAsWeekday } from "./reworded-frames";
import { dualAsPartitive, MEN_NOUNS, swapMenNoun, toggleTanween } from "./reworded-men";
import { defectedAsAnnounced, defectedFromMin, enabledFrame, hedgeSynonym, ranksWitnessed, verbFirst, fledAsLadha, militiaSpelling, shaddaOnVerbs, stripMarks } from "./reworded-words";

export interface Rewrite {
  name: string;
  family: string;
  description: string;
  /** The rewritten text (the text itself where the rewrite finds no place). */
  apply(text: string, report: GoldReport): string;
}

const sameGold = (a: readonly GoldEvent[], b: readonly GoldEvent[]) => JSON.stringify(a) === JSON.stringify(b);

/** The CheckList's perturbations that keep the gold as it is (those that change a count are left out). */
export const CHECKLIST_REWRITES: Rewrite[] = PERTURBATIONS.filter((p) => p.family !== "distractors" && p.name !== "other-number-form" && p.name !== "count-hedged").map((p) => ({
  name: p.name,
  family: p.family,
  description: p.description,
  apply(text, report) {
    const v = p.apply(text, report.events);
    return v === null || !sameGold(v.events, report.events) ? text : v.text;
  },
}));

const { element, fighter, soldier, military, member, individual } = MEN_NOUNS;
const plain = (name: string, family: string, description: string, f: (text: string) => string): Rewrite => ({ name, family, description, apply: (t) => f(t) });

/** The rewordings of this measure, each a class of Arabic news wording. */
export const REWORDINGS: Rewrite[] = [
  plain("noun-element→fighter", "people", "عناصر/عنصر(اً) → مقاتلين/مقاتلون/مقاتل(اً)", (t) => swapMenNoun(t, element, fighter)),
  plain("noun-element→soldier", "people", "عناصر/عنصر(اً) → جنود/جندي(اً)", (t) => swapMenNoun(t, element, soldier)),
  plain("noun-element→military", "people", "عناصر/عنصر(اً) → عسكريين/عسكري(اً)", (t) => swapMenNoun(t, element, military)),
  plain("noun-element→member", "people", "عناصر/عنصر(اً) → منتسبين/منتسب(اً)", (t) => swapMenNoun(t, element, member)),
  plain("noun-element→individual", "people", "عناصر/عنصر(اً) → أفراد/فرد(اً)", (t) => swapMenNoun(t, element, individual)),
  plain("noun-fighter→element", "people", "مقاتلين/مقاتل(اً) → عناصر/عنصر(اً)", (t) => swapMenNoun(t, fighter, element)),


  plain("dual-partitive", "numbers", "a dual of men as «اثنان/اثنين من» + the plural (عنصران → اثنان من العناصر)", dualAsPartitive),
  plain("fled-ladha", "trigger", "a flight verb as «لاذ بالفرار» (فرّ/هرب → لاذ بالفرار)", fledAsLadha),
  plain("enabled-masdar", "trigger", "«تمكّن N … من الانشقاق/الفرار» for «انشق/فرّ N …»", enabledFrame),
  plain("verb-first", "order", "«انشق N عناصر من X» for «N عناصر من X انشقوا» («أن» taking its pronoun)", verbFirst),
  plain("ranks-witnessed", "trigger", "«شهدت صفوف X انشقاق/فرار N …» for «انشق/فرّ N … عن/من X»", ranksWitnessed),
  plain("defected-announced", "trigger", "«أعلن انشقاقه/أعلنوا انشقاقهم» for «انشق عن/انشقوا»", defectedAsAnnounced),
  plain("defected-min", "trigger", "«انشق … من X» for «انشق … عن X»", defectedFromMin),
  plain("hedge-synonym", "numbers", "a hedge for another of the same range (نحو → حوالي → قرابة; أكثر من → ما يزيد على)", hedgeSynonym),
  plain("militia-spelling", "group", "«ميليشيا» ↔ «مليشيا»", militiaSpelling),
  plain("kama", "connective", "«كما» before a sentence opening with its trigger verb", kamaBeforeVerb),
  plain("fi-siyaq", "connective", "«وفي سياق متصل،» before each sentence that tells an incident", followUp("وفي سياق متصل")),
  plain("ila-dhalik", "connective", "«إلى ذلك،» before each sentence that tells an incident", followUp("إلى ذلك")),
  plain("source-after", "attribution", "«، بحسب ما نقل مراسل محلي» at the end of each sentence with a trigger", sourceAfter),
  plain("yesterday-as-day", "dates", "«أمس» → «يوم أمس»", yesterdayAsDay),
  plain("day-yesterday-bare", "dates", "«يوم أمس» → «أمس»", dayYesterdayBare),
  { name: "yesterday-weekday", family: "dates", description: "«أمس» → «يوم» + the weekday before a one-day publication", apply: (t, r) => yesterdayAsWeekday(t, r.published) },
  plain("day-before-two-days", "dates", "«أول أمس/أمس الأول» → «قبل يومين»", dayBeforeAsTwoDaysAgo),
  plain("shadda-verbs", "orthography", "the shadda of انشقّ/فرّ written", shaddaOnVerbs),
  plain("tanween", "orthography", "the tanween of an accusative men noun written or left out (عنصرا ↔ عنصراً)", toggleTanween),
  plain("marks-stripped", "orthography", "every short vowel, tanween and shadda left out", stripMarks),
];

/**
 * The restructurings (round 14): the same incident told in another sentence shape or story structure, every gold
 * event (group, count, kind, date, place) kept. Clause shapes in `restructured-clauses.ts`, story shapes in
 * `restructured-story.ts`.
 */
export const RESTRUCTURINGS: Rewrite[] = [
  plain("figure-later", "figure", "the figure in its own later sentence: «انشق عناصر من X أمس. وبلغ عددهم 12 عنصراً»", figureLaterBalagha),
  plain("figure-estimated", "figure", "the figure in a later sentence of estimate: «… . ويُقدّر عددهم بـ12 عنصراً»", figureLaterYuqaddar),
  plain("figure-apposition", "figure", "the subject first, its figure in apposition: «عناصر من X، عددهم 12 عنصراً، انشقوا»", figureApposition),
  plain("light-rasd", "light-verb", "«تمّ رصد انشقاق 12 عنصراً من X» for «انشق 12 عنصراً من X»", tammaRasd),
  plain("light-jara", "light-verb", "«جرى انشقاق 12 عنصراً من X»", jara),
  plain("case-recorded", "light-verb", "«سُجّلت حالة انشقاق جماعية لـ12 عنصراً من X»", caseRecorded),
  plain("relative-said", "embedded", "the incident in a relative clause: «وقال العناصر الـ12 الذين انشقوا عن X أمس إن…»", relativeClauseSaid),
  plain("participle-np", "embedded", "the incident as a noun phrase: «وكان المنشقون الـ12 عن X قد غادروا مواقعهم أمس»", participleNounPhrase),
  plain("reported-inna", "reported", "a sentence that opened with its verb as reported speech: «وقال مصدر محلي إن 12 عنصراً من X انشقوا»", reportedInna),
  plain("reported-masdar", "reported", "«وذكر مصدر ميداني أن انشقاق 12 عنصراً من X جرى…»", reportedAnnaMasdar),
  plain("headline-bare", "story", "the headline run into the body with no mark (its line break a space)", headlineBare),
  plain("joined-wa", "story", "the incident's sentence joined to the one before by «، و»", joinedByWa),
  plain("joined-haythu", "story", "the incident's sentence joined to the one before by «، حيث»", joinedByHaythu),
  plain("group-earlier", "story", "the group named in a sentence before the incident's, a pronoun in it: «… من صفوفها / عنه»", groupEarlier),
];

export interface ReportChange extends GoldChanges {
  report: string;
  /** False events before → after. */
  falseBefore: number;
  falseAfter: number;
  /** The variant's false events. */
  falseEvents: DefectionEvent[];
}

export interface RewriteFigures {
  name: string;
  family: string;
  description: string;
  reports: string[];
  before: EvalSummary;
  after: EvalSummary;
  changes: ReportChange[];
}

const matched = (s: ReportScore): Set<number> => new Set(s.pairs.filter((p) => !p.optional).map((p) => p.gold));
const pairOf = (s: ReportScore, gold: number) => s.pairs.find((p) => p.gold === gold && !p.optional);

/** Every rewrite over every report; figures on the reports each one changed. */
export function runRewrites(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher, rewrites: readonly Rewrite[]): RewriteFigures[] {
  const originals = gold.map((r) => scoreReport(r.id, r.events, extract({ id: r.id, body: r.text, published: r.published }), matcher));
  return rewrites.map((t) => {
    const before: ReportScore[] = [];
    const after: ReportScore[] = [];
    const changes: ReportChange[] = [];
    gold.forEach((r, k) => {
      const text = t.apply(r.text, r);
      if (text === r.text) return;
      const b = originals[k];
      const a = scoreReport(r.id, r.events, extract({ id: r.id, body: text, published: r.published }), matcher);
      before.push(b);
      after.push(a);
      const mb = matched(b);
      const ma = matched(a);
      const lost = [...mb].filter((i) => !ma.has(i)).map((i) => r.events[i]);
      const gained = [...ma].filter((i) => !mb.has(i)).map((i) => r.events[i]);
      const both = [...mb].filter((i) => ma.has(i)).map((i) => ({ i, b: pairOf(b, i)!, a: pairOf(a, i)! }));
      const countLost = both.filter((x) => x.b.countAgrees && !x.a.countAgrees).map((x) => r.events[x.i]);
      const countGained = both.filter((x) => !x.b.countAgrees && x.a.countAgrees).map((x) => r.events[x.i]);
      const kindLost = both.filter((x) => x.b.kindAgrees && !x.a.kindAgrees).map((x) => r.events[x.i]);
      const dateWorse = both.filter((x) => (x.a.dateIoU ?? 1) < (x.b.dateIoU ?? 1) - 1e-9).map((x) => r.events[x.i]);
      if (lost.length || gained.length || a.fp !== b.fp || countLost.length || countGained.length || kindLost.length || dateWorse.length)
        changes.push({ report: r.id, lost, gained, countLost, countGained, kindLost, dateWorse, falseBefore: b.fp, falseAfter: a.fp, falseEvents: a.falseAlarms.map((i) => a.predicted[i]) });
    });
    return { name: t.name, family: t.family, description: t.description, reports: before.map((s) => s.id), before: summarize(before), after: summarize(after), changes };
  });
}
