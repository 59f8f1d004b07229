/**
 * The "restructured" family (round 14, issue 10): classes of story structure that `npm run -s eval:perturb`'s
 * restructurings found broken on real reports, written here from the grammar of Arabic news, never from a report.
 * Case ids "restructured/<template>/<n>".
 * - their number told after: an incident told without its figure, then a sentence that opens with «عددهم» (alone or
 *   after a verb of amounting: «وبلغ عددهم 12 عنصراً»، «ويُقدّر عددهم بنحو 40 عنصراً»، «ووصل عددهم إلى…») gives its
 *   count; negatives: a sentence that counts another set («وبلغ عدد القتلى في المعارك…»، «ويبلغ عدد عناصر X في
 *   المنطقة…») leaves the incident without a count.
 * - the group named before, then only its pronoun: a sentence that names a group, then the incident with «من صفوفه/ها»
 *   or «عنه/ها» by the people or the verb («تنتشر قوات X في المنطقة. وانشق 12 عنصراً من صفوفها أمس»), even when a
 *   side is named after it («وسلّموا أنفسهم لـY»); negative: a group named by the verb is the one left, whatever the
 *   sentence before named.
 * - one case counted: «سُجّلت حالة انشقاق جماعية لـ12 عنصراً من X» — the singular «حالة» with its people counted after
 *   «لـ» is one incident, not the phenomenon «حالات الانشقاق» (negatives in cues.ts CUE_EXAMPLES).
 * - the headline run into the body (r14-headline): a nominal headline (a verbal noun, or a subject with a present
 *   verb) with no mark after it, then the body opening verb first («أعلن/أفادت/ذكر …» or «انشق» with its subject):
 *   one incident, the body's; negative: a subject before a perfect verb («قوات X أعلنت انشقاق …») is one sentence.
 */
import { ev, type ConventionCase, type Triple } from "../../extract/conventions/types";
import { GROUPS, P, PLACES, RECENT, type GroupForm } from "./discourse-grammar";
import { familyCases, product } from "./product";

const PER_TEMPLATE = 60;

const cases = familyCases("restructured", PER_TEMPLATE, P);

const DATES = RECENT.slice(0, 3);
/** The incident told without its figure, verb first (its kind with it). */
const TOLD: ReadonlyArray<{ say: (g: string) => string; kind: "defection" | "desertion" }> = [
  { say: (g) => `انشق عناصر من ${g}`, kind: "defection" },
  { say: (g) => `فرّ جنود من ${g}`, kind: "desertion" },
  { say: (g) => `أفادت مصادر محلية بأن عناصر من ${g} انشقوا`, kind: "defection" },
];
/** "Their number", with the figure as the frame wants it. */
const THEIR_NUMBER: ReadonlyArray<{ say: (n: string, nB: string) => string; name: string }> = [
  { name: "balagha", say: (n) => `وبلغ عددهم ${n}` },
  { name: "yuqaddar", say: (_n, nB) => `ويُقدّر عددهم ${nB}` },
  { name: "wasala", say: (n) => `ووصل عددهم إلى ${n}` },
  { name: "bare", say: (n) => `وعددهم ${n}` },
];
const FIGURES: ReadonlyArray<{ n: string; nB: string; value: Triple }> = [
  { n: "12 عنصراً", nB: "بـ12 عنصراً", value: [12, 12, 12] },
  { n: "نحو 40 عنصراً", nB: "بنحو 40 عنصراً", value: [32, 40, 48] },
  { n: "سبعة عناصر", nB: "بسبعة عناصر", value: [7, 7, 7] },
];

const TOLD_BACK: ConventionCase[] = THEIR_NUMBER.flatMap((t) =>
  cases(
    `their-number/${t.name}`,
    product({ group: GROUPS, told: TOLD, figure: FIGURES, date: DATES, place: PLACES }).map(({ group, told, figure, date, place }) => ({
      text: `${told.say(group.name)} ${date.text} ${place}. ${t.say(figure.n, figure.nB)}.`,
      events: [ev(group.id, figure.value, told.kind, date.range)],
    })),
  ),
);

/** Negatives: the sentence after counts another set; the incident keeps no count. */
const ANOTHER_SET: ConventionCase[] = cases(
  "not/another-set",
  product({ group: GROUPS, told: TOLD, date: DATES, other: ["وبلغ عدد القتلى في المعارك 12 عنصراً", "ويبلغ عدد عناصر الحاجز نحو 40 عنصراً", "وبلغ عدد النازحين من القرية 300 شخص"] }).map(({ group, told, date, other }) => ({
    text: `${told.say(group.name)} ${date.text}. ${other}.`,
    events: [ev(group.id, null, told.kind, date.range)],
  })),
);

/** A sentence that names the group and tells no leaving (its verb agrees with the name). */
const NAMED_BEFORE: ReadonlyArray<(g: GroupForm) => string> = [
  (g) => `${g.feminine ? "تنتشر" : "ينتشر"} ${g.name} في المنطقة منذ سنوات`,
  (g) => `${g.feminine ? "تسيطر" : "يسيطر"} ${g.name} على عدد من القرى في المنطقة`,
];
const COUNTS: ReadonlyArray<{ text: string; value: Triple }> = [
  { text: "خمسة عناصر", value: [5, 5, 5] },
  { text: "12 عنصراً", value: [12, 12, 12] },
  { text: "نحو 40 مقاتلاً", value: [32, 40, 48] },
];
/** The incident with the group left as a pronoun. */
const BY_PRONOUN: ReadonlyArray<{ name: string; say: (n: string, g: GroupForm, d: string, p: string) => string }> = [
  { name: "ranks", say: (n, g, d, p) => `وانشق ${n} من صفوف${g.feminine ? "ها" : "ه"} ${d} ${p}` },
  { name: "an", say: (n, g, d, p) => `وانشق ${n} عن${g.feminine ? "ها" : "ه"} ${d} ${p}` },
  { name: "subject-first", say: (n, g, d, p) => `وقالت مصادر محلية إن ${n} من صفوف${g.feminine ? "ها" : "ه"} انشقوا ${d} ${p}` },
  { name: "side-after", say: (n, g, d, p) => `وانشق ${n} من صفوف${g.feminine ? "ها" : "ه"} ${d} ${p} وسلّموا أنفسهم لقوى الأمن الداخلي "الأسايش"` },
  { name: "an-side-after", say: (n, g, d, p) => `وانشق ${n} عن${g.feminine ? "ها" : "ه"} ${d} ${p} وسلّموا أنفسهم لقوى الأمن الداخلي "الأسايش"` },
];
const PRONOUN: ConventionCase[] = BY_PRONOUN.flatMap((f) =>
  cases(
    `group-pronoun/${f.name}`,
    product({ group: GROUPS, before: NAMED_BEFORE, count: COUNTS, date: DATES, place: PLACES }).map(({ group, before, count, date, place }) => ({
      text: `${before(group)}. ${f.say(count.text, group, date.text, place)}.`,
      events: [ev(group.id, count.value, "defection", date.range)],
    })),
  ),
);
/**
 * A wave in the regime's ranks told first, then a force of the regime named, then its men by the pronoun: one incident,
 * of the force named (its men are the wave's).
 */
const REGIME_FORCES = GROUPS.filter((g) => g.id === "ndf" || g.id === "4th-division");
const AFTER_A_WAVE: ConventionCase[] = cases(
  "group-pronoun/after-a-wave",
  product({ group: REGIME_FORCES, before: NAMED_BEFORE, count: COUNTS, date: DATES, place: PLACES }).map(({ group, before, count, date, place }) => ({
    text: `شهدت صفوف قوات النظام ${date.text} موجة انشقاق جديدة، تمثلت في فرار مجموعة من العناصر من إحدى القطعات العسكرية. و${before(group)}. وقالت مصادر محلية إن ${count.text} من صفوفها انشقوا ${date.text} ${place}.`,
    events: [ev(group.id, count.value, "defection", date.range)],
  })),
);

/** Negative: a group named by the verb is the one left, whatever the sentence before named. */
const NAMED_BY_VERB: ConventionCase[] = cases(
  "not/named-by-verb",
  product({ group: GROUPS, before: NAMED_BEFORE, count: COUNTS, date: DATES }).map(({ group, before, count, date }) => {
    const left = GROUPS.find((g) => g.id !== group.id)!;
    return { text: `${before(group)}. وانشق ${count.text} من ${left.name} ${date.text}.`, events: [ev(left.id, count.value, "defection", date.range)] };
  }),
);

const LAM_COUNTS: ReadonlyArray<{ text: string; value: Triple }> = [
  { text: "لـ12 عنصراً", value: [12, 12, 12] },
  { text: "لنحو 40 عنصراً", value: [32, 40, 48] },
  { text: "لخمسة عناصر", value: [5, 5, 5] },
];
const ONE_CASE: ConventionCase[] = cases(
  "one-case-counted",
  product({ group: GROUPS, masdar: [{ w: "انشقاق", kind: "defection" as const }, { w: "فرار", kind: "desertion" as const }], adj: ["جماعية ", ""], count: LAM_COUNTS, place: PLACES }).map(({ group, masdar, adj, count, place }) => ({
    // (told with no day of its own, as a source's report is: a trend word would need one to stand)
    text: `وأفاد مصدر محلي بأنه سُجّلت حالة ${masdar.w} ${adj}${count.text} من ${group.name} ${place}.`,
    events: [ev(group.id, count.value, masdar.kind)],
  })),
);

/** Headlines: a verbal noun, or a subject with a present verb (no figure: the body's counts). */
const HEADLINES: ReadonlyArray<{ name: string; say: (g: GroupForm, p: string) => string }> = [
  { name: "masdar", say: (g, p) => `انشقاقات جديدة في صفوف ${g.name} ${p}` },
  { name: "present", say: (g, p) => `عناصر ينشقون عن ${g.name} ${p}` },
  { name: "masdar-plus", say: (g, p) => `انشقاق عناصر من ${g.name} ووصولهم إلى مناطق المعارضة ${p}` },
];
/** The body's opening, verb first with its subject after it. */
const OPENINGS: ReadonlyArray<(n: string, g: GroupForm, d: string, p: string) => string> = [
  (n, g, d, p) => `أعلن ناشطون محليون انشقاق ${n} من ${g.name} ${d} ${p}`,
  (n, g, d, p) => `أفادت مصادر محلية بأن ${n} من ${g.name} انشقوا ${d} ${p}`,
  (n, g, d, p) => `ذكر مراسل الشبكة أن ${n} من ${g.name} انشقوا ${d} ${p}`,
  (n, g, d, p) => `انشق ${n} من ${g.name} ${d} ${p}`,
];
const HEADLINE_BARE: ConventionCase[] = HEADLINES.flatMap((h) =>
  cases(
    `headline-bare/${h.name}`,
    product({ group: GROUPS, open: OPENINGS, count: COUNTS, date: DATES, place: PLACES }).map(({ group, open, count, date, place }) => ({
      text: `${h.say(group, place)} ${open(count.text, group, date.text, place)}. ووصلوا إلى مناطق آمنة.`,
      events: [ev(group.id, count.value, "defection", date.range)],
    })),
  ),
);
/** An officer and his men: the headline counts them, the body tells the officer's own announcement and his companions. */
const RANKS = ["ملازم أول", "نقيب", "مساعد"];
const COMPANIONS: ReadonlyArray<{ subj: string; gen: string; others: string; n: number }> = [
  { subj: "11 مجنداً", gen: "11 مجنداً", others: "11 مجنداً", n: 11 },
  { subj: "ثلاثة عناصر", gen: "ثلاثة عناصر", others: "ثلاثة آخرون", n: 3 },
  { subj: "خمسة جنود", gen: "خمسة جنود", others: "خمسة آخرون", n: 5 },
];
const WITH_COMPANIONS: ReadonlyArray<{ name: string; say: (r: string, c: (typeof COMPANIONS)[number], g: GroupForm, d: string, p: string) => string }> = [
  { name: "present", say: (r, c, g, d, p) => `${r} و${c.subj} ينشقون عن ${g.name} ${p} أعلن ${r} انشقاقه عن ${g.name} ${d}، ومعه ${c.gen} من عناصر حاجز قريب، وانضمامهم إلى الجيش الحر` },
  { name: "masdar", say: (r, c, g, d, p) => `انشقاق ${r} و${c.gen} عن ${g.name} ${p} أعلن ال${r} سامر الحسين انشقاقه عن ${g.name} ${d}، وبرفقته ${c.others} من عناصر حاجز قريب` },
];
const HEADLINE_COMPANIONS: ConventionCase[] = WITH_COMPANIONS.flatMap((f) =>
  cases(
    `headline-bare/companions-${f.name}`,
    product({ group: GROUPS, rank: RANKS, c: COMPANIONS, date: DATES, place: PLACES }).map(({ group, rank, c, date, place }) => ({
      text: `${f.say(rank, c, group, date.text, place)}.`,
      events: [ev(group.id, [c.n + 1, c.n + 1, c.n + 1], "defection", date.range)],
    })),
  ),
);
/** The headline names the regime's forces, the body the force of the regime the men left. */
const REGIME_UNITS = GROUPS.filter((g) => g.id === "ndf" || g.id === "4th-division");
const HEADLINE_UMBRELLA: ConventionCase[] = cases(
  "headline-bare/umbrella",
  product({ group: REGIME_UNITS, count: COUNTS, date: DATES, place: PLACES }).map(({ group, count, date, place }) => ({
    text: `انشقاق عناصر من قوات النظام ${place} انشق ${count.text} من ${group.name} ${date.text}، وعبروا نحو مناطق المعارضة.`,
    events: [ev(group.id, count.value, "defection", date.range)],
  })),
);
/** Negative: the subject before a perfect verb is one sentence with it (no headline to cut off). */
const SUBJECT_FIRST: ConventionCase[] = cases(
  "not/headline-subject-first",
  product({ group: GROUPS, subject: ["مصدر محلي أكد", "المرصد السوري ذكر", "مصادر محلية أكدت"], count: COUNTS, date: DATES, place: PLACES }).map(({ group, subject, count, date, place }) => ({
    text: `${subject} انشقاق ${count.text} من ${group.name} ${date.text} ${place}. ووصلوا إلى مناطق آمنة.`,
    events: [ev(group.id, count.value, "defection", date.range)],
  })),
);

export const RESTRUCTURED_CASES: ConventionCase[] = [...HEADLINE_BARE, ...HEADLINE_COMPANIONS, ...HEADLINE_UMBRELLA, ...SUBJECT_FIRST, ...ONE_CASE, ...TOLD_BACK, ...ANOTHER_SET, ...PRONOUN, ...AFTER_A_WAVE, ...NAMED_BY_VERB];
