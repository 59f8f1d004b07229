/**
 * "negatives", other news near the words of leaving (see negatives.ts): totals and estimates over a whole war,
 * the size of a force, a camp or a population, past defectors in other news (arrested, killed, returned,
 * appointed, interviewed), amnesty and settlement as policy, recruitment, reinforcements, prisoners, civilians
 * and families fleeing, a unit routed in battle, a political defection from a body that is no armed group.
 *
 * A reading choice (docs/extraction.md "Template corpora (round 7): what is not an event"): a total since a dated, recent
 * start is an event by the conventions (a running total with its own period: d41 of dev-reports,
 * "events/two-tally-since-period" of the conformance corpus); a total or an estimate over the whole war
 * ("منذ بداية الثورة", "خلال سنوات الحرب") dates no incident and is not one.
 */
import type { ConventionCase } from "../../extract/conventions/types";
import { LARGE_PEOPLE, noEventCases, PERSONS, ROWS, type NoEventTemplate, type Row } from "./negatives-slots";

/** Verbs of flight that prisoners, families and routed men share with deserters. */
const FLIGHT = ["فرّ", "هرب", "تمكن من الفرار"];
const PRISONERS = ["20 سجيناً", "12 معتقلاً", "سبعة محتجزين", "عشرات الموقوفين"];
const YOUNG_MEN = ["150 شاباً", "عشرات الشبان", "نحو 300 شاب", "ثمانية شبان"];
const MEMBERS = ["ثلاثة نواب", "12 عضواً", "عدد من الأعضاء"];

/** The k-th form of a short list for this row (rows cycle through it). */
const nth = (list: readonly string[], r: Row): string => list[ROWS.indexOf(r) % list.length];

const CONTEXT: NoEventTemplate[] = [
  // totals and estimates over the whole war
  ["war-total-participle", (r) => `بلغ عدد ${r.v.plural(r.g.text)} منذ بداية الثورة ${nth(LARGE_PEOPLE, r)} بحسب تقديرات حقوقية.`],
  ["war-total-estimate", (r) => `تشير تقديرات مراكز حقوقية إلى أن ${nth(LARGE_PEOPLE, r)} ${r.v.perfectPlural(r.g.text)} خلال سنوات الحرب.`],
  ["war-total-since-2011", (r) => `قدّر مركز توثيق عدد حالات ال${r.v.noun} في صفوف ${r.g.text} منذ عام 2011 بنحو ${nth(LARGE_PEOPLE, r)}.`],
  // the size of a force, a camp, a population near the words
  ["force-size", (r) => `يبلغ تعداد ${r.g.text} في المنطقة نحو 12 ألف مقاتل، وتخشى قيادته من ${r.v.bare} بعد تأخر الرواتب.`],
  ["camp-size", (r) => `يقدر عدد عائلات مقاتلي ${r.g.text} في مخيم الهول بنحو 10 آلاف شخص، ${nth(FLIGHT, r)} بعضهم من المخيم خلال السنوات الماضية.`],
  ["population", (r) => `يقطن في مناطق سيطرة ${r.g.text} نحو 50 ألف نسمة، ويخشى كثير من أبنائها ${r.v.bare}.`],
  // past defectors in other news
  ["past-defector-arrested", (r) => `اعتقلت دورية أمنية أمس ${nth(PERSONS, r)} ${r.v.participle(r.g.text)} في أحد أحياء المدينة.`],
  ["past-defector-killed", (r) => `قتل ${nth(PERSONS, r)} ${r.v.participle(r.g.text)} أمس بانفجار عبوة ناسفة في ريف إدلب.`],
  ["past-defector-returned", (r) => `عاد ${nth(PERSONS, r)} ${r.v.participle(r.g.text)} إلى مدينته أمس بعد سنوات في تركيا.`],
  ["past-defector-appointed", (r) => `عُيّن ${nth(PERSONS, r)} ${r.v.participle(r.g.text)} قائداً لغرفة العمليات أمس.`],
  ["past-defector-interviewed", (r) => `أجرت قناة تلفزيونية أمس مقابلة مع ${nth(PERSONS, r)} ${r.v.participle(r.g.text)} تحدث فيها عن الأوضاع في المنطقة.`],
  // amnesty and settlement as policy
  ["amnesty-policy", (r) => `أصدرت قيادة ${r.g.text} أمس عفواً عاماً عن العناصر الفارين من صفوفها، ومنحتهم مهلة شهر للعودة.`],
  ["ultimatum", (r) => `أمهلت قيادة ${r.g.text} العناصر ${r.v.plural("صفوفها").replace(/ (عن|من صفوف) صفوفها$/, " منها")} أسبوعاً للعودة إلى مواقعهم.`],
  ["bounty", (r) => `رصدت ${r.g.text} مكافأة مالية لمن يدلي بمعلومات عن ${r.v.plural(r.g.text)} في المنطقة.`],
  ["charge-trial", (r) => `حاكمت محكمة عسكرية أمس ${r.p.text} من ${r.g.text} بتهمة ${r.v.bare}.`],
  ["settlement-policy", (r) => `فتحت السلطات باب التسوية أمام ${r.v.plural(r.g.text)}، وحددت مهلة شهرين لتسوية أوضاعهم.`],
  // recruitment, reinforcements
  ["recruitment", (r) => `جنّدت ${r.g.text} أمس ${nth(YOUNG_MEN, r)} من أبناء المنطقة مقابل رواتب شهرية.`],
  ["recruitment-joined", (r) => `انضم ${nth(YOUNG_MEN, r)} من أبناء المنطقة إلى صفوف ${r.g.text} بعد دورة تدريبية.`],
  ["reinforcements", (r) => `أرسلت ${r.g.text} أمس ${r.p.text} تعزيزات إلى جبهات ريف إدلب.`],
  // prisoners, civilians and families
  ["prisoners-escape", (r) => `${nth(FLIGHT, r)} ${nth(PRISONERS, r)} من سجن تابع ل${r.g.text} في الحسكة أمس.`],
  ["families-flee", (r) => `فرّت 300 عائلة من مناطق سيطرة ${r.g.text} أمس هرباً من القصف.`],
  ["civilians-flee", (r) => `${nth(FLIGHT, r)} آلاف المدنيين من قرى يسيطر عليها ${r.g.text} أمس بعد اشتداد المعارك.`],
  // a unit routed in battle
  ["routed", (r) => `فرّ عناصر ${r.g.text} من مواقعهم أمس أمام تقدم القوات المهاجمة تاركين أسلحتهم.`],
  ["routed-battlefield", (r) => `${nth(FLIGHT, r)} ${r.p.text} من ${r.g.text} من أرض المعركة أمس بعد هجوم واسع.`],
];

/** Political defection: a member of parliament, a party, a political body (no armed group, no event). */
const POLITICAL: NoEventTemplate[] = [
  ["political-mp", (r) => `أعلن النائب ${nth(PERSONS, r).split(" ").at(-1)} انشقاقه عن حزب البعث أمس احتجاجاً على قمع المتظاهرين.`],
  ["political-bloc", (r) => `انشق ${nth(MEMBERS, r)} عن الكتلة البرلمانية للحزب الحاكم أمس.`],
];

export const NEGATIVE_CONTEXT_CASES: ConventionCase[] = [
  ...noEventCases("negatives/context", CONTEXT),
  ...noEventCases("negatives/political", POLITICAL),
];
