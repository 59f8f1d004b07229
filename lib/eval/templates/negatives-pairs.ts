/**
 * "negatives", the minimal pairs (see negatives.ts): the same words of leaving, group and figure as a
 * template of no event, in a sentence that DOES tell an incident — so that a rule which silences the
 * negatives by silencing the vocabulary fails here. Each pair names the negative template it answers.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { CAP, distinct, PERSONS, ROWS, thin, type Row } from "./negatives-slots";

/** A template that tells one incident: its name, its sentence and the event it tells. */
type EventTemplate = [name: string, sentence: (r: Row) => string, event: (r: Row) => ConventionCase["events"][number]];

/** The incident of the row's people leaving the row's group, as the verb tells it with no destination. */
const told = (r: Row) => ev(r.g.id, r.p.count, r.v.kind);
/** One named man (a named individual counts 1). */
const oneMan = (r: Row) => ev(r.g.id, 1, r.v.kind);
const person = (r: Row): string => PERSONS[ROWS.indexOf(r) % PERSONS.length];
/** The verb with no subject of its own ("انشق عن X", "فرّ من صفوف X"). */
const bareVerb = (r: Row): string => r.v.perfect("", r.g.text).replace(/\s+/g, " ");

const PAIRS: EventTemplate[] = [
  // ↔ modality/future-sa, conditional-if, question: the same verb, told as done
  ["did", (r) => `${r.v.perfect(r.p.text, r.g.text)} أمس.`, told],
  // ↔ modality/rumour, denial: the same verbal noun, reported
  ["reported", (r) => `أفاد ناشطون أمس ب${r.v.masdarOf(r.p.text, r.g.text)}.`, told],
  // ↔ modality/denial: denied by one side, confirmed by another after it
  ["denied-then-confirmed", (r) => `نفت القيادة الأنباء، لكن مصادر محلية أكدت ${r.v.masdarOf(r.p.text, r.g.text)} أمس.`, told],
  // ↔ modality/plan: the people did what they planned
  ["plan-done", (r) => `كشفت مصادر أن ${r.p.text} ${r.v.perfectPlural(r.g.text)} أمس بعد أسابيع من التخطيط.`, told],
  // ↔ modality/threat-by-command: they left despite the threat
  ["despite-threat", (r) => `${r.v.perfect(r.p.text, r.g.text)} أمس رغم تهديدات القيادة بمعاقبة كل من يحاول ذلك.`, told],
  // ↔ modality/may: "قد" before a perfect is the past
  ["qad-past", (r) => `وقد ${r.v.perfect(r.p.text, r.g.text)} أمس بحسب مصادر محلية.`, told],
  // ↔ modality/campaign: a campaign that documents what happened
  ["campaign-documents", (r) => `أطلق ناشطون حملة لتوثيق ${r.v.masdarOf(r.p.text, r.g.text)} أمس.`, told],
  // ↔ modality/call-masdar: they answered a call (the call itself is no second incident)
  ["answered-call", (r) => `${r.v.perfect(r.p.text, r.g.text)} أمس استجابة لدعوات ناشطين إلى ${r.v.bare}.`, told],
  // ↔ modality/call-masdar, fear: a call or a fear before a perfect does not govern it
  ["answered-and-did", (r) => `استجاب ${r.p.text} لدعوات ناشطين و${r.v.perfectPlural(r.g.text)} أمس.`, told],
  ["fear-then-did", (r) => `خوفاً من العقاب ${r.v.perfect(r.p.text, r.g.text)} أمس.`, told],
  // ↔ modality/reasons-question, claim: what an agency published, confirmed
  ["confirmed-published", (r) => `أكد ناشطون ما نشرته وكالات محلية عن ${r.v.masdarOf(r.p.text, r.g.text)} أمس.`, told],
  // ↔ context/past-defector-arrested: the earlier defection with its own date is its own event (conventions)
  ["past-defector-dated", (r) => `اعتقلت دورية أمنية أمس ${person(r)} الذي ${bareVerb(r)} عام 2014.`, oneMan],
];

export const NEGATIVE_PAIR_CASES: ConventionCase[] = PAIRS.flatMap(([name, sentence, event]) => {
  const rows = thin(ROWS, CAP);
  const texts = distinct(rows.map(sentence));
  return texts.map((text, k) => ({ id: `negatives/pairs/${name}/${k}`, text, events: [event(rows[rows.findIndex((r) => sentence(r) === text)])] }));
});
