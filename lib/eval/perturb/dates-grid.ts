/**
 * Breadth beyond the corpora (CheckList "invariance" on short reports): the forms outlets use for one
 * date, each written into the same one-sentence report, and each placed elsewhere in a short report (opening
 * the sentence, between verb and figure, in a masdar phrase, in the headline only), must all give the range
 * the first form gives.
 * The dated events of our corpora hold only the forms their outlets chose; this grid holds the others
 * (every month in every series and pairing, every time of day with every day word, numeric formats,
 * span and past words). Pure: the extractor is passed in.
 */
import { daysBetween } from "../../time/day";
import type { PublicationWindow } from "../../time/types";
import type { CheckCase, Extract } from "./dates";
import { meets, shiftExpectation, shiftWindow, widenedWindows, type Expectation } from "./dates-direction";
import { MONTH_SERIES } from "./dates-words";

/** Forms of one date: the first is the reference. */
export interface FormSet {
  name: string;
  forms: readonly string[];
}

const TIMES_OF_DAY = ["فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ساعات فجر", "منتصف ليل", "صبيحة"];
const DAY_WORDS = ["أمس", "البارحة", "أول أمس", "أمس الأول", "قبل أمس", "اليوم", "يوم أمس", "الأحد", "يوم الأحد", "الأحد الماضي", "السبت الفائت", "يوم الإثنين الماضي", "أول من أمس"];
const MONTH_CONTEXTS = (m: string) => [`في ${m}`, `${m} الماضي`, `في 5 ${m} 2019`, `مطلع ${m}`, `منتصف ${m} الفائت`, `${m} 2019م`, `أواخر شهر ${m} الماضي`, `في الخامس من ${m}`, `خلال شهر ${m}`];

export const FORM_SETS: readonly FormSet[] = [
  ...DAY_WORDS.map((d) => ({ name: "time of day × day word", forms: [d, ...TIMES_OF_DAY.map((t) => `${t} ${d}`)] })),
  ...["أمس", "الأحد"].map((d) => ({ name: "time of day after the day", forms: [d, ...["صباحاً", "مساءً", "ليلاً", "فجراً", "ظهراً"].map((t) => `${d} ${t}`)] })),
  ...MONTH_SERIES.flatMap(([lev, egy]) =>
    MONTH_CONTEXTS(lev).map((reference, i) => ({
      name: "month series and pairings",
      forms: [reference, ...[egy, `${lev}/${egy}`, `${egy} (${lev})`, `${lev} (${egy})`, `${egy}/${lev}`, `${lev} - ${egy}`, `${lev}/ ${egy}`].map((form) => MONTH_CONTEXTS(form)[i])],
    })),
  ),
  { name: "numeric dates", forms: ["12 نيسان 2019", "12/4/2019", "2019-04-12", "12-4-2019", "12.4.2019", "12/04/2019م", "١٢/٤/٢٠١٩", "يوم 12/4/2019", "بتاريخ 12/4/2019", "في 2019/4/12"] },
  { name: "span words", forms: ["خلال الأيام الماضية", "في غضون الأيام الماضية", "على مدى الأيام الماضية", "على مدار الأيام الماضية", "خلال الأيام القليلة الماضية"] },
  { name: "span words", forms: ["خلال الأسبوع الماضي", "على مدار الأسبوع الماضي", "في غضون الأسبوع الماضي", "خلال الأسبوع المنصرم", "خلال الأسبوع الفائت", "خلال الأسبوع المنقضي"] },
  { name: "span words", forms: ["خلال الشهر الماضي", "على مدى الشهر الماضي", "في غضون الشهر الماضي", "الشهر المنقضي", "الشهر المنصرم", "في الشهر السابق"] },
  { name: "span words", forms: ["خلال اليومين الماضيين", "على مدى اليومين الماضيين", "في غضون اليومين الماضيين"] },
  { name: "span words", forms: ["العام الماضي", "العام المنصرم", "السنة الماضية", "العام الفائت", "العام المنقضي"] },
  { name: "span words", forms: ["خلال الساعات الـ24 الماضية", "خلال الـ24 ساعة الماضية", "خلال 24 ساعة الماضية", "خلال الأربع والعشرين ساعة الماضية"] },
  { name: "days counted back", forms: ["منذ يومين", "قبل يومين", "منذ يومان"] },
  { name: "days counted back", forms: ["منذ 3 أيام", "قبل ثلاثة أيام", "منذ ثلاثة أيام", "قبل 3 أيام", "منذ ٣ أيام"] },
  { name: "parts of the week and month", forms: ["مطلع الأسبوع الجاري", "بداية الأسبوع الحالي", "أوائل هذا الأسبوع", "مطلع هذا الأسبوع"] },
  { name: "parts of the week and month", forms: ["في 5 من الشهر الجاري", "في الخامس من الشهر الجاري", "في الخامس من الشهر الحالي", "في 5 الشهر الجاري", "في الـ5 من الشهر الجاري", "يوم 5 من الشهر الحالي"] },
  { name: "parts of the week and month", forms: ["في آذار الجاري", "في آذار الحالي", "خلال الشهر الجاري", "هذا الشهر"] },
  { name: "today and nights", forms: ["صباح اليوم", "صباح اليوم الأربعاء", "اليوم الأربعاء", "صباح الأربعاء", "هذا الصباح", "في وقت مبكر من صباح اليوم", "في ساعات الصباح الأولى من اليوم"] },
  { name: "today and nights", forms: ["ليل الأحد", "ليل يوم الأحد", "مساء الأحد", "في ساعة متأخرة من ليل الأحد", "في الساعات الأولى من صباح الأحد"] },
  { name: "today and nights", forms: ["ليلة السبت على الأحد", "ليل السبت - الأحد", "ليلة السبت/الأحد", "ليل السبت على الأحد", "ليل السبت-الأحد"] },
  { name: "recency words", forms: ["مؤخراً", "مؤخرا", "في الآونة الأخيرة", "في الفترة الأخيرة", "خلال الفترة الأخيرة", "حديثاً", "خلال الآونة الأخيرة", "في الفترة الماضية", "خلال الفترة الماضية"] },
  { name: "recency words", forms: ["قبل أيام", "منذ أيام", "قبل بضعة أيام", "منذ عدة أيام", "قبل أيام قليلة", "منذ أيام قليلة", "قبل عدة أيام", "منذ بضعة أيام"] },
  { name: "recency words", forms: ["قبل أسابيع", "منذ أسابيع", "قبل عدة أسابيع", "منذ بضعة أسابيع", "قبل أسابيع قليلة"] },
  { name: "recency words", forms: ["قبل أشهر", "منذ أشهر", "قبل عدة أشهر", "منذ شهور", "قبل بضعة أشهر", "منذ عدة شهور"] },
  { name: "days counted back", forms: ["قبل شهر", "منذ شهر", "قبل شهر واحد", "منذ نحو شهر", "قبل حوالي شهر"] },
  { name: "days counted back", forms: ["قبل ثلاثة أسابيع", "منذ ثلاثة أسابيع", "قبل 3 أسابيع", "منذ 3 أسابيع"] },
  { name: "weekday with its date", forms: ["أمس الثلاثاء", "يوم أمس الثلاثاء", "أمس (الثلاثاء)"] },
  { name: "weekday with its date", forms: ["الأحد 13 آذار", "يوم الأحد 13 آذار", "الأحد (13 آذار)", "الأحد، 13 آذار", "الأحد الموافق 13 آذار", "يوم الأحد الموافق 13/3/2022"] },
  { name: "parts of the year", forms: ["منتصف الشهر الماضي", "أواسط الشهر الماضي", "في منتصف شهر شباط الماضي", "منتصف شباط المنصرم"] },
  { name: "parts of the year", forms: ["نهاية العام الماضي", "أواخر العام الماضي", "أواخر العام المنصرم", "نهاية السنة الماضية", "أواخر عام 2021", "نهاية 2021"] },
  { name: "parts of the year", forms: ["بداية العام الجاري", "مطلع العام الحالي", "مطلع هذا العام", "بداية السنة الحالية", "أوائل العام الجاري", "مطلع 2022"] },
  { name: "ranges", forms: ["بين 3 و5 آذار", "من 3 إلى 5 آذار", "ما بين 3 و5 آذار", "خلال الفترة من 3 إلى 5 آذار", "من 3 حتى 5 آذار", "بين الثالث والخامس من آذار", "3-5 آذار", "بين 3 و5 آذار/مارس", "من 3 ولغاية 5 آذار", "في الفترة الممتدة بين 3 و5 آذار"] },
  { name: "ranges", forms: ["بين 28 شباط و3 آذار", "من 28 شباط إلى 3 آذار", "من 28 شباط حتى 3 آذار الجاري", "ما بين 28 شباط و3 آذار"] },
  { name: "ranges", forms: ["بين عامي 2012 و2014", "من 2012 إلى 2014", "خلال الفترة من 2012 حتى 2014", "بين 2012 و2014", "2012-2014"] },
  { name: "ranges", forms: ["خلال شهري كانون الثاني وشباط", "في كانون الثاني وشباط", "بين كانون الثاني وشباط", "خلال يناير وفبراير"] },
  { name: "ranges", forms: ["منذ مطلع العام", "منذ بداية العام الجاري", "منذ بداية هذا العام", "منذ مطلع 2022"] },
  { name: "ranges", forms: ["منذ بداية الشهر", "منذ مطلع الشهر الجاري", "منذ أول الشهر", "منذ بداية آذار"] },
  { name: "years", forms: ["في 2019", "في عام 2019", "خلال العام 2019", "سنة 2019", "عام 2019م", "في العام ألفين وتسعة عشر", "على مدى عام 2019"] },
  { name: "years", forms: ["في نيسان 2019", "في شهر نيسان من عام 2019", "في نيسان من العام 2019", "خلال شهر 4 من عام 2019", "في الشهر الرابع من 2019", "في 4/2019", "في أبريل/نيسان 2019م"] },
];

/** P of the grid: Wednesday 2022-03-16. */
export const GRID_PUBLISHED = { start: "2022-03-16", end: "2022-03-16" };

/** The reports a form is written into: the first is the reference frame; the others place the date elsewhere. */
export const FRAMES: ReadonlyArray<{ name: string; write: (form: string) => string; skip?: (form: string) => boolean }> = [
  { name: "after the verb", write: (d) => `انشق 5 عناصر من الفرقة الرابعة ${d} في ريف درعا.` },
  { name: "opening the sentence, with a comma", write: (d) => `${d}، انشق 5 عناصر من الفرقة الرابعة في ريف درعا.` },
  { name: "opening the sentence, no comma", write: (d) => `${d} انشق 5 عناصر من الفرقة الرابعة في ريف درعا.` },
  { name: "between the verb and the figure", write: (d) => `وفر ${d} 3 عناصر من الدفاع الوطني باتجاه مناطق المعارضة.` },
  { name: "inside a masdar phrase", write: (d) => `تمكن 4 عناصر من قوات النظام من الانشقاق ${d} والوصول إلى إدلب.` },
  { name: "inside what a reporting verb says", write: (d) => `قالت مصادر محلية إن 5 عناصر من الفرقة الرابعة انشقوا ${d} في ريف درعا.` },
  // ("وكان ذلك اليوم" is also "that was that day": not a form for this frame)
  { name: "in the next sentence (وكان ذلك)", write: (d) => `انشق 5 عناصر من الفرقة الرابعة في ريف درعا. وكان ذلك ${d}.`, skip: (d) => d.startsWith("اليوم") },
  { name: "in a clause of their arrival", write: (d) => `انشق 5 عناصر من الفرقة الرابعة، ووصلوا ${d} إلى مناطق المعارضة.` },
  { name: "in the headline only", write: (d) => `انشقاق 5 عناصر من الفرقة الرابعة ${d}\nأفادت مصادر محلية بانشقاق خمسة عناصر من الفرقة الرابعة في ريف درعا.` },
];

/** Days that date a telling ("قالت مصادر أمس إن …"), and the frames of reporting verbs they may stand in. */
export const TELLING_DAYS = ["أمس", "اليوم", "الأحد", "يوم الأحد", "الأحد الماضي", "يوم أمس", "مساء أمس", "في 13 آذار", "فجر اليوم", "أول أمس"];
export const TELLING_FRAMES: ReadonlyArray<(day: string) => string> = [
  (d) => `قالت مصادر محلية ${d} إن 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا.`,
  (d) => `أفادت مصادر محلية ${d} بأن 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا.`,
  (d) => `ذكرت شبكة محلية ${d} أن 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا.`,
  (d) => `وأكدت مصادر محلية ${d} أن 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا.`,
  (d) => `نقلت وكالة الأناضول عن مصادر خاصة ${d} أن 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا.`,
  (d) => `قالت مصادر محلية، ${d}، إن 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا.`,
  (d) => `انشق 5 عناصر من الفرقة الرابعة في ريف درعا، وفق ما أفادت مصادر محلية ${d}.`,
  (d) => `انشق 5 عناصر من الفرقة الرابعة في ريف درعا، بحسب ما ذكرته شبكة محلية ${d}.`,
  (d) => `أعلنت فصائل المعارضة ${d} انشقاق 5 عناصر من الفرقة الرابعة في ريف درعا.`,
  (d) => `كشفت مصادر محلية ${d} عن انشقاق 5 عناصر من الفرقة الرابعة في ريف درعا.`,
  (d) => `تحدثت مصادر محلية ${d} عن انشقاق 5 عناصر من الفرقة الرابعة في ريف درعا.`,
  (d) => `أفادت مصادر محلية ${d} بانشقاق 5 عناصر من الفرقة الرابعة في ريف درعا.`,
  (d) => `رصدت شبكة محلية ${d} انشقاق 5 عناصر من الفرقة الرابعة في ريف درعا.`,
];

/** The one-sentence report of the reference frame. */
export function gridReport(form: string): string {
  return FRAMES[0].write(form);
}

/**
 * Every form of every set in every frame against the set's first form in the first frame (which must be
 * read, not defaulted). Cases of the first frame are named by their set, the others by their frame.
 */
export function gridCases(extract: Extract): CheckCase[] {
  const out: CheckCase[] = [];
  const rangeOf = (text: string) => {
    const events = extract(text, GRID_PUBLISHED);
    if (events.length !== 1) return `${events.length} events`;
    const d = events[0].date;
    return d.basis === "default" ? "default" : `${d.start}..${d.end}`;
  };
  const wants = FORM_SETS.map((set) => rangeOf(gridReport(set.forms[0])));
  const done = new Set<string>();
  FRAMES.forEach((frame, k) => {
    FORM_SETS.forEach((set, j) => {
      for (const form of k === 0 ? set.forms.slice(1) : set.forms) {
        // (a form shared by two sets is placed once)
        if (k > 0 && (done.has(`${k}:${form}`) || frame.skip?.(form))) continue;
        done.add(`${k}:${form}`);
        const got = rangeOf(frame.write(form));
        const ok = got === wants[j] && wants[j].includes("..");
        const perturbation = k === 0 ? set.name : `placed ${frame.name}`;
        out.push({ report: "grid", family: "short reports", perturbation, label: `${set.forms[0]} → ${form}`, phrase: form, ok, problem: ok ? null : `want ${wants[j]} («${set.forms[0]}»), got ${got}` });
      }
    });
  });
  // Direction on every form: P widened to its month or ±3 days never narrows a range; P moved by a week,
  // to the next month's start or into the next year moves a day-relative range with it.
  for (const form of new Set(FORM_SETS.flatMap((set) => set.forms))) {
    const [original] = extract(gridReport(form), GRID_PUBLISHED);
    if (!original) continue;
    const was = { start: original.date.start, end: original.date.end };
    const checks: Array<[string, PublicationWindow, Expectation | null]> = [
      ...widenedWindows(GRID_PUBLISHED).map((w): [string, PublicationWindow, Expectation] => [w.name, w.published, { kind: "contains" }]),
      ...[7, 16, 291].map((d): [string, PublicationWindow, Expectation | null] => [`P + ${d} days`, shiftWindow(GRID_PUBLISHED, d), shiftExpectation(original.date.basis === "default" ? null : form, d)]),
    ];
    for (const [name, published, expect] of checks) {
      if (!expect) continue;
      const got = extract(gridReport(form), published);
      const ok = got.length === 1 && meets(was, expect, { start: got[0].date.start, end: got[0].date.end });
      out.push({ report: "grid", family: "short reports", perturbation: `direction: ${name.startsWith("P +") ? "P moved" : "P widened"}`, label: `${name}: ${form}`, phrase: form, ok, problem: ok ? null : `${expect.kind} of ${was.start}..${was.end}, got ${got.map((e) => `${e.date.start}..${e.date.end}`).join(", ") || "nothing"}` });
    }
  }
  // A day that dates the telling bounds the incident, [day − 7, day], under every reporting verb.
  for (const day of TELLING_DAYS) {
    const want = rangeOf(TELLING_FRAMES[0](day));
    const bound = want.includes("..") && daysBetween(want.slice(0, 10), want.slice(12)) === 7;
    TELLING_FRAMES.slice(1).forEach((frame, k) => {
      const got = rangeOf(frame(day));
      const ok = bound && got === want;
      out.push({ report: "grid", family: "short reports", perturbation: "the telling's day under every reporting verb", label: `frame ${k + 1}: ${day}`, phrase: day, ok, problem: ok ? null : `want ${want} (a bound of 8 days), got ${got}` });
    });
  }
  return out;
}
