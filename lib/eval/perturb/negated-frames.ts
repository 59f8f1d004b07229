/**
 * Real negatives (issue 10, classes 5 and 6): the sentence of one gold incident of a real report, rewritten so
 * that it no longer tells an incident. The claim of the sentence — the men, their count and their group, with
 * the words after — is taken out of it as a verbal noun phrase («انشقاق 15 عنصراً من …», «فرار 25 عنصراً من …»),
 * and set in a frame that denies it, calls it a rumour, fears or supposes it, or turns it into another set of men
 * (killed, arrested, civilians). Each frame is Arabic a newspaper prints; a sentence whose claim the rules below
 * cannot take out, or whose frame would not read (a fear of what happened yesterday), gives null.
 * Pure: a sentence in, the rewritten sentence (or null) out. Run by `npm run -s eval:negated`.
 */
import { folded, wordsOf, type WordAt } from "./words";

/** The claim of a sentence: its verbal noun of leaving and everything the noun governs. */
export interface Claim {
  /** «انشقاق» / «فرار» / «هروب» (indefinite, no proclitic). */
  masdar: string;
  /** The men: from the count to the end of the claim (group, place, date), cut before a second clause. */
  rest: string;
  /** The men were the subject of a verb after «أن/إن» (the sentence said "… أن N عناصر انشقوا"). */
  fromClause: boolean;
}

/** Verbal nouns of leaving as written after the frame (the folded word → the noun). */
const MASDAR: Record<string, string> = { انشقاق: "انشقاق", الانشقاق: "انشقاق", فرار: "فرار", الفرار: "فرار", هروب: "هروب", الهروب: "هروب" };
/** Perfects of leaving → their verbal noun. */
const VERB_MASDAR: Record<string, string> = { انشق: "انشقاق", انشقوا: "انشقاق", انشقت: "انشقاق", فر: "فرار", فروا: "فرار", هرب: "هروب", هربوا: "هروب", تركوا: "ترك" };
/** Day words that may stand between a verb and its counted subject («انشق اليوم 14 عنصراً»). */
const BETWEEN = folded("اليوم امس مساء صباح فجر");
/** Words a count phrase opens with, besides a digit run: hedges and number words. */
const COUNT_OPENERS = folded(`نحو قرابه حوالي اكثر ما يزيد عشرات العشرات مئات المئات ثلاثه ثلاث اربعه خمسه سته سبعه ثمانيه تسعه عشره
  اثنان اثنين احد مئه مئتي مئتين الف الفي الفين الاف مئة`);
/** «أن» and «إن» with their proclitics: a clause follows. */
const THAT = folded("ان بان وان فان");
/** Where the claim ends: a second clause on a verb, a verbal noun or a time conjunction after the men. */
const CLAUSE_STARTS = folded(`بعد عقب اثر بعدما حيث ما مما كما بينما فيما وفروا وفرو ووصلوا والتحقوا واتجهوا وانضموا ولجؤوا ولجووا وانتقالهم ولجوءهم
  ووصولهم وانضمامهم والتحاقهم وتسليم وسلموا وتوجهوا وعبروا وتركوا وهربوا وهرب والتحق وانضم ووصل ولجا واستقروا رافضين كانوا`);
/** Where a destination starts (a killed or arrested man went nowhere). */
const TOWARDS = folded("نحو الي باتجاه قاصدين متجهين");
/** Words that date the claim in the past or present: a fear, a warning or a case supposed cannot hold them. */
const DATED = folded(`امس اليوم الماضي الماضيه الفائت الفائته المنصرم فجر مساء صباح ليله ليل الليله الاسبوع الشهر الساعات الايام اليومين
  الجمعه السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الحالي الجاري منذ مؤخرا قبل خلال
  كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر`);

const isCountStart = (w: WordAt | undefined): boolean => !!w && (/^[0-9\u0660-\u0669]+$/.test(w.text) || COUNT_OPENERS.has(w.plain));

/** The figure of a claim, as its first digit run or number word (to find the same men told in another sentence). */
export function claimKey(c: Claim): string | null {
  const w = wordsOf(c.rest).find((x) => /^[0-9\u0660-\u0669]+$/.test(x.text) || (COUNT_OPENERS.has(x.plain) && !HEDGES.has(x.plain)));
  return w ? w.plain : null;
}
const HEDGES = folded("نحو قرابه حوالي اكثر ما يزيد");

/** The sentence without its final mark and surrounding space. */
const body = (sentence: string): string => sentence.trim().replace(/[.!؟?]+$/, "").trim();

/** Cuts the claim's words at the first comma or second clause after the count. */
function cut(text: string, from: number): string {
  let end = text.length;
  const comma = text.slice(from).search(/[،,؛:(]/);
  if (comma >= 0) end = from + comma;
  for (const w of wordsOf(text)) {
    if (w.start <= from || w.start >= end) continue;
    if (CLAUSE_STARTS.has(w.plain)) {
      end = w.start;
      break;
    }
  }
  return text.slice(from, end).trim();
}

/**
 * The claim of a sentence, in three shapes: a verbal noun of leaving before a count («تأمين انشقاق 170 عسكرياً …»,
 * «عقب انشقاق نحو 44 عنصراً …»); a perfect verb before its counted subject («انشق 5 عناصر من …»); a counted subject
 * after «أن/إن» and its perfect verb («أن 4 عناصر من الدفاع الوطني فرّوا بأسلحتهم من …»).
 */
export function claimOf(sentence: string): Claim | null {
  const text = body(sentence);
  const words = wordsOf(text);
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i];
    const bare = w.plain.replace(/^(و|ب|ل|وب|ول|ف)(?=ا?ل?[اف]|ه)/, "");
    const masdar = MASDAR[bare] ?? MASDAR[w.plain];
    if (masdar && isCountStart(words[i + 1])) return { masdar, rest: cut(text, words[i + 1].start), fromClause: false };
    const verbal = VERB_MASDAR[w.plain.replace(/^(و|ف)(?=[اف]|هرب)/, "")];
    let k = i + 1;
    while (verbal && k < words.length - 1 && BETWEEN.has(words[k].plain)) k++;
    if (verbal && isCountStart(words[k])) return { masdar: verbal, rest: cut(text, words[k].start), fromClause: false };
    if (THAT.has(w.plain) && isCountStart(words[i + 1])) {
      for (let j = i + 2; j < Math.min(words.length, i + 14); j++) {
        const v = VERB_MASDAR[words[j].plain];
        if (!v) continue;
        const subject = text.slice(words[i + 1].start, words[j].start).trim();
        const after = cut(text, words[j].end);
        return { masdar: v, rest: `${subject}${after ? ` ${after}` : ""}`, fromClause: true };
      }
      return null;
    }
  }
  return null;
}

/** The claim read as another set of men: «عن X» becomes «من X», and where they went is dropped. */
function asOtherSet(rest: string): string {
  const words = wordsOf(rest);
  const towards = words.find((w, k) => k > 1 && TOWARDS.has(w.plain));
  const kept = towards ? rest.slice(0, towards.start).trim() : rest;
  return kept
    .replace(/(^|\s)عن(?=\s)/, "$1من")
    .replace(/\s(بأسلحتهم|باسلحتهم|بعتادهم|بسلاحهم|صفوفها|صفوفه|صفوفهم)(?=\s|$)/, "");
}

const dated = (rest: string): boolean => wordsOf(rest).some((w) => DATED.has(w.plain) || /^[0-9]{4}$/.test(w.text));

/** Men nouns of the count → civilians in the same form (a count phrase names men with one of these). */
const NUMBER_BEFORE = String.raw`(^|[0-9\u0660-\u0669]\s|(?:ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|آلاف|ألف|مئة|مائة)\s)`;
const CIVILIAN: Array<[RegExp, string]> = [
  [/(^|\s)(عنصراً|عنصرًا|عنصرا|مقاتلاً|مقاتلا|جندياً|جنديا|عسكرياً|عسكريا|مسلحاً|مسلحا)(?=\s|$)/, "$1مدنياً"],
  [new RegExp(`${NUMBER_BEFORE}(عناصر|مقاتلين|جنود|عسكريين|مسلحين)(?=\\s|$)`), "$1مدنيين"],
  [new RegExp(`${NUMBER_BEFORE}(عنصرٍ|عنصر|مقاتل|جندي|عسكري|مسلح)(?=\\s|$)`), "$1مدني"],
];

/** A place of the claim: the last «في/بـ» + a noun of place (مدينة، بلدة، قرية، ريف، محافظة، منطقة) to its end. */
const PLACE = /(?:^|\s)(?:في\s+|ب)((?:ال)?(?:مدينة|بلدة|قرية|ريف|محافظة|منطقة)[^،]*)$/;

/** Civilians fleeing the claim's place: «بفرار N مدنياً من ريف …» (the men's group dropped: civilians are of none). */
function asCivilians(rest: string): string | null {
  for (const [re, to] of CIVILIAN) {
    const m = re.exec(rest);
    if (!m) continue;
    const end = m.index + m[0].length;
    const tail = rest.slice(end);
    let place: RegExpExecArray | null = null;
    for (let at = 0; at < tail.length; at++) {
      const p = PLACE.exec(tail.slice(at));
      if (!p) break;
      place = p;
      at += p.index + 1;
      if (!PLACE.exec(tail.slice(at))) break;
      at--;
    }
    if (!place) return null;
    return `${rest.slice(0, m.index)}${m[0].replace(re, to)} من ${place[1].trim()}`;
  }
  return null;
}

/** The perfect plural of a verbal noun of leaving (the men as its subject): «انشقاق» → «انشقوا». */
const PLURAL_PERFECT: Record<string, string> = { انشقاق: "انشقوا", فرار: "فرّوا", هروب: "هربوا" };
/** The definite verbal noun after a verb of intent: «يعتزمون الانشقاق». */
const DEFINITE: Record<string, string> = { انشقاق: "الانشقاق", فرار: "الفرار", هروب: "الهروب" };

export type NegationClass =
  | "denial"
  | "denied-clause"
  | "rumour"
  | "fear"
  | "warning"
  | "condition"
  | "intent"
  | "unable"
  | "killed"
  | "killed-verb"
  | "arrested"
  | "prisoners"
  | "civilians";

export interface Negation {
  name: NegationClass;
  /** What becomes of the gold event: every one of these frames tells no incident, so the event is removed. */
  gold: "removed";
  description: string;
  /** The sentence rewritten, or null when the frame does not fit it. */
  rewrite(sentence: string): string | null;
}

const framed = (name: NegationClass, description: string, frame: (c: Claim) => string | null): Negation => ({
  name,
  gold: "removed",
  description,
  rewrite(sentence) {
    const c = claimOf(sentence);
    return c ? frame(c) : null;
  },
});

/** The frames, one per class of the issue. */
export const NEGATIONS: Negation[] = [
  framed("denial", "«ونفت مصادر محلية صحة الأنباء عن انشقاق N …»", (c) => `ونفت مصادر محلية صحة الأنباء عن ${c.masdar} ${c.rest}.`),
  framed("denied-clause", "«ونفى مصدر عسكري أن يكون N … قد انشقوا»: the men as the subject of a perfect after «أن يكون … قد»", (c) =>
    PLURAL_PERFECT[c.masdar] ? `ونفى مصدر عسكري أن يكون ${asOtherSet(c.rest)} قد ${PLURAL_PERFECT[c.masdar]}.` : null,
  ),
  framed("rumour", "«وتداولت صفحات محلية شائعات عن انشقاق N …، لم تؤكدها أي جهة»", (c) => `وتداولت صفحات محلية شائعات عن ${c.masdar} ${c.rest}، لم تؤكدها أي جهة.`),
  framed("fear", "«وتخشى قيادة الفصيل انشقاق N …» (undated claims only)", (c) => (dated(c.rest) ? null : `وتخشى قيادة الفصيل ${c.masdar} ${c.rest}.`)),
  framed("warning", "«وحذّرت مصادر موالية من انشقاق N …» (undated claims only)", (c) => (dated(c.rest) ? null : `وحذّرت مصادر موالية من ${c.masdar} ${c.rest}.`)),
  framed("condition", "«وفي حال انشقاق N …، ستفقد القيادة السيطرة على المنطقة» (undated claims only)", (c) =>
    dated(c.rest) ? null : `وفي حال ${c.masdar} ${c.rest}، ستفقد القيادة السيطرة على المنطقة.`,
  ),
  framed("intent", "«وكشفت مصادر أن N … يعتزمون الانشقاق» (undated claims only)", (c) =>
    dated(c.rest) || !DEFINITE[c.masdar] ? null : `وكشفت مصادر محلية أن ${asOtherSet(c.rest)} يعتزمون ${DEFINITE[c.masdar]}.`,
  ),
  framed("unable", "«وأفادت مصادر محلية بأن N … لم يتمكنوا من الانشقاق» (not a total «منذ …»)", (c) =>
    /(^|\s)منذ\s/.test(c.rest) || !DEFINITE[c.masdar] ? null : `وأفادت مصادر محلية بأن ${asOtherSet(c.rest)} لم يتمكنوا من ${DEFINITE[c.masdar]}.`,
  ),
  framed("killed", "«وأفادت مصادر محلية بمقتل N … من X» (the same men, killed)", (c) => `وأفادت مصادر محلية بمقتل ${asOtherSet(c.rest)}.`),
  framed("killed-verb", "«وقُتل N … من X» (the same men, killed, told by a verb as the incident was)", (c) => `وقُتل ${asOtherSet(c.rest)}.`),
  framed("arrested", "«وأفادت مصادر محلية باعتقال N … من X» (the same men, arrested)", (c) => `وأفادت مصادر محلية باعتقال ${asOtherSet(c.rest)}.`),
  framed("prisoners", "«وفرّ N … من X كانوا محتجزين في أحد السجون» (prisoners escaping: not an event; not a total «منذ …»)", (c) =>
    /(^|\s)منذ\s/.test(c.rest) ? null : `و${c.masdar === "هروب" ? "هرب" : "فرّ"} ${asOtherSet(c.rest)} كانوا محتجزين في أحد السجون.`,
  ),
  framed("civilians", "«وأفادت مصادر محلية بفرار N مدنياً من …» (civilians, not men of a group)", (c) => {
    const civ = asCivilians(c.rest);
    return civ ? `وأفادت مصادر محلية بفرار ${civ}.` : null;
  }),
];
