/**
 * Slot lists of the "received" family (./received.ts): a defection told from the side that received the men — the
 * receiving side as the subject (its verbs in both genders, the pronoun of "صفوفه/صفوفها"), the joining words
 * (verbal nouns of joining, defecting then joining, arriving), the forms of the group left, the people with their
 * counts, and dates the receiving verb carries. Written from the grammar and vocabulary of Arabic news, never from
 * a report of data/.
 */
import { about, moreThan, TENS, type Triple } from "../../extract/conventions/types";

export interface Side {
  /** As outlets name it, as a subject ("الجيش الوطني السوري", "قسد"). */
  text: string;
  id: string;
  /** The verb agrees in the feminine ("استقبلت قسد"); "صفوفها", "سيطرتها". */
  feminine: boolean;
}

/** A verb in the masculine and the feminine ("أعلن"/"أعلنت"), and the preposition its object takes after the subject. */
export interface Verb {
  id: string;
  m: string;
  f: string;
  /** Written before the object, glued ("ب") or apart ("عن "). */
  prep?: string;
}

export const verbOf = (v: Verb, y: Side): string => (y.feminine ? v.f : v.m);
/** The pronoun that refers back to the side: "ه" or "ها". */
export const pronounOf = (y: Side): string => (y.feminine ? "ها" : "ه");

/**
 * Receiving sides and the groups whose men they receive (the other camp: a side never receives from itself or
 * from a faction under its own umbrella).
 */
export const RECEIVERS: ReadonlyArray<Side & { from: readonly string[] }> = [
  { text: "الجيش الوطني السوري", id: "sna", feminine: false, from: ["sdf", "syrian-army", "4th-division", "ndf", "isis"] },
  { text: "هيئة تحرير الشام", id: "hts", feminine: true, from: ["syrian-army", "4th-division", "ndf", "hezbollah", "isis"] },
  { text: "قوات سوريا الديمقراطية", id: "sdf", feminine: true, from: ["syrian-army", "ndf", "isis", "4th-division"] },
  { text: "قسد", id: "sdf", feminine: true, from: ["syrian-army", "ndf", "isis", "5th-corps"] },
  { text: "الجيش الحر", id: "fsa", feminine: false, from: ["syrian-army", "4th-division", "ndf", "hezbollah"] },
  { text: "جيش الإسلام", id: "jaysh-al-islam", feminine: false, from: ["syrian-army", "4th-division", "isis"] },
  { text: "فصيل فرقة الحمزة", id: "hamza-division", feminine: false, from: ["sdf", "isis", "syrian-army"] },
  { text: "قوات النظام", id: "syrian-army", feminine: true, from: ["sdf", "isis", "jaysh-al-islam"] },
];

/** The group left as written after "من"/"عن" (several names per id, as outlets vary them). */
export const LEFT_NAMES: Record<string, readonly string[]> = {
  sdf: ["قسد", "قوات سوريا الديمقراطية"],
  "syrian-army": ["قوات النظام", "جيش النظام", "قوات الأسد"],
  "4th-division": ["الفرقة الرابعة"],
  ndf: ["ميليشيا الدفاع الوطني", "الدفاع الوطني"],
  isis: ["تنظيم داعش", "تنظيم الدولة"],
  hezbollah: ["ميليشيا حزب الله"],
  "5th-corps": ["الفيلق الخامس"],
  "jaysh-al-islam": ["جيش الإسلام"],
};

/**
 * The people: a counted (or vague) person noun after a verbal noun or "من" (genitive), as an object (accusative),
 * and with the participle "منشق" agreeing (genitive and accusative); the pronoun that refers back to them.
 */
export interface People {
  gen: string;
  acc: string;
  /** "12 عنصراً منشقاً", "سبعة جنود منشقين" after a verbal noun or a preposition. */
  partGen: string;
  /** The same as an object ("ضابطاً منشقاً"). */
  partAcc: string;
  /** "هم", "هما", "ه": "والتحاقهم". */
  them: string;
  count: Triple | null;
}

const n = (x: number): Triple => [x, x, x];
const pl = (gen: string, part: string, count: Triple | null): People => ({ gen, acc: gen, partGen: part, partAcc: part, them: "هم", count });

export const PEOPLE: readonly People[] = [
  pl("12 عنصراً", "12 عنصراً منشقاً", n(12)),
  pl("سبعة جنود", "سبعة جنود منشقين", n(7)),
  pl("ثلاثة ضباط", "ثلاثة ضباط منشقين", n(3)),
  { gen: "عنصرين", acc: "عنصرين", partGen: "عنصرين منشقين", partAcc: "عنصرين منشقين", them: "هما", count: n(2) },
  pl("نحو 40 مقاتلاً", "نحو 40 مقاتلاً منشقاً", about(40)),
  pl("أكثر من 20 عسكرياً", "أكثر من 20 عسكرياً منشقاً", moreThan(20)),
  pl("ثلاثين مجنداً", "ثلاثين مجنداً منشقاً", n(30)),
  pl("خمسة عشر مسلحاً", "خمسة عشر مسلحاً منشقاً", n(15)),
  pl("عشرات العناصر", "عشرات العناصر المنشقين", TENS),
  { gen: "ضابط برتبة نقيب", acc: "ضابطاً برتبة نقيب", partGen: "ضابط منشق برتبة نقيب", partAcc: "ضابطاً منشقاً برتبة نقيب", them: "ه", count: n(1) },
  pl("قرابة 50 عنصراً", "قرابة 50 عنصراً منشقاً", about(50)),
  pl("مئة مقاتل", "مئة مقاتل منشق", n(100)),
];

/** "N من عناصر X": a figure, then the men of the group (the group left is the noun's owner). */
export const OF_THE_MEN: ReadonlyArray<{ text: string; count: Triple | null }> = [
  { text: "12 من عناصر", count: n(12) },
  { text: "سبعة من جنود", count: n(7) },
  { text: "نحو 40 من مقاتلي", count: about(40) },
  { text: "أكثر من 20 من عناصر", count: moreThan(20) },
  { text: "العشرات من عناصر", count: TENS },
  { text: "خمسة عشر من منتسبي", count: n(15) },
];

/** Verbs of telling whose subject is the receiving side: it announces the men who reached it. */
export const TELLING_VERBS: readonly Verb[] = [
  { id: "announced", m: "أعلن", f: "أعلنت" },
  { id: "confirmed", m: "أكد", f: "أكدت" },
  { id: "revealed", m: "كشف", f: "كشفت", prep: "عن " },
  { id: "welcomed", m: "رحّب", f: "رحّبت", prep: "ب" },
];

/** Verbs of receiving: their subject is the side the men reached. */
export const RECEIVING_VERBS: readonly Verb[] = [
  { id: "received", m: "استقبل", f: "استقبلت" },
  { id: "took-in", m: "احتضن", f: "احتضنت" },
];

/**
 * Securing a defection, the side that secured it as the subject, the verbal noun of leaving after it (genitive
 * people, then the group left).
 */
export const SECURING: ReadonlyArray<Verb & { frame: (v: string, y: string, p: People, x: string) => string }> = [
  { id: "managed-to-secure", m: "تمكّن", f: "تمكّنت", frame: (v, y, p, x) => `${v} ${y} من تأمين انشقاق ${p.gen} من ${x}` },
  { id: "succeeded-securing", m: "نجح", f: "نجحت", frame: (v, y, p, x) => `${v} ${y} في تأمين انشقاق ${p.gen} عن ${x}` },
  { id: "secured", m: "أمّن", f: "أمّنت", frame: (v, y, p, x) => `${v} ${y} انشقاق ${p.gen} من صفوف ${x}` },
  { id: "eased", m: "سهّل", f: "سهّلت", frame: (v, y, p, x) => `${v} ${y} انشقاق ${p.gen} عن ${x}` },
  { id: "helped", m: "ساعد", f: "ساعدت", frame: (v, y, p, x) => `${v} ${y} ${p.acc} من ${x} على الانشقاق` },
];

/**
 * The side before its verb (the imperfect, as a headline puts it): "الجيش الوطني يستقبل 12 عنصراً منشقاً عن قسد",
 * "قسد تعلن انضمام …"، "هيئة تحرير الشام تؤمّن انشقاق …". `frame` is what follows the verb.
 */
export const HEADLINE_VERBS: ReadonlyArray<Verb & { frame: (p: People, x: string, y: Side) => string }> = [
  { id: "receives", m: "يستقبل", f: "تستقبل", frame: (p, x) => `${p.partAcc} عن ${x}` },
  { id: "takes-in", m: "يحتضن", f: "تحتضن", frame: (p, x) => `${p.partAcc} عن ${x}` },
  { id: "announces", m: "يعلن", f: "تعلن", frame: (p, x, y) => `انضمام ${p.gen} من ${x} ${ownRanks(y).to}` },
  { id: "confirms", m: "يؤكد", f: "تؤكد", frame: (p, x, y) => `التحاق ${p.gen} من ${x} ${ownRanks(y).bi}` },
  { id: "secures", m: "يؤمّن", f: "تؤمّن", frame: (p, x) => `انشقاق ${p.gen} عن ${x}` },
  { id: "eases", m: "يسهّل", f: "تسهّل", frame: (p, x) => `انشقاق ${p.gen} من ${x}` },
];

/** Securing the men's arrival: "أمّن Y وصول N منشقين عن X إلى مناطق سيطرته". */
export const SECURED_ARRIVAL: Verb = { id: "secured-arrival", m: "أمّن", f: "أمّنت" };

/**
 * Joining words after a telling verb: the men, the group left and the destination phrase (`to` is "إلى صفوفه"
 * or "إلى صفوف Y", `bi` is "بصفوفه" or "بصفوف Y", `area` is "مناطق سيطرته" or "مناطق سيطرة Y").
 */
export interface Dest {
  to: string;
  bi: string;
  area: string;
}

export const JOININGS: ReadonlyArray<{ id: string; phrase: (p: People, x: string, d: Dest) => string }> = [
  { id: "joining", phrase: (p, x, d) => `انضمام ${p.gen} من ${x} ${d.to}` },
  { id: "joining-ranks", phrase: (p, x, d) => `التحاق ${p.gen} من ${x} ${d.bi}` },
  { id: "from-the-ranks", phrase: (p, x, d) => `انضمام ${p.gen} من صفوف ${x} ${d.to}` },
  { id: "defected-and-joined", phrase: (p, x, d) => `انشقاق ${p.gen} عن ${x} والتحاق${p.them} ${d.bi}` },
  { id: "defected-and-went", phrase: (p, x, d) => `انشقاق ${p.gen} من ${x} وانضمام${p.them} ${d.to}` },
  { id: "arrival", phrase: (p, x, d) => `وصول ${p.partGen} عن ${x} إلى ${d.area}` },
];

/** "لـ" glued to a name: "للفيلق الخامس" (the article's alif dropped), "لقسد". */
export const lamOf = (x: string): string => (x.startsWith("ال") ? `لل${x.slice(2)}` : `ل${x}`);

/** The participle agrees in definiteness with the people noun: "عشرات العناصر التابعين", "12 عنصراً تابعين". */
const theIf = (p: People): string => (/ ال\S+$/.test(p.gen) ? "ال" : "");

/**
 * The men told as affiliated to the group they left, right after the people noun (round 13, issue 10 class 1): "N
 * عنصراً تابعين لـX", "عشرات العناصر المنتسبين إلى X", "N من عناصر X", "عدد من المنتسبين التابعين لـX". The group left is
 * X, whoever tells it; the men are plural (the participle agrees: "التابعين", "المنتسبين").
 */
export const AFFILIATIONS: ReadonlyArray<{ id: string; phrase: (p: People, x: string) => string; count?: Triple | null }> = [
  { id: "belonging-to", phrase: (p, x) => `${p.gen} ${theIf(p)}تابعين ${lamOf(x)}` },
  { id: "belonging-to-apart", phrase: (p, x) => `${p.gen} ${theIf(p)}تابعين لـ"${x}"` },
  { id: "enrolled-in", phrase: (p, x) => `${p.gen} ${theIf(p)}منتسبين إلى ${x}` },
  { id: "some-enrolled", phrase: (_, x) => `عدد من المنتسبين التابعين ${lamOf(x)}`, count: null },
  { id: "of-the-men", phrase: (_, x) => `عدد من عناصر ${x}`, count: null },
];

/** The destination phrases: the side's own ranks (the pronoun refers back to the subject) or the side named. */
export const ownRanks = (y: Side): Dest => ({ to: `إلى صفوف${pronounOf(y)}`, bi: `بصفوف${pronounOf(y)}`, area: `مناطق سيطرت${pronounOf(y)}` });
export const namedRanks = (y: Side): Dest => ({ to: `إلى صفوف ${y.text}`, bi: `بصفوف ${y.text}`, area: `مناطق سيطرة ${y.text}` });

/** Openers that report, with a named destination after them: the verbal noun takes "بـ" ("أفادت مصادر بانضمام …"). */
export const REPORTERS: readonly string[] = ["أفادت مصادر محلية ب", "أفاد ناشطون ب", "تحدثت مصادر ميدانية عن "];

/**
 * Dates a receiving verb carries (the arrival dates the defection: ../shared/dev-reports/README.md "Dates"),
 * resolved by hand against P = Wednesday 2022-03-16.
 */
export const RECEIVED_ON: ReadonlyArray<{ text: string; date: [string, string] }> = [
  { text: "أمس", date: ["2022-03-15", "2022-03-15"] },
  { text: "يوم الإثنين", date: ["2022-03-14", "2022-03-14"] },
  { text: "مساء الأحد", date: ["2022-03-13", "2022-03-13"] },
  { text: "قبل ثلاثة أيام", date: ["2022-03-13", "2022-03-13"] },
];

/** Men recruited, not leaving any group: young men, volunteers, a new batch ("من أبناء المنطقة" is no group). */
export const RECRUITS: readonly string[] = [
  "50 شاباً من أبناء المنطقة",
  "دفعة جديدة من 200 متطوع",
  "العشرات من أبناء ريف حلب",
  "120 شاباً بعد خضوعهم لدورة تدريبية",
  "نحو 300 متطوع جديد",
];

/** Factions merged into the side whole (no defection by the conventions): a merger, a coming under its banner. */
export const MERGERS: ReadonlyArray<(y: Side) => string> = [
  (y) => `اندماج لواء صقور الشمال بكامل عناصره في صفوف${pronounOf(y)}`,
  (y) => `انضواء تجمع ثوار الريف الغربي تحت راية${pronounOf(y)} ضمن خطة لتوحيد الفصائل`,
  (y) => `اندماج كتائب الفاروق في ${pronounOf(y) === "ها" ? "تشكيلاتها" : "تشكيلاته"} العسكرية`,
];

/** A faction announcing it merges into the side (its own "انضمامه", no head count and no group left). */
export const MERGER_OPENERS: readonly string[] = ["أعلن لواء صقور الشمال انضمامه الكامل إلى", "أعلنت كتائب الفاروق اندماجها في"];

/** People the side takes in who are no fighters: the displaced, families, civilians (some "فارّين" from the war). */
export const DISPLACED: ReadonlyArray<(x: string) => string> = [
  (x) => `300 نازح قادمين من مناطق سيطرة ${x}`,
  (x) => `نحو 50 عائلة نازحة من مناطق ${x}`,
  (x) => `مئات المدنيين الفارين من مناطق سيطرة ${x}`,
  (x) => `عشرات العائلات الهاربة من قصف ${x}`,
];
