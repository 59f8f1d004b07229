/**
 * The "negatives" family (round 7): what is NOT a defection. Sentences in which the vocabulary of
 * defection and desertion meets a group and a figure, yet no one left a group: modality (calls, campaigns,
 * incentives, threats, warnings, fears, plans, rumours, denials, debunks, conditionals, negation, questions,
 * the future; this file), and other news near the words (negatives-context.ts). Minimal pairs that DO tell an
 * incident keep the rules honest (negatives-pairs.ts). Each template is a sentence shape of Arabic news; the
 * cases are the product of the slot lists (negatives-slots.ts), thinned evenly to at most CAP per template.
 */
import type { ConventionCase } from "../../extract/conventions/types";
import { noEventCases, type NoEventTemplate } from "./negatives-slots";
import { NEGATIVE_CONTEXT_CASES } from "./negatives-context";
import { NEGATIVE_PAIR_CASES } from "./negatives-pairs";

/** Modality: the words of leaving are called for, planned, feared, rumoured, denied, supposed or asked about. */
const MODALITY: NoEventTemplate[] = [
  // calls and appeals
  ["call-masdar", (r) => `دعا ناشطون معارضون أمس المقاتلين المحليين إلى ${r.v.masdar(r.g.text)} والعودة إلى قراهم.`],
  ["appeal-subjunctive", (r) => `ناشد وجهاء العشائر أبناءهم المقاتلين أن ${r.v.subjunctive(r.g.text)} قبل فوات الأوان.`],
  // campaigns and incentives
  ["campaign", (r) => `أطلق ناشطون حملة إعلامية لتشجيع ${r.p.text} من ${r.g.text} على ${r.v.bare}.`],
  ["incentive-reward", (r) => `عرضت فصائل المعارضة مكافأة مالية قدرها 500 دولار لكل عنصر يقرر ${r.v.masdar(r.g.text)}.`],
  ["promise-to-secure", (r) => `تعهد ناشطون بتأمين ${r.v.masdarOf(r.p.text, r.g.text)} خلال الأيام المقبلة.`],
  // threats, warnings, fears
  ["threat-by-command", (r) => `هددت قيادة ${r.g.text} بإعدام كل عنصر يحاول ${r.v.bare}.`],
  ["threat-by-men", (r) => `هدد ${r.p.text} من ${r.g.text} ب${r.v.bare} إذا لم تصرف رواتبهم المتأخرة.`],
  ["warning", (r) => `حذرت مصادر مطلعة من ${r.v.masdarOf(r.p.text, r.g.text)} إذا استمر تأخر الرواتب.`],
  ["fear", (r) => `تخشى قيادة المنطقة من ${r.v.masdarOf(r.p.text, r.g.text)} بعد خسارة مواقعهم الأخيرة.`],
  // plans and intentions
  ["intention", (r) => `يعتزم ${r.p.text} من ${r.g.text} ${r.v.bare} خلال الأيام المقبلة بحسب مصادر محلية.`],
  ["plan", (r) => `كشفت مصادر أن ${r.p.text} يخططون ل${r.v.masdar(r.g.text)} مطلع الشهر المقبل.`],
  ["wish", (r) => `أبدى ${r.p.text} رغبتهم في ${r.v.masdar(r.g.text)} إذا توفر لهم ممر آمن.`],
  // rumours, denials, debunks
  ["rumour", (r) => `تحدثت شائعات على مواقع التواصل عن ${r.v.masdarOf(r.p.text, r.g.text)}، دون أي تأكيد.`],
  ["denial", (r) => `نفى مصدر مسؤول أمس الأنباء التي تحدثت عن ${r.v.masdarOf(r.p.text, r.g.text)}.`],
  ["denial-that", (r) => `نفى مصدر في المنطقة أن يكون ${r.p.text} قد ${r.v.perfectPlural(r.g.text)} أمس.`],
  ["debunk", (r) => `تبيّن أن خبر ${r.v.masdarOf(r.p.text, r.g.text)} الذي تداولته صفحات محلية أمس مفبرك.`],
  // conditionals, negation, questions, the future
  ["conditional-if", (r) => `إذا ${r.v.perfect(r.p.text, r.g.text)} فإن موازين القوى في المنطقة ستتغير.`],
  ["conditional-law", (r) => `لو ${r.v.perfect(r.p.text, r.g.text)} لانهارت الجبهة خلال أيام.`],
  ["negation-none", (r) => `لم تسجل أي حالة ${r.v.noun} في صفوف ${r.g.text} منذ بداية الهجوم.`],
  ["negation-jussive", (r) => `لم ${r.v.imperfect("أي عنصر", r.g.text)} رغم الحصار المفروض على المنطقة.`],
  ["question", (r) => `هل ${r.v.imperfect("مزيد من العناصر", r.g.text)} بعد قرار خفض الرواتب؟`],
  ["future-sa", (r) => `س${r.v.imperfect(r.p.text, r.g.text)} خلال الأيام المقبلة، بحسب ما يتوقع ناشطون.`],
  ["future-expected", (r) => `من المتوقع أن ${r.v.imperfect(r.p.text, r.g.text)} في الأسابيع المقبلة.`],
  ["may", (r) => `قد ${r.v.imperfect(r.p.text, r.g.text)} إذا استمر تأخر الرواتب، بحسب مصادر محلية.`],
  ["in-case", (r) => `في حال ${r.v.masdarOf(r.p.text, r.g.text)} ستفقد القيادة السيطرة على المنطقة.`],
  ["negation-la", (r) => `لا ${r.v.imperfect("عناصر", r.g.text)} رغم تأخر الرواتب، بحسب مصادر محلية.`],
  ["claim", (r) => `زعمت صفحات موالية أمس ${r.v.masdarOf(r.p.text, r.g.text)}، وهو ما نفته مصادر محلية.`],
  ["reasons-question", (r) => `ما أسباب ${r.v.masdar(r.g.text)} في الآونة الأخيرة؟`],
  ["demand-facilitate", (r) => `طالب ناشطون الفصائل بتسهيل ${r.v.masdarOf(r.p.text, r.g.text)} وتأمين طريقهم.`],
];

export const NEGATIVE_CASES: ConventionCase[] = [
  ...noEventCases("negatives/modality", MODALITY),
  ...NEGATIVE_CONTEXT_CASES,
  ...NEGATIVE_PAIR_CASES,
];
