/**
 * Hijri months (Umm al-Qura, via Intl): "شهر رمضان"، "رمضان الماضي"، "محرم 1445"، "خلال شهر رمضان
 * المبارك", and numeric Hijri dates "20-02-1434" (a year 13xx/14xx marks the Hijri calendar).
 * Month names that are also personal names or words (رمضان، رجب، صفر = zero، شعبان، محرم) need a
 * date context: "شهر" before, a year or relation word after, or في/خلال/منذ/حتى/مطلع… before.
 */
import * as $lexicon from "../lexicon";
import * as $convention from "../convention";
import * as $hijri from "../hijri";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { alt, CURRENT, f, L, LP, NEXT, PAST, R, relationOf } = $lexicon;
const { soFar } = $convention;
const { gregorianOf, hijriMonthFor, hijriMonthRange } = $hijri;
const { anchors, DIGIT, resolver, rule, spanStart, spanEnd } = $make;

const HIJRI_FORMS: Array<[number, string]> = [
  [1, "محرم|المحرم"],
  [2, "صفر"],
  [3, "ربيع الأول|ربيع الاول|ربيع أول"],
  [4, "ربيع الثاني|ربيع الآخر|ربيع الاخر|ربيع ثاني"],
  [5, "جمادى الأولى|جمادى الاولى|جمادى الأول|جمادي الأولى"],
  [6, "جمادى الآخرة|جمادى الثانية|جمادى الاخرة|جمادي الآخرة|جمادى الآخر"],
  [7, "رجب"],
  [8, "شعبان"],
  [9, "رمضان"],
  [10, "شوال"],
  [11, "ذو القعدة|ذي القعدة"],
  [12, "ذو الحجة|ذي الحجة"],
];
export const HIJRI_NUMBER = new Map<string, number>();
for (const [n, forms] of HIJRI_FORMS) for (const form of forms.split("|")) HIJRI_NUMBER.set(f(form), n);
export const HIJRI_MONTH = alt(HIJRI_FORMS.map(([, forms]) => forms).join("|"));
export const FIRST_WORDS = [...new Set([...HIJRI_NUMBER.keys()].map((k) => k.split(" ")[0]))];
const HONORIFIC = alt("المبارك|الفضيل|الكريم|المعظم|الحرام");
const AH = `(?: ?${alt("هـ|ه|للهجرة|هجري|هجرية")}${R})?`;
const CONTEXT_BEFORE = new RegExp(`${alt("في|خلال|منذ|حتى|إلى|مطلع|أواخر|منتصف|نهاية|بداية|أول|آخر|شهر")} $`);

export const hijriMonths: RuleModule = {
  name: "hijri months",
  rules: [
    rule(
      "hijri-month",
      `${LP}(?<x>(?<sh>${alt("شهر")} )?(?<hm>${HIJRI_MONTH})(?: ${HONORIFIC})?(?: (?<hq>${PAST}|${CURRENT}|${NEXT})| (?:${alt("من")} )?(?:${alt("عام|سنة")} )?(?<hy>1[34]\\d\\d)${AH})?)${R}`,
      (m, text): Reading | null => {
        const g = m.groups!;
        const hm = HIJRI_NUMBER.get(g.hm);
        if (!hm) return null;
        const hasContext = Boolean(g.sh || g.hq || g.hy || / /.test(m[0].slice(m[0].indexOf(g.hm) + g.hm.length)));
        if (!hasContext && !CONTEXT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
        if (g.hy) {
          const hy = Number(g.hy);
          return { start: spanStart(m), end: spanEnd(m), grain: "month", kind: "period", resolve: resolver(() => hijriMonthRange(hy, hm)) };
        }
        const q = g.hq ? relationOf(g.hq) : null;
        const rel = q === "past" ? "strictPast" : q === "current" ? "current" : q === "next" ? "next" : "bare";
        return { start: spanStart(m), end: spanEnd(m), grain: "month", kind: "period", resolve: resolver((P) => (rel === "current" ? soFar(hijriMonthFor(P, hm, rel), P) : hijriMonthFor(P, hm, rel))) };
      },
      [...FIRST_WORDS, f("شهر")],
    ),
    rule(
      "date-hijri",
      `${L}(?<x>(?<d>[0-3]?\\d)(?:(?<s>[/.\\-])(?<m>[01]?\\d)\\k<s>| (?:${alt("من")} )?(?:${alt("شهر")} )?(?<hm>${HIJRI_MONTH}) )(?<y>1[34]\\d\\d)${AH})(?![0-9])`,
      (m): Reading | null => {
        const g = m.groups!;
        const hm = g.m ? Number(g.m) : HIJRI_NUMBER.get(g.hm);
        const hd = Number(g.d);
        const hy = Number(g.y);
        if (!hm || hm > 12) return null;
        return {
          start: spanStart(m), end: spanEnd(m),
          grain: "day",
          kind: "day",
          absolute: true,
          resolve: resolver(() => {
            const d = gregorianOf(hy, hm, hd);
            return d !== null ? { start: d, end: d } : null;
          }),
        };
      },
      [DIGIT],
      // its year, after the day and a month (a number, or a name of up to two words)
      anchors(DIGIT, 5, true),
    ),
  ],
  examples: [
    // round 6: the current month as far as P (convention.ts soFar)
    ["خلال شهر رمضان الجاري", "2024-03-20", "2024-03-11", "2024-03-20", "month"],
    ["خلال شهر رمضان المبارك", "2024-04-20", "2024-03-11", "2024-04-09", "month"],
    ["في رمضان الماضي", "2024-03-20", "2023-03-23", "2023-04-20", "month"],
    ["شهر رمضان", "2024-03-20", "2024-03-11", "2024-04-09", "month"],
    ["محرم 1445 هـ", "2024-03-20", "2023-07-19", "2023-08-16", "month"],
    ["20-02-1434", "2013-01-02", "2013-01-02", "2013-01-02", "day"],
    ["20 صفر 1434 هـ", "2013-01-02", "2013-01-02", "2013-01-02", "day"],
  ],
  negatives: ["رجب طيب أردوغان", "رمضان قديروف", "صفر إصابات"],
};
