/**
 * Religious periods through the Umm al-Qura calendar of hijri.ts (round 3): "عيد الفطر" (1–3 Shawwal),
 * "عيد الأضحى" (10–13 Dhu al-Hijja), "وقفة عرفة" (9 Dhu al-Hijja), "ليلة القدر" (27 Ramadan), "عاشوراء" (10
 * Muharram), "رأس السنة الهجرية" (1 Muharram), "المولد النبوي" (12 Rabi' I); one of their days ("أول أيام
 * عيد الأضحى"، "ثاني أيام عيد الفطر"، "اليوم الأخير من عيد الفطر"); days of a Hijri month ("أول أيام رمضان"،
 * "العشر الأواخر من رمضان"، "منتصف شهر رمضان"); and a Hijri month or feast in a Gregorian year ("رمضان 2014"،
 * "عيد الفطر عام 2013"). Without a year: the latest one begun by P; with الماضي: the latest one ended
 * before P; with المقبل: the first one after P (future). ("رمضان الماضي" alone is hijri-months.ts.)
 */
import * as $calendar from "../calendar";
import * as $convention from "../convention";
import * as $hijri from "../hijri";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import * as $hijri_months from "./hijri-months";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { day, plusYears, year: yearOf } = $calendar;
const { soFar } = $convention;
const { hijriDaysFor, hijriDaysInGregorianYear } = $hijri;
const { alt, CURRENT, f, LD, LP, NEXT, ORDINAL, ORDINAL_FIRST_WORDS, ORDINAL_WORDS, PART_FIRST_WORDS, PART_WORD, partOf, PAST, R, relationOf } = $lexicon;
const { anchors, DIGIT, firstWords, resolver, rule, spanEnd, spanStart } = $make;
const { FIRST_WORDS: HIJRI_FIRST_WORDS, HIJRI_MONTH, HIJRI_NUMBER } = $hijri_months;

/** [Hijri month, first day, last day] of each feast. */
const FEASTS = new Map<string, [number, number, number]>();
for (const [forms, v] of [
  ["عيد الفطر|العيد الصغير|عيد الفطر السعيد", [10, 1, 3]],
  ["عيد الأضحى|عيد الاضحى|العيد الكبير", [12, 10, 13]],
  ["وقفة عرفة|يوم عرفة|يوم عرفات|وقفة عرفات", [12, 9, 9]],
  ["ليلة القدر", [9, 27, 27]],
  ["عاشوراء|يوم عاشوراء", [1, 10, 10]],
  ["رأس السنة الهجرية|السنة الهجرية الجديدة", [1, 1, 1]],
  ["المولد النبوي|ذكرى المولد النبوي|المولد النبوي الشريف", [3, 12, 12]],
] as Array<[string, [number, number, number]]>) {
  for (const w of forms.split("|")) FEASTS.set(f(w), v);
}
const FEAST = alt([...FEASTS.keys()].join("|"));
const HONORIFIC = alt("المبارك|السعيد|الشريف|الفضيل|الكريم");
const NTH = new Map<string, number>([["اول", 1], ["ثاني", 2], ["ثالث", 3], ["رابع", 4], ["الاول", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["اخر", -1], ["الاخير", -1]]);
const TAIL =
  `(?: (?<q>${PAST}|${CURRENT}|${NEXT})| (?:${alt("من")} )?(?:${alt("عام|العام|سنة")} )?(?<gy>(?:19|20)\\d\\d)(?![0-9])` +
  `| (?:${alt("من")} )?${alt("العام|السنة")} (?<gq>${PAST}|${CURRENT}))?`;
const DAY_OF = `(?:(?<nth>${alt("أول|ثاني|ثالث|رابع|آخر")}) (?:${alt("أيام")}|${alt("يوم")} ${alt("من|في")}) |${alt("اليوم")} (?<nth2>${alt("الأول|الثاني|الثالث|الرابع|الأخير")}) ${alt("من|في")} )`;

type Rel = "bare" | "past" | "current" | "next";

function reading(m: RegExpExecArray, hm: number, from: number, to: number, grain: "day" | "span" | "month"): Reading | null {
  const g = m.groups!;
  const base = { start: spanStart(m), end: spanEnd(m), grain, kind: grain === "day" ? ("day" as const) : ("period" as const) };
  if (g.gy) {
    const gy = Number(g.gy);
    return { ...base, resolve: resolver(() => hijriDaysInGregorianYear(gy, hm, from, to)) };
  }
  if (g.gq) {
    // "رمضان من العام الماضي": the one that begins in the Gregorian year before P's.
    const back = relationOf(g.gq) === "past" ? -1 : 0;
    // ("… من العام الجاري": the current one, as far as P)
    return { ...base, resolve: resolver((P) => (back === 0 ? soFar(hijriDaysInGregorianYear(yearOf(P), hm, from, to), P) : hijriDaysInGregorianYear(yearOf(P) + back, hm, from, to))) };
  }
  const rel: Rel | null = g.q ? relationOf(g.q) : "bare";
  if (!rel) return null;
  return { ...base, resolve: resolver((P) => (rel === "current" ? soFar(hijriDaysFor(P, hm, from, to, rel), P) : hijriDaysFor(P, hm, from, to, rel))) };
}

/** The n-th day (−1 = last) of days from..to. */
function nthDay(n: number | undefined, from: number, to: number): [number, number] {
  if (n === undefined) return [from, to];
  if (n === -1) return [to, to];
  return [Math.min(from + n - 1, to), Math.min(from + n - 1, to)];
}

/** Fixed-date Gregorian holidays: [month, day]. */
const HOLIDAYS = new Map<string, [number, number]>();
for (const [forms, v] of [
  ["عيد الميلاد المجيد|عيد الميلاد|الميلاد المجيد", [12, 25]],
  ["ليلة عيد الميلاد|عشية عيد الميلاد", [12, 24]],
  ["رأس السنة الميلادية|رأس السنة|السنة الميلادية الجديدة|يوم رأس السنة", [1, 1]],
  ["ليلة رأس السنة|عشية رأس السنة", [12, 31]],
  ["عيد العمال", [5, 1]],
] as Array<[string, [number, number]]>) {
  for (const w of forms.split("|")) HOLIDAYS.set(f(w), v);
}
const HOLIDAY = alt([...HOLIDAYS.keys()].join("|"));

export const religious: RuleModule = {
  name: "religious periods",
  rules: [
    rule(
      "feast",
      `${LP}(?<x>${DAY_OF}?(?<feast>${FEAST})(?: ${HONORIFIC})?${TAIL})${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const feast = FEASTS.get(g.feast);
        if (!feast) return null;
        const [hm, from, to] = feast;
        const n = NTH.get(g.nth ?? g.nth2 ?? "");
        const [a, b] = nthDay(n, from, to);
        return reading(m, hm, a, b, a === b ? "day" : "span");
      },
      firstWords(`أول|ثاني|ثالث|رابع|آخر|اليوم|${[...FEASTS.keys()].join("|")}`),
    ),
    rule(
      "hijri-month-days",
      `${LP}(?<x>(?:${DAY_OF}|(?<part>${PART_WORD}) |(?<ten>${alt("العشر الأواخر|العشر الأوائل|العشر الأول|العشر الأخيرة")}) ${alt("من")} )(?:${alt("شهر")} )?(?<hm>${HIJRI_MONTH})(?: ${HONORIFIC})?${TAIL})${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const hm = HIJRI_NUMBER.get(g.hm);
        if (!hm) return null;
        if (g.part || g.ten) {
          const part = g.ten ? (g.ten.includes(f("الأواخر")) || g.ten.includes(f("الأخيرة")) ? "late" : "early") : partOf(g.part);
          const [a, b] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, 30];
          return reading(m, hm, a, b, "span");
        }
        const [a, b] = nthDay(NTH.get(g.nth ?? g.nth2 ?? ""), 1, 30);
        return reading(m, hm, a, b, "day");
      },
      [...new Set([...firstWords("أول|ثاني|ثالث|رابع|آخر|اليوم|العشر"), ...PART_FIRST_WORDS])],
      anchors(HIJRI_FIRST_WORDS.join("|"), 5),
    ),
    rule(
      "holiday",
      `${LP}(?<x>(?<h>${HOLIDAY})(?! ${alt("الدراسية|الدراسي|المالية|المالي")})(?: (?:(?<q>${PAST})|(?:${alt("عام|العام|سنة")} )?(?<gy>(?:19|20)\\d\\d)(?![0-9])))?)${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const md = HOLIDAYS.get(g.h);
        if (!md) return null;
        const [mo, d] = md;
        const fixed = g.gy ? Number(g.gy) : null;
        const strict = Boolean(g.q);
        return {
          start: spanStart(m), end: spanEnd(m),
          grain: "day",
          kind: "day",
          resolve: resolver((P) => {
            let dd = day(fixed ?? yearOf(P), mo, d);
            // Without a year: the latest one on or before P (strictly before with الماضي).
            if (fixed === null && (dd > P || (strict && dd === P))) dd = plusYears(dd, -1);
            return { start: dd, end: dd };
          }),
        };
      },
      firstWords(`${[...HOLIDAYS.keys()].join("|")}`),
    ),
    // "15 رمضان", "الخامس عشر من شهر رمضان الماضي": a day of a Hijri month with no Hijri year.
    rule(
      "hijri-day",
      `${LD}(?<x>(?:(?<d>[0-3]?\\d)|(?<o>${ORDINAL_WORDS})) (?:${alt("من")} )?(?:${alt("شهر")} )?(?<hm>${HIJRI_MONTH})(?: ${HONORIFIC})?${TAIL})(?! ?1[34]\\d\\d)${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const hm = HIJRI_NUMBER.get(g.hm);
        const d = g.d ? Number(g.d) : (ORDINAL.get(g.o ?? "") ?? 0);
        if (!hm || d < 1 || d > 30) return null;
        return reading(m, hm, d, d, "day");
      },
      [DIGIT, ...ORDINAL_FIRST_WORDS],
      anchors(HIJRI_FIRST_WORDS.join("|"), 4),
    ),
    // "رمضان 2014", "شهر رمضان عام 2013": the Hijri month that begins in that Gregorian year.
    rule(
      "hijri-month-gregorian-year",
      `${LP}(?<x>(?:${alt("شهر")} )?(?<hm>${HIJRI_MONTH})(?: ${HONORIFIC})? (?:${alt("من")} )?(?:(?:${alt("عام|العام|سنة")} )?(?<gy>(?:19|20)\\d\\d)(?![0-9])|${alt("العام|السنة")} (?<gq>${PAST}|${CURRENT})))${R}`,
      (m): Reading | null => {
        const hm = HIJRI_NUMBER.get(m.groups!.hm);
        return hm ? reading(m, hm, 1, 30, "month") : null;
      },
      [...new Set([...HIJRI_NUMBER.keys()].map((k) => k.split(" ")[0])), f("شهر")],
    ),
  ],
  examples: [
    ["في عيد الميلاد", "2021-06-20", "2020-12-25", "2020-12-25", "day"],
    ["ليلة رأس السنة", "2021-06-20", "2020-12-31", "2020-12-31", "day"],
    ["رأس السنة الميلادية 2015", "2021-06-20", "2015-01-01", "2015-01-01", "day"],
    ["خلال شهر رمضان من العام الماضي", "2021-06-20", "2020-04-24", "2020-05-23", "month"],
    // round 6: the current one as far as P (convention.ts soFar)
    ["خلال شهر رمضان من العام الجاري", "2024-03-20", "2024-03-11", "2024-03-20", "month"],
    ["أول يوم من رمضان", "2024-04-20", "2024-03-11", "2024-03-11", "day"],
    ["خلال عيد الفطر", "2024-06-01", "2024-04-10", "2024-04-12", "span"],
    ["أول أيام عيد الأضحى", "2024-08-01", "2024-06-16", "2024-06-16", "day"],
    ["ثاني أيام عيد الفطر المبارك", "2024-06-01", "2024-04-11", "2024-04-11", "day"],
    ["عيد الأضحى الماضي", "2024-06-17", "2023-06-28", "2023-07-01", "span"],
    ["عيد الفطر عام 2013", "2021-06-20", "2013-08-08", "2013-08-10", "span"],
    ["يوم عرفة", "2024-08-01", "2024-06-15", "2024-06-15", "day"],
    ["عيد الأضحى المقبل", "2024-08-01", "2025-06-06", "2025-06-09", "span", "future"],
    ["أول أيام شهر رمضان", "2024-04-20", "2024-03-11", "2024-03-11", "day"],
    ["العشر الأواخر من رمضان", "2024-04-20", "2024-03-31", "2024-04-09", "span"],
    ["منتصف شهر رمضان المبارك", "2024-04-20", "2024-03-21", "2024-03-30", "span"],
    ["في الأسبوع الأول من رمضان", "2024-04-20", "2024-03-11", "2024-03-20", "span"],
    ["رمضان 2014", "2021-06-20", "2014-06-28", "2014-07-27", "month"],
    ["رمضان الماضي", "2024-03-20", "2023-03-23", "2023-04-20", "month"],
    ["في 15 رمضان", "2024-04-20", "2024-03-25", "2024-03-25", "day"],
    ["السابع والعشرين من شهر رمضان المبارك", "2024-04-20", "2024-04-06", "2024-04-06", "day"],
    ["20 صفر 1434 هـ", "2013-01-02", "2013-01-02", "2013-01-02", "day"],
  ],
  negatives: ["عيد ميلاده", "العيد الوطني", "يوم الجيش", "رأس السنة الدراسية"],
};
