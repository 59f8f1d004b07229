/**
 * The "heads" family (round 15, r15-heads): headlines, bylines and dates round 14 noticed and left, written from the
 * grammar of Arabic news, never from a report. Case ids "heads/<template>/<n>"; P = 2022-03-16, a Wednesday.
 * - a source label run in between the headline and the body («… دمشق - المرصد السوري: أعلن …»، «خاص – عنب بلدي:»),
 *   maybe after a kicker («وسط المعارك.. …»): the headline ends before the label, and the day after the body's verb of
 *   reporting dates the telling ([day − 7, day]), however long the verb's subject;
 * - a headline with a feminine present verb («كتيبة تنشق عن …»، «مجموعة تفر من …») is nominal as «عناصر ينشقون» is;
 * - a headline «انشقاق» over a body that tells a flight («فرّ») with no side reached: the body's verb gives the kind;
 * - a light verb with a day inside it («تمّ اليوم رصد انشقاق …»، «جرى أمس رصد فرار …»): the periphrastic passive
 *   names no teller, the day is the incident's;
 * - «وبلغ عددهم» after the second of two figureless tellings of one group: the figure is that telling's, and the two stay
 *   apart; and a sentence that refers back to the men after «وبلغ عددهم» still tells where they went (into hiding).
 */
import { ev, type ConventionCase, type Triple } from "../../extract/conventions/types";
import { GROUPS, P, PLACES, type GroupForm } from "./discourse-grammar";
import { familyCases, product } from "./product";

const PER_TEMPLATE = 60;

const cases = familyCases("heads", PER_TEMPLATE, P);

/** A day that dates a telling: the day, and the telling's range [day − 7, day]. */
const TELLING_DAYS: ReadonlyArray<{ text: string; day: [string, string]; told: [string, string] }> = [
  { text: "اليوم الأربعاء", day: ["2022-03-16", "2022-03-16"], told: ["2022-03-09", "2022-03-16"] },
  { text: "أمس", day: ["2022-03-15", "2022-03-15"], told: ["2022-03-08", "2022-03-15"] },
  { text: "يوم الأحد الماضي", day: ["2022-03-13", "2022-03-13"], told: ["2022-03-06", "2022-03-13"] },
];
const COUNTS: ReadonlyArray<{ text: string; value: Triple | null }> = [
  { text: "خمسة عناصر", value: [5, 5, 5] },
  { text: "12 عنصراً", value: [12, 12, 12] },
  { text: "عناصر", value: null },
];
/** The body's opening: a verb of reporting whose subject runs long before the day (more than five words). */
const LONG_TELLINGS: ReadonlyArray<(n: string, g: GroupForm, d: string) => string> = [
  (n, g, d) => `أعلن المكتب الإعلامي للمجلس المحلي في المنطقة، ${d}، أن ${n} من ${g.name} انشقوا ${g.feminine ? "عنها" : "عنه"}`,
  (n, g, d) => `قالت شبكة إخبارية محلية تغطي أخبار المنطقة، ${d}، إن ${n} من ${g.name} انشقوا ${g.feminine ? "عنها" : "عنه"}`,
];

/** Source labels: a place or the desk's word, a dash, the source, a colon. */
const LABELS: ReadonlyArray<{ name: string; text: string }> = [
  { name: "place-agency", text: "دمشق - المرصد السوري:" },
  { name: "desk-outlet", text: "خاص – عنب بلدي:" },
  { name: "outlet-desk", text: "ثقة - متابعات:" },
  // (round 16) a place of two words heading the label
  { name: "place2-outlet", text: "دير الزور - فرات بوست:" },
];
/** Headlines: a verbal noun, a subject with a present verb, both after a kicker. */
const LABEL_HEADLINES: ReadonlyArray<(g: GroupForm, p: string) => string> = [
  (g, p) => `انشقاقات جديدة في صفوف ${g.name} ${p}`,
  (g, p) => `عناصر ينشقون عن ${g.name} ${p}`,
  (g, p) => `وسط المعارك.. عناصر ينشقون عن ${g.name} ${p}`,
];
const SOURCE_LABEL: ConventionCase[] = LABELS.flatMap((l) =>
  cases(
    `source-label/${l.name}`,
    product({ group: GROUPS, head: LABEL_HEADLINES, tell: LONG_TELLINGS, count: COUNTS, day: TELLING_DAYS, place: PLACES }).map(({ group, head, tell, count, day, place }) => ({
      text: `${head(group, place)} ${l.text} ${tell(count.text, group, day.text)}.`,
      events: [ev(group.id, count.value, "defection", day.told)],
    })),
  ),
);

/** Headlines with a feminine present verb (a unit or a band as subject). */
const FEMININE_HEADLINES: ReadonlyArray<{ name: string; say: (g: GroupForm, p: string) => string }> = [
  { name: "katiba", say: (g, p) => `كتيبة تنشق عن ${g.name} ${p}` },
  { name: "majmua", say: (g, p) => `مجموعة تنشق عن ${g.name} ${p}` },
  { name: "majmua-flees", say: (g, p) => `مجموعة من العناصر تفر من ${g.name} ${p}` },
];
const FEMININE_PRESENT: ConventionCase[] = FEMININE_HEADLINES.flatMap((h) =>
  cases(
    `feminine-present/${h.name}`,
    product({ group: GROUPS, tell: LONG_TELLINGS, count: COUNTS, day: TELLING_DAYS, place: PLACES }).map(({ group, tell, count, day, place }) => ({
      text: `${h.say(group, place)} ${tell(count.text, group, day.text)}.`,
      events: [ev(group.id, count.value, "defection", day.told)],
    })),
  ),
);

const DAYS: ReadonlyArray<{ text: string; range: [string, string] }> = TELLING_DAYS.map((d) => ({ text: d.text, range: d.day }));
const FIGURES: ReadonlyArray<{ text: string; value: Triple }> = COUNTS.filter((c) => c.value !== null) as Array<{ text: string; value: Triple }>;

/** A headline «انشقاق» over a body that tells a flight with no side reached: a defection, as the text calls it انشقاق and
 * gives no destination (dev-reports README) — on its line, or run in. */
const FLIGHTS: ReadonlyArray<(n: string, g: GroupForm, d: string, p: string) => string> = [
  (n, g, d, p) => `فرّ ${n} من ${g.name} ${d} ${p}`,
  (n, g, d, p) => `أفادت مصادر محلية بأن ${n} من ${g.name} فرّوا ${d} ${p}`,
];
const BODY_KIND: ConventionCase[] = (["line", "run-in"] as const).flatMap((how) =>
  cases(
    `body-kind/${how}`,
    product({ group: GROUPS, flight: FLIGHTS, count: FIGURES, day: DAYS, place: PLACES }).map(({ group, flight, count, day, place }) => ({
      text: `انشقاق عناصر من ${group.name} ${place}${how === "line" ? "\n" : " "}${flight(count.text, group, day.text, place)}.`,
      events: [ev(group.id, count.value, "defection", day.range)],
    })),
  ),
);
/** Negative: the body tells «انشق» (or a flight to a side): a defection. */
const BODY_KIND_NOT: ConventionCase[] = cases(
  "not/body-kind",
  product({ group: GROUPS, count: FIGURES, day: DAYS, place: PLACES, body: ["انشق", "فرّ"] }).map(({ group, count, day, place, body }) => ({
    text: `فرار عناصر من ${group.name} ${place}\n${body} ${count.text} من ${group.name} ${day.text} ${place}${body === "فرّ" ? " ووصلوا إلى مناطق سيطرة الجيش الوطني" : ""}.`,
    events: [ev(group.id, count.value, "defection", day.range)],
  })),
);

/** A light verb with the day inside it: the day is the incident's. */
const LIGHT: ReadonlyArray<(n: string, g: GroupForm, d: string, p: string) => string> = [
  (n, g, d, p) => `تمّ ${d} رصد انشقاق ${n} من ${g.name} ${p}`,
  (n, g, d, p) => `${d}، تمّ رصد انشقاق ${n} من ${g.name} ${p}`,
  (n, g, d, p) => `جرى ${d} رصد انشقاق ${n} من ${g.name} ${p}`,
];
const LIGHT_DAY: ConventionCase[] = cases(
  "light-verb-day",
  product({ group: GROUPS, light: LIGHT, count: FIGURES, day: DAYS, place: PLACES }).map(({ group, light, count, day, place }) => ({
    text: `${light(count.text, group, day.text, place)}. ووصلوا إلى مناطق آمنة.`,
    events: [ev(group.id, count.value, "defection", day.range)],
  })),
);
/** Negative: a teller named (a verb of reporting with its subject): the day dates the telling. */
const LIGHT_DAY_NOT: ConventionCase[] = cases(
  "not/light-verb-teller",
  product({ group: GROUPS, count: FIGURES, day: TELLING_DAYS, place: PLACES, teller: ["رصدت شبكة محلية", "ذكرت مصادر محلية"] }).map(({ group, count, day, place, teller }) => ({
    text: `${teller} ${day.text} انشقاق ${count.text} من ${group.name} ${place}. ووصلوا إلى مناطق آمنة.`,
    events: [ev(group.id, count.value, "defection", day.told)],
  })),
);

const OFFICERS: ReadonlyArray<{ text: string; value: Triple }> = [
  { text: "ثمانية ضباط", value: [8, 8, 8] },
  { text: "12 ضابطاً", value: [12, 12, 12] },
  { text: "نحو 20 ضابطاً", value: [16, 20, 24] },
];
/** Two figureless tellings of one group, «وبلغ عددهم» after the second: two incidents, the figure the second's. */
const TWO_TELLINGS: ConventionCase[] = cases(
  "their-number/two-tellings",
  product({ group: GROUPS, figure: OFFICERS, day: DAYS, place: PLACES, crew: ["طاقم دبابة", "طاقم مدفع"] }).map(({ group, figure, day, place, crew }) => ({
    text: `انشق ${crew} من ${group.name} ${day.text} ${place} ووجّه نيرانه نحو رفاقه السابقين. وفي السياق ذاته، ذكرت مصادر محلية ${day.text} أن ضباطاً من ${group.name} انشقوا ووصلوا إلى الأردن. وبلغ عددهم ${figure.text}.`,
    events: [ev(group.id, null, "defection", day.range), ev(group.id, figure.value, "desertion", [addDays(day.range[0], -7), day.range[1]])],
  })),
);
/** After «وبلغ عددهم», a sentence that refers back to the men in hiding: a desertion. */
const HIDING_AFTER: ConventionCase[] = cases(
  "their-number/hiding-after",
  product({ group: GROUPS, figure: FIGURES, place: PLACES, hid: ["وداهمت دورية منازل كان المنشقون يختبئون فيها", "ولا يزال المنشقون متوارين عن الأنظار"] }).map(({ group, figure, place, hid }) => ({
    text: `أفادت مصادر محلية بأن عناصر انشقوا عن ${group.name} ${place}. وبلغ عددهم ${figure.text}. ${hid}.`,
    events: [ev(group.id, figure.value, "desertion")],
  })),
);

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const HEAD_CASES: ConventionCase[] = [...SOURCE_LABEL, ...FEMININE_PRESENT, ...BODY_KIND, ...BODY_KIND_NOT, ...LIGHT_DAY, ...LIGHT_DAY_NOT, ...TWO_TELLINGS, ...HIDING_AFTER];
