/**
 * The "named" family (round 11, r11-fold): a second man told by his name. One man's story first ("انشق الملازم أول
 * أحمد العلي عن …"), then, one to three sentences on, another man told by his rank, title, "المدعو"، "الشاب" or kunya
 * and his name, with a singular verb of leaving, no figure and no person noun ("كما انشق النقيب ياسر الحمود عن …"،
 * "وانشق أيضاً المساعد أول …"، "وفرّ المدعو …"، "كما أعلن القيادي أبو حمزة … انشقاقه"): another named man is another
 * person. Expected: TWO events, each counting one (the second on the default date, the man's day or another day);
 * told with no group ("apart-no-group/…": "وأفادت مصادر محلية بانشقاق المدعو … أيضاً"), the second man's group is the
 * first man's.
 *
 * Beside them, told the same way, the same man told again (templates "same/…"): his rank and family name again, his
 * words after a verb of saying ("وقال الملازم العلي … إنه انشق"), a pronoun ("وأوضح أنه انشق"), "الضابط المنشق"
 * after a verb of saying, a flashback of his own leaving ("وكان النقيب الحسن قد رتّب لانشقاقه"). Expected: ONE event of one man.
 * Written from the grammar and vocabulary of Arabic news, never from a report. Slots: ./folds.ts (the lead man and
 * his story, the gaps), ./twins-grammar.ts (lineages), ./discourse-grammar.ts (dates).
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { DEFAULT_RANGE, P, RECENT } from "./discourse-grammar";
import { GAPS, MAN_SAYS, MEN } from "./folds";
import { familyCases, product, spaced } from "./product";
import { LINEAGES, type Lineage, type Named } from "./twins-grammar";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 48;

const cases = familyCases("named", PER_TEMPLATE, P);

const ORDERS = ["wide-first", "narrow-first", "same"] as const;
const ordered = (l: Lineage, order: (typeof ORDERS)[number]): [Named, Named] => (order === "same" ? [l.narrow, l.narrow] : order === "wide-first" ? [l.wide, l.narrow] : [l.narrow, l.wide]);

/**
 * Other men, each told by how outlets designate a man (a rank of one or two words, "المدعو"، "الشاب", a title, a
 * kunya) and a name that shares no word with the lead men's (MEN).
 */
const OTHER_MEN: readonly string[] = [
  "النقيب ياسر الحمود",
  "المساعد أول فادي السليمان",
  "المدعو حسان الأحمد",
  "الشاب علي المصطفى",
  "القيادي أبو حمزة الديري",
  "العريف ماهر الخطيب",
];

/** The other man's telling: a singular verb of leaving, no figure, no person noun; `d` its date phrase. */
const OTHER_SAYS: ReadonlyArray<{ name: string; say: (m: string, g: string, d: string) => string }> = [
  { name: "kama-inshaqqa", say: (m, g, d) => `كما ${spaced("انشق", m, "عن", g, d)} ووصل إلى مناطق المعارضة.` },
  { name: "also", say: (m, g, d) => `${spaced("وانشق أيضاً", m, "عن", g, d)} ولجأ إلى مناطق المعارضة.` },
  { name: "farra", say: (m, g, d) => `${spaced("وفرّ", m, "من صفوف", g, d)} وسلّم نفسه لفصائل المعارضة.` },
  { name: "announced", say: (m, g, d) => `كما ${spaced("أعلن", m, "انشقاقه عن", g, d)}.` },
  { name: "reported", say: (m, g, d) => `${spaced("وأفادت مصادر محلية بانشقاق", m, "عن", g, d)}.` },
];

/** The other man's date: none, the lead man's day, or another recent day. */
const OTHER_DATES = ["default", "same-day", "other-day"] as const;

/** Class 1: a one-man incident, then another man of the lineage told by his name. */
const APART: ConventionCase[] = OTHER_DATES.flatMap((dating) =>
  OTHER_SAYS.flatMap((other) =>
    cases(
      `apart/${dating}/${other.name}`,
      product({ gap: GAPS, order: ORDERS, lineage: LINEAGES, man: MEN, says: MAN_SAYS, d1: RECENT.slice(0, 3), otherMan: OTHER_MEN }).map(({ gap, order, lineage, man, says, d1, otherMan }) => {
        const [first, second] = ordered(lineage, order);
        const d2 = RECENT.find((d) => d.range[0] !== d1.range[0] && d.range[0] > "2022-03-13")!;
        const [d2text, d2range] = dating === "default" ? ["", DEFAULT_RANGE] : dating === "same-day" ? [d1.text, d1.range] : [d2.text, d2.range];
        return {
          text: spaced(says(man, first.name, d1.text), gap, other.say(otherMan, second.name, d2text)),
          events: [ev(first.id, 1, "defection", d1.range), ev(second.id, 1, "defection", d2range)],
        };
      }),
    ),
  ),
);

/** The other man's telling with no group: the group of the man before, another incident of one man. */
const OTHER_SAYS_NO_GROUP: ReadonlyArray<{ name: string; say: (m: string, d: string) => string }> = [
  { name: "kama-inshaqqa", say: (m, d) => `كما ${spaced("انشق", m, d)} ووصل إلى مناطق المعارضة.` },
  { name: "reported-also", say: (m, d) => `${spaced("وأفادت مصادر محلية بانشقاق", m, d)} أيضاً.` },
];

const APART_NO_GROUP: ConventionCase[] = OTHER_DATES.flatMap((dating) =>
  OTHER_SAYS_NO_GROUP.flatMap((other) =>
    cases(
      `apart-no-group/${dating}/${other.name}`,
      product({ gap: GAPS.slice(0, 2), lineage: LINEAGES, man: MEN, says: MAN_SAYS, d1: RECENT.slice(0, 3), otherMan: OTHER_MEN }).map(({ gap, lineage, man, says, d1, otherMan }) => {
        const d2 = RECENT.find((d) => d.range[0] !== d1.range[0] && d.range[0] > "2022-03-13")!;
        const [d2text, d2range] = dating === "default" ? ["", DEFAULT_RANGE] : dating === "same-day" ? [d1.text, d1.range] : [d2.text, d2.range];
        return {
          text: spaced(says(man, lineage.narrow.name, d1.text), gap, other.say(otherMan, d2text)),
          events: [ev(lineage.narrow.id, 1, "defection", d1.range), ev(lineage.narrow.id, 1, "defection", d2range)],
        };
      }),
    ),
  ),
);

/** A lead man's rank (one or two words) and his family name: "الملازم أول أحمد العلي" → ["الملازم أول", "العلي"]. */
function rankAndFamily(man: string): [string, string] {
  const words = man.split(" ");
  return [words.slice(0, -2).join(" "), words[words.length - 1]];
}

/** The same man told again, in a later sentence of his story. */
/** (`sameName`: the group the lead named; which name of the lineage an event shows is not the fold's.) */
const SAME_SAYS: ReadonlyArray<{ name: string; say: (man: string, g: string) => string; sameName?: true }> = [
  { name: "rank-family", say: (m, g) => `وأفادت مصادر محلية بأن ${rankAndFamily(m).join(" ")} انشق عن ${g} بعد خلافات مع قادته.` },
  { name: "said-that", say: (m, g) => `وقال ${rankAndFamily(m).join(" ")} في تسجيل مصور إنه انشق عن ${g} بسبب الانتهاكات بحق المدنيين.` },
  { name: "pronoun", say: (_m, g) => `وأوضح في تسجيل مصور أنه انشق عن ${g} احتجاجاً على الانتهاكات بحق المدنيين.` },
  { name: "rank-the-defector", say: (m, g) => `وقال ${rankAndFamily(m)[0]} المنشق عن ${g} إنه وصل إلى مناطق المعارضة.`, sameName: true },
  { name: "flashback", say: (m, g) => `وكان ${rankAndFamily(m).join(" ")} قد رتّب لانشقاقه عن ${g} بالتنسيق مع فصائل المعارضة.` },
];

/** Told the same way, one incident of one man. */
const SAME: ConventionCase[] = SAME_SAYS.flatMap((again) =>
  cases(
    `same/${again.name}`,
    product({ gap: GAPS.slice(0, 2), order: ORDERS, lineage: LINEAGES, man: MEN, says: MAN_SAYS, d1: RECENT.slice(0, 3) }).map(({ gap, order, lineage, man, says, d1 }) => {
      const [first, second] = again.sameName ? [lineage.narrow, lineage.narrow] : ordered(lineage, order);
      return {
        text: spaced(says(man, first.name, d1.text), gap, again.say(man, second.name)),
        events: [ev(lineage.narrow.id, 1, "defection", d1.range)],
      };
    }),
  ),
);

/**
 * (round 12) A man told by his personal name alone, no rank, title or "المدعو": a given name and a family name with
 * the article ("علي الحسن"، "محمد الخالد"), or a kunya ("أبو حمزة الديري"), as the subject of a singular verb of leaving
 * right before "عن/من" + the group: one man. "علي" is the name Ali here — the preposition "على" takes no place
 * between a verb of leaving and its "عن/من" but in its adverbial phrases ("على الفور"، "على الأرجح"). Negatives
 * (`untitled-not/…`, count unknown): a unit's name after the verb ("انشق لواء الحسن"), an adverbial "على الـ…".
 */
const UNTITLED_MEN: readonly string[] = ["علي الحسن", "محمد الخالد", "عمر السليمان", "علي المصطفى", "أبو حمزة الديري", "أبو علي الحموي"];
const UNTITLED_VERBS: ReadonlyArray<{ name: string; say: (m: string, g: string, d: string) => string }> = [
  { name: "inshaqqa", say: (m, g, d) => `${spaced("انشق", m, "عن", g, d)} ووصل إلى مناطق المعارضة.` },
  { name: "farra", say: (m, g, d) => `${spaced("فرّ", m, "من صفوف", g, d)} ووصل إلى مناطق المعارضة.` },
  { name: "haraba", say: (m, g, d) => `${spaced("هرب", m, "من", g, d)} ولجأ إلى مناطق المعارضة.` },
];
const UNTITLED: ConventionCase[] = UNTITLED_VERBS.flatMap((verb) =>
  cases(
    `untitled/${verb.name}`,
    product({ man: UNTITLED_MEN, lineage: LINEAGES.slice(0, 7), d: RECENT.slice(0, 3) }).map(({ man, lineage, d }) => ({
      text: verb.say(man, lineage.wide.name, d.text),
      events: [ev(lineage.wide.id, 1, "defection", d.range)],
    })),
  ),
);
/** Not a man: a unit named after the verb (its people uncounted), the preposition "على" in an adverbial phrase. */
const UNTITLED_NOT: ConventionCase[] = [
  ...cases(
    "untitled-not/unit",
    product({ unit: ["لواء الحسن", "كتيبة الخالد", "مجموعة أبو علي"], lineage: LINEAGES.slice(0, 3), d: RECENT.slice(0, 3) }).map(({ unit, lineage, d }) => ({
      text: `${spaced("انشق", unit, "عن", lineage.wide.name, d.text)} والتحق بفصائل المعارضة.`,
      events: [ev(lineage.wide.id, null, "defection", d.range)],
    })),
  ),
  ...cases(
    "untitled-not/ala",
    product({ adverb: ["على الفور", "على الأرجح", "على الأقدام"], lineage: LINEAGES.slice(0, 3), d: RECENT.slice(0, 3) }).map(({ adverb, lineage, d }) => ({
      text: `وبعد الاشتباك ${spaced("فرّ", adverb, "من صفوف", lineage.wide.name, d.text)} عناصر الحاجز.`,
      events: [ev(lineage.wide.id, null, "desertion", d.range)],
    })),
  ),
];

export const NAMED_CASES: ConventionCase[] = [...APART, ...APART_NO_GROUP, ...SAME, ...UNTITLED, ...UNTITLED_NOT];
