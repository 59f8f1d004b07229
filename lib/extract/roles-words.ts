/**
 * The words the role readers share (roles.ts, roles-speaker.ts, roles-received.ts), and every word class they ask
 * (tokens.ts wordClass). The classes are registered here, in one module and one order: a class's bit depends on the
 * order of registration, and roleOf tests the first 31 with a bare `classesOf(t) & C_X`.
 */
import * as $normalize from "../arabic/normalize";
import * as $lexicon from "./lexicon";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { BELONGING_VERBS } = $lexicon;
const { stemIn, wordClass } = tokenModule;

export const TOWARDS = foldedWords("الي نحو باتجاه صوب تجاه لصالح");
export const C_TOWARDS = wordClass(TOWARDS);
export const AREA_WORDS = foldedWords("مناطق سيطره منطقه");
export const C_AREA_WORDS = wordClass(AREA_WORDS);
export const JOIN_VERBS = foldedWords("التحقوا التحق التحقت التحقا انضما يلتحق يلتحقون ينضم ينضمون انضموا انضم انضمت التحاقهم انضمامهم التحاقه انضمامه التحاقها انضمامها لجوء لجووهم");
export const C_JOIN_VERBS = wordClass(JOIN_VERBS);
export const PARENT_BEFORE = foldedWords(`التابعه التابع التابعين المدعومه المدعوم المرتبطه المرتبط المسانده المساند المواليه الموالي المنضويه المنضوي
  لصالح رعايه غطاء بقياده يتبع تتبع تابعه تابع يترأسه مرتبات السابق السابقه سابقا`);
export const C_PARENT_BEFORE = wordClass(PARENT_BEFORE);
export const AGENT_BEFORE = foldedWords("قبل يد مع ضد");
export const C_AGENT_BEFORE = wordClass(AGENT_BEFORE);
/** Who secured or helped the defection: a noun of help ("بمساعدة", "بتأمين من") or a verb of securing before its subject. */
export const HELPER_BEFORE = foldedWords(`مساعده بمساعده تامين بتامين تنسيق التنسيق بالتنسيق تعاون بالتعاون وساطه بوساطه تسهيل بتسهيل اشراف باشراف
  ساعد ساعدت ساعدهم ساعدته امنت امن امنوا امنتهم امنته سهلت سهل سهلتهم`);
export const C_HELPER_BEFORE = wordClass(HELPER_BEFORE);
/** The enemy fought or the force that caught them: "في مواجهة X", "اعتقلتهم X", "ضبطت X …". */
export const OPPONENT_BEFORE = foldedWords(`مواجهه بمواجهه قتال لقتال محاربه لمحاربه معارك اشتباكات هجوم هجمات قصف غارات كمين
  اعتقلت اعتقلتهم اعتقلته اعتقلهم ضبطت ضبطتهم ضبطته ضبطهم اوقفت اوقفتهم اوقفته القت لاحقت لاحقتهم تلاحق طاردت طاردتهم اسرت اسرتهم احتجزت احتجزتهم`);
export const C_OPPONENT_BEFORE = wordClass(OPPONENT_BEFORE);
/** The plural participle of belonging, said of people only ("تابعين لـX"). */
export const PEOPLE_BELONGING = foldedWords("التابعين التابعون تابعين تابعون");
export const BELONGING = foldedWords("يتبع تابع التابع");
export const C_BELONGING = wordClass(BELONGING);
/** Verbs of joining whose object takes "بـ" (التحق بـ; انضم takes إلى, handled by TOWARDS). */
export const ILTAHAQA = foldedWords("التحق التحقوا التحقت التحقا يلتحق يلتحقون تلتحق التحاق التحاقهم التحاقه التحاقها");
export const C_ILTAHAQA = wordClass(ILTAHAQA);
/** Verbs of belonging whose object is the people's own group ("ينتمون إلى X"), though it follows "إلى". */
export const BELONG = BELONGING_VERBS;
export const C_BELONG = wordClass(BELONG);
/** Who tells the news: a source, a spokesman, a correspondent (their group is not the one left). */
export const SPEAKERS = foldedWords("مصدر مصادر المصدر المصادر متحدث المتحدث ناطق الناطق مراسل المراسل");
export const C_SPEAKERS = wordClass(SPEAKERS);
/** Participles and verbs of belonging ("التابعين لـX", "تابعين لـX", "المنتسبين إلى X", "ينتمون إلى X"). */
export const BELONGS = new Set([...PARENT_BEFORE, ...BELONG, ...PEOPLE_BELONGING]);
export const C_BELONGS = wordClass(BELONGS);
/** The side's own ranks or areas with its pronoun ("صفوفه", "سيطرتها", "مناطقه"). */
export const OWN_RANKS = foldedWords("صفوفه صفوفها");
export const OWN_AREAS = foldedWords("سيطرته سيطرتها نفوذه نفوذها مناطقه مناطقها");
/**
 * (round 15) «إليه/إليها», the side itself as the object of a word of joining right before it («وانضمامهم إليها»،
 * «وانضموا إليه»): as «إلى صفوفها», the pronoun refers back to the subject of the telling.
 */
export const TO_IT = foldedWords("اليه اليها");
/** A reading of the word is in OWN_RANKS, OWN_AREAS or TO_IT. */
export const C_OWN = wordClass(new Set([...OWN_RANKS, ...OWN_AREAS, ...TO_IT]));
/** People nouns with "its/his" ("عناصرها", "جنوده"): the men of the group named before. */
export const OWN_MEN = /^(عناصر|جنود|مقاتلي|ضباط|افراد|منتسبي|مسلحي)(ه|ها)$/;

/**
 * (round 17) Verbs of catching with no object pronoun, by the gender the verb gives its subject, the captor («قسد
 * اعتقلت»، «الجيش الوطني اعتقل»، «ألقى … القبض»): the pronoun of «من عناصره/عناصرها» after it refers back to the
 * captor only if it agrees.
 */
const CATCHING_FEM = foldedWords("اعتقلت ضبطت اوقفت القت احتجزت اسرت لاحقت طاردت تعتقل تضبط توقف تلقي تحتجز تلاحق");
const CATCHING_MASC = foldedWords("اعتقل ضبط اوقف القي احتجز اسر لاحق طارد يعتقل يضبط يوقف يلقي يحتجز يلاحق");
export type Gender = "f" | "m";
/** The gender a verb of catching gives its subject; null for any other word. */
export function catchingGender(t: Token | undefined): Gender | null {
  if (!t) return null;
  return stemIn(t, CATCHING_FEM) ? "f" : stemIn(t, CATCHING_MASC) ? "m" : null;
}
/** The gender of the pronoun of «عناصره/عناصرها» (OWN_MEN); null for any other word. */
export function ownMenGender(word: string): Gender | null {
  const own = OWN_MEN.exec(word);
  return own ? (own[2] === "ها" ? "f" : "m") : null;
}

/** A sentence ends in text[from, to) (the gap between two words): a full stop, "!", "?", "؟" or a line break. */
export function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x061f || c === 10) return true;
  }
  return false;
}
