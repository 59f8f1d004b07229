/**
 * The "noticed" family (round 14, r14-left): classes of Arabic round 13 noticed and left, one template each, written
 * from the grammar of Arabic news, never copied from a report.
 *
 * - `announced/…` (class 1): a man announcing his own defection, «أعلن <man> <adverbial> انشقاقه عن X»: the man told
 *   by a kunya with no family name («أبو بكر»), with or without a title, and an adverbial between the subject and the
 *   verbal noun (an indefinite accusative «رسمياً», a prepositional phrase «في بيان مصور», «عبر حسابه»). One man: count 1.
 *   Negatives (`announced-not/…`): a man and his men (a plural pronoun, «انشقاقهم»), a unit named with a kunya
 *   («لواء أبو بكر»): no one counted.
 * - `anaphor/…` (class 2): the group named again by its head noun alone («انشقاقه عن الهيئة» after «هيئة تحرير
 *   الشام»), with another group of another head named between: the last group of that head is the one left.
 *   Negatives (`anaphor-not/…`): no group of that head named before, only one of another head («قوات النظام» …
 *   «عن الهيئة»): the head names no group the report told, so no event of the other group.
 * - `hedge/…` (class 4): «نحو» right before a numeral is a hedge («انشق نحو 50 عنصراً لقسد»: about 50 of the SDF's
 *   men), never "towards" the group after the figure. Negative (`hedge-not/…`): «نحو» before a group is towards it.
 * - `plural-announced/…` (class 5): men announcing their own defection («أعلنوا انشقاقهم») under a headline with a
 *   verb, their figure in the next sentence: the figure is the incident's.
 * - `lam/…` (class 7): a group after «لـ» written apart («لـ"قسد"») reads as the same group glued («لقسد»): the side
 *   joined after a verb of joining or of handing over, the umbrella after «التابع».
 */
import { about, ev, type ConventionCase, type ExpectedEvent } from "../../extract/conventions/types";
import { familyCases, GROUPS_LEFT, product, spaced } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("noticed", PER_TEMPLATE);


// ---- class 1: a man announcing his own defection ----
/** The man: a kunya with no family name, with or without a title, or with a family name. */
const KUNYA_MEN: readonly string[] = ["أبو بكر", "أبو عمر", "القيادي أبو حمزة", "أبو خالد الحموي", "الشيخ أبو عبد الله"];
/** Adverbials between the subject and the verbal noun. */
const ADVERBIALS: readonly string[] = ["", "رسمياً", "في بيان مصور", "عبر حسابه على تلغرام", "علناً"];
const ANNOUNCED: ConventionCase[] = ["أعلن", "وأعلن"].flatMap((lead) =>
  cases(
    `announced/${lead === "أعلن" ? "opening" : "and"}`,
    product({ man: KUNYA_MEN, gap: ADVERBIALS, group: GROUPS_LEFT }).map(({ man, gap, group }) => ({
      text: `${spaced(lead, man, gap, "انشقاقه عن", group.name)}، ووصل إلى مناطق المعارضة.`,
      events: [ev(group.id, 1, "defection")],
    })),
  ),
);
/** Not one man: the man and his men (a plural pronoun), a unit named with a kunya. */
const ANNOUNCED_NOT: ConventionCase[] = [
  ...cases(
    "announced-not/with-his-men",
    product({ man: KUNYA_MEN.slice(0, 2), gap: ADVERBIALS.slice(0, 3), group: GROUPS_LEFT }).map(({ man, gap, group }) => ({
      text: `${spaced("أعلن", man, "وعناصره", gap, "انشقاقهم عن", group.name)}.`,
      events: [ev(group.id, null, "defection")],
    })),
  ),
  ...cases(
    "announced-not/unit",
    product({ unit: ["لواء أبو بكر", "كتيبة أبو عمر"], gap: ADVERBIALS.slice(0, 3), group: GROUPS_LEFT }).map(({ unit, gap, group }) => ({
      text: `${spaced("أعلن", unit, gap, "انشقاقه عن", group.name)}.`,
      events: [ev(group.id, null, "defection")],
    })),
  ),
];

// ---- class 2: a group named again by its head noun ----
/** A group, its head noun with the article, and a group of another head named between. */
const HEADED: ReadonlyArray<{ id: string; name: string; head: string }> = [
  { id: "hts", name: "هيئة تحرير الشام", head: "الهيئة" },
  { id: "4th-division", name: "الفرقة الرابعة", head: "الفرقة" },
  { id: "liwa-al-quds", name: "لواء القدس", head: "اللواء" },
  { id: "isis", name: "تنظيم داعش", head: "التنظيم" },
  { id: "5th-corps", name: "الفيلق الخامس", head: "الفيلق" },
  { id: "ahrar-al-sham", name: "حركة أحرار الشام", head: "الحركة" },
  { id: "ndf", name: "ميليشيا الدفاع الوطني", head: "الميليشيا" },
];
const OTHERS: ReadonlyArray<{ id: string; name: string }> = [
  { id: "sdf", name: "قسد" },
  { id: "sna", name: "الجيش الوطني" },
];
/** The first sentence: the group named, then one of another head. */
const FIRST: ReadonlyArray<(g: string, o: string) => string> = [
  (g, o) => `شنت ${g} هجوماً على مواقع ${o} في ريف حلب.`,
  (g, o) => `وتتقاسم ${g} السيطرة على المنطقة مع ${o}.`,
];
/** The second: a leaving from the group named by its head. */
const SECOND: ReadonlyArray<{ name: string; say: (head: string) => string; count: number }> = [
  { name: "man", say: (h) => `وأعلن القيادي أبو بكر انشقاقه عن ${h} أمس.`, count: 1 },
  { name: "men", say: (h) => `وانشق ثلاثة عناصر عن ${h} أمس.`, count: 3 },
];
const ANAPHOR: ConventionCase[] = SECOND.flatMap((second) =>
  cases(
    `anaphor/${second.name}`,
    product({ g: HEADED, other: OTHERS, first: FIRST }).map(({ g, other, first }) => ({
      text: `${first(g.name, other.name)} ${second.say(g.head)}`,
      events: [ev(g.id, second.count, "defection")],
    })),
  ),
);
/** Another head only: no group of that head was named. */
const ANAPHOR_NOT: ConventionCase[] = SECOND.flatMap((second) =>
  cases(
    `anaphor-not/${second.name}`,
    product({ g: HEADED.filter((h) => h.id !== "ndf"), other: OTHERS, first: FIRST }).map(({ g, other, first }) => ({
      text: `${first("قوات النظام", other.name)} ${second.say(g.head)}`,
      events: [],
    })),
  ),
);

// ---- class 4: «نحو» before a numeral ----
const FIGURES: ReadonlyArray<{ text: string; n: number }> = [
  { text: "50 عنصراً", n: 50 },
  { text: "خمسين عنصراً", n: 50 },
  { text: "30 مقاتلاً", n: 30 },
  { text: "عشرين جندياً", n: 20 },
];
const OWN: ReadonlyArray<{ id: string; name: string }> = [
  { id: "sdf", name: "لقسد" },
  { id: "syrian-army", name: "للنظام" },
  { id: "isis", name: "لتنظيم داعش" },
  { id: "4th-division", name: "للفرقة الرابعة" },
];
const HEDGE_VERBS: ReadonlyArray<{ verb: string; kind: ExpectedEvent["kind"] }> = [
  { verb: "انشق", kind: "defection" },
  { verb: "فرّ", kind: "desertion" },
];
const HEDGE: ConventionCase[] = ["plain", "affiliated"].flatMap((how) =>
  cases(
    `hedge/${how}`,
    product({ v: HEDGE_VERBS, fig: FIGURES, g: OWN, hedge: ["نحو", "قرابة"] }).map(({ v, fig, g, hedge }) => ({
      text: `${spaced(v.verb, hedge, fig.text, how === "affiliated" ? "تابعين" : "", g.name)} في ريف دير الزور أمس.`,
      events: [ev(g.id, about(fig.n), v.kind)],
    })),
  ),
);
/** «نحو» before a group: towards it. */
const HEDGE_NOT: ConventionCase[] = cases(
  "hedge-not/towards",
  product({ fig: FIGURES, g: [{ id: "sdf", name: "قسد" }, { id: "sna", name: "الجيش الوطني" }] }).map(({ fig, g }) => ({
    text: `فرّ ${fig.text} من قوات النظام نحو ${g.name} أمس.`,
    events: [{ ...ev("syrian-army", fig.n, "defection"), destination: g.id }],
  })),
);

// ---- class 7: «لـ» written apart ----
const LAM_JOINED: ReadonlyArray<{ id: string; glued: string; apart: string }> = [
  { id: "sdf", glued: "لقسد", apart: 'لـ"قسد"' },
  { id: "sna", glued: "للجيش الوطني", apart: 'لـ"الجيش الوطني"' },
  { id: "hts", glued: "لهيئة تحرير الشام", apart: "لـ هيئة تحرير الشام" },
];
const LAM_FRAMES: ReadonlyArray<{ name: string; say: (g: string) => string }> = [
  { name: "joined", say: (g) => `انشق 10 عناصر من قوات النظام وانضموا ${g} أمس.` },
  { name: "handed-over", say: (g) => `انشق 10 عناصر من قوات النظام وسلموا أنفسهم ${g} أمس.` },
  { name: "arrival", say: (g) => `وأفادت مصادر بانشقاق 10 عناصر من قوات النظام ووصولهم ${g} أمس.` },
];
const LAM: ConventionCase[] = LAM_FRAMES.flatMap((frame) =>
  cases(
    `lam/${frame.name}`,
    product({ g: LAM_JOINED, written: ["glued", "apart"] as const }).map(({ g, written }) => ({
      text: frame.say(g[written]),
      events: [{ ...ev("syrian-army", 10, "defection"), destination: g.id }],
    })),
  ),
);

// ---- class 5: men announcing their own defection, their figure in the next sentence ----
/**
 * A headline with a verb ("عناصر من X ينشقون"), the body's telling with a verbal noun ("أعلن عناصر من X انشقاقهم")
 * and the men's figure in the sentence after it, with no trigger ("وأوضحت المصادر أن خمسة عناصر من X كانوا …"): the
 * figure is the incident's, whichever form the headline's trigger has.
 */
const PLURAL_GROUPS: ReadonlyArray<{ id: string; name: string }> = [
  { id: "sdf", name: "قسد" },
  { id: "syrian-army", name: "قوات النظام" },
  { id: "sna", name: "الجيش الوطني" },
];
const PLURAL_FIGURES: ReadonlyArray<{ text: string; n: number }> = [
  { text: "خمسة عناصر", n: 5 },
  { text: "سبعة مقاتلين", n: 7 },
  { text: "12 عنصراً", n: 12 },
];
const BODIES: ReadonlyArray<{ name: string; say: (g: string) => string }> = [
  { name: "announced", say: (g) => `أعلن عناصر من ${g} انشقاقهم في ريف دير الزور الشرقي.` },
  { name: "that-announced", say: (g) => `وأفادت مصادر محلية بأن عناصر من ${g} أعلنوا انشقاقهم في ريف دير الزور الشرقي.` },
];
const PLURAL_ANNOUNCED: ConventionCase[] = BODIES.flatMap((body) =>
  cases(
    `plural-announced/${body.name}`,
    product({ g: PLURAL_GROUPS, fig: PLURAL_FIGURES, headline: ["ينشقون", "يعلنون انشقاقهم"] }).map(({ g, fig, headline }) => ({
      text: `عناصر من ${g.name} ${headline} في دير الزور\n${body.say(g.name)} وأوضحت المصادر أن ${fig.text} من ${g.name} كانوا ضمن المجموعة.`,
      events: [ev(g.id, fig.n, "defection")],
    })),
  ),
);

export const NOTICED_CASES: ConventionCase[] = [...ANNOUNCED, ...ANNOUNCED_NOT, ...ANAPHOR, ...ANAPHOR_NOT, ...HEDGE, ...HEDGE_NOT, ...LAM, ...PLURAL_ANNOUNCED];
