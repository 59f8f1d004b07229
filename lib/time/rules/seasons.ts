/**
 * Seasons and relative years (round 3): "صيف 2014"، "شتاء العام الماضي"، "خلال الصيف الماضي"، "ربيع هذا
 * العام"، "في فصل الشتاء"؛ "العام قبل الماضي"، "السنة ما قبل الماضية"، "الشهر قبل الماضي".
 * Seasons are meteorological: winter Dec–Feb (the winter of year Y is 1 Dec Y-1 – end Feb Y), spring
 * Mar–May, summer Jun–Aug, autumn Sep–Nov (convention.ts `seasonFor`). "الربيع العربي" and the Hijri
 * months "ربيع الأول/الثاني" are not seasons.
 */
import * as $calendar from "../calendar";
import * as $convention from "../convention";
import type { Season } from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { day, monthEnd, year: yearOf } = $calendar;
const { monthBeforeLast, relativeYear, seasonFor, seasonOf, soFar, wholeYear } = $convention;
const { alt, BEFORE_LAST, CURRENT, f, LP, NEXT, PAST, R, relationOf } = $lexicon;
const { firstWords, resolver, rule, spanEnd, spanStart } = $make;

const SEASON_WORDS = new Map<string, Season>();
for (const [forms, s] of [
  ["شتاء|الشتاء|شتاءً", "winter"],
  ["ربيع|الربيع", "spring"],
  ["صيف|الصيف", "summer"],
  ["خريف|الخريف", "autumn"],
] as Array<[string, Season]>) {
  for (const w of forms.split("|")) SEASON_WORDS.set(f(w), s);
}
const SEASON = alt([...SEASON_WORDS.keys()].join("|"));
/** "ربيع الأول" (a Hijri month), "الربيع العربي": not seasons. */
const NOT_SEASON_AFTER = alt("الأول|الاول|الثاني|الآخر|الاخر|أول|ثاني|العربي|الدمشقي|السوري|الكردي|براغ");
const YEAR_REL = `(?<yr>${alt("العام|السنة|هذا العام|هذه السنة")})(?: (?:(?<yb>${BEFORE_LAST})|(?<yq>${PAST}|${CURRENT}|${NEXT})))?`;
const CONTEXT_BEFORE = new RegExp(`${alt("في|خلال|طوال|منذ|حتى|فصل|مطلع|أواخر|نهاية|بداية|منتصف")} $`);

export const seasons: RuleModule = {
  name: "seasons and relative years",
  rules: [
    rule(
      "season",
      `${LP}(?<x>(?:(?<this>${alt("هذا|هذه")}) )?(?:${alt("فصل")} )?(?<s>${SEASON})(?! ${NOT_SEASON_AFTER}${R})(?: (?:${alt("عام|سنة|العام")} )?(?<y>(?:19|20)\\d\\d)(?![0-9])| ${YEAR_REL}| (?<q>${PAST}|${CURRENT}|${NEXT}))?)${R}`,
      (m, text): Reading | null => {
        const g = m.groups!;
        const s = SEASON_WORDS.get(g.s);
        if (!s) return null;
        const base = { start: spanStart(m), end: spanEnd(m), grain: "span" as const, kind: "period" as const };
        if (g.y) {
          const y = Number(g.y);
          return { ...base, resolve: resolver(() => seasonOf(y, s)) };
        }
        if (g.yr) {
          const back = g.yb ? -2 : g.yq ? (relationOf(g.yq) === "past" ? -1 : relationOf(g.yq) === "next" ? 1 : 0) : 0;
          // "صيف هذا العام", "شتاء العام الجاري": as far as P (convention.ts soFar).
          return { ...base, resolve: resolver((P) => (back === 0 ? soFar(seasonOf(yearOf(P), s), P) : seasonOf(yearOf(P) + back, s))) };
        }
        if (g.this) return { ...base, resolve: resolver((P) => soFar(seasonFor(P, s, "current"), P)) };
        if (g.q) {
          const rel = relationOf(g.q);
          if (!rel) return null;
          return { ...base, resolve: resolver((P) => (rel === "current" ? soFar(seasonFor(P, s, rel), P) : seasonFor(P, s, rel))) };
        }
        // A bare season needs a context: "في الصيف", "خلال فصل الشتاء" (not "صيف ساخن").
        const hasContext = m[0].startsWith(f("فصل")) || CONTEXT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
        if (!hasContext || !g.s.startsWith("ال")) return null;
        return { ...base, resolve: resolver((P) => seasonFor(P, s, "bare")) };
      },
      [...SEASON_WORDS.keys(), ...firstWords("فصل|هذا|هذه")],
    ),
    // "الربع الأول من العام", "النصف الثاني من 2014", "الربع الأخير من العام الماضي"
    rule(
      "part-of-year",
      `${LP}(?<x>(?<fr>${alt("الربع|النصف|الثلث")}) (?<o>${alt("الأول|الثاني|الثالث|الرابع|الأخير")})(?: (?:${alt("من|في")} )?(?:${YEAR_REL}|(?:${alt("عام|العام|سنة")} )?(?<y>(?:19|20)\\d\\d)(?![0-9]))|(?! ${alt("من|في")}${R})))${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const parts = g.fr === f("الربع") ? 4 : g.fr === f("النصف") ? 2 : 3;
        const index = g.o === f("الأخير") ? parts : ["الاول", "الثاني", "الثالث", "الرابع"].indexOf(g.o) + 1;
        if (index < 1 || index > parts) return null;
        const months = 12 / parts;
        const [first, last] = [(index - 1) * months + 1, index * months];
        const back = g.y ? null : g.yb ? -2 : g.yq ? (relationOf(g.yq) === "past" ? -1 : relationOf(g.yq) === "next" ? 1 : 0) : 0;
        const fixed = g.y ? Number(g.y) : null;
        return {
          start: spanStart(m), end: spanEnd(m),
          grain: parts === 4 ? "quarter" : "span",
          kind: "period",
          resolve: resolver((P) => {
            const y = fixed ?? yearOf(P) + (back ?? 0);
            const r = { start: day(y, first, 1), end: monthEnd(y, last) };
            // a part of P's year still running at P, as far as P (as months.ts "part-of"); a stated year stays whole
            return fixed === null ? soFar(r, P) : r;
          }),
        };
      },
      firstWords("الربع|النصف|الثلث"),
    ),
    rule(
      "before-last",
      `${LP}(?<x>(?<u>${alt("العام|السنة|الشهر")}) ${BEFORE_LAST})${R}`,
      (m): Reading => {
        const month = m.groups!.u === f("الشهر");
        return { start: spanStart(m), end: spanEnd(m), grain: month ? "month" : "year", kind: "period", resolve: resolver((P) => (month ? monthBeforeLast(P) : wholeYear(yearOf(relativeYear(P, "past").start) - 1))) };
      },
      firstWords("العام|السنة|الشهر"),
    ),
  ],
  examples: [
    ["صيف 2014", "2021-06-20", "2014-06-01", "2014-08-31", "span"],
    ["شتاء العام الماضي", "2021-06-20", "2019-12-01", "2020-02-29", "span"],
    ["خلال الصيف الماضي", "2021-06-20", "2020-06-01", "2020-08-31", "span"],
    ["خلال الصيف الماضي", "2021-10-01", "2021-06-01", "2021-08-31", "span"],
    ["الشتاء الماضي", "2021-06-20", "2020-12-01", "2021-02-28", "span"],
    ["ربيع هذا العام", "2021-06-20", "2021-03-01", "2021-05-31", "span"],
    ["في فصل الخريف", "2021-12-20", "2021-09-01", "2021-11-30", "span"],
    ["في الربيع", "2021-06-20", "2021-03-01", "2021-05-31", "span"],
    ["خريف عام 2015", "2021-06-20", "2015-09-01", "2015-11-30", "span"],
    ["العام قبل الماضي", "2021-06-20", "2019-01-01", "2019-12-31", "year"],
    ["السنة ما قبل الماضية", "2021-06-20", "2019-01-01", "2019-12-31", "year"],
    ["الشهر قبل الماضي", "2021-01-10", "2020-11-01", "2020-11-30", "month"],
    ["الربع الأول من العام", "2021-06-20", "2021-01-01", "2021-03-31", "quarter"],
    ["الربع الأخير من العام الماضي", "2021-06-20", "2020-10-01", "2020-12-31", "quarter"],
    ["النصف الأول من العام الجاري", "2021-06-20", "2021-01-01", "2021-06-20", "span"],
    ["النصف الثاني من 2014", "2021-06-20", "2014-07-01", "2014-12-31", "span"],
    ["هذا الشتاء", "2021-01-20", "2020-12-01", "2021-01-20", "span"],
    ["صيف العام الجاري", "2021-07-04", "2021-06-01", "2021-07-04", "span"],
    ["الربع الثاني من هذا العام", "2021-05-02", "2021-04-01", "2021-05-02", "quarter"],
    ["النصف الأول من العام الماضي", "2021-06-20", "2020-01-01", "2020-06-30", "span"],
    ["الربع الثالث", "2021-10-20", "2021-07-01", "2021-09-30", "quarter"],
    ["الصيف المقبل", "2021-06-20", "2022-06-01", "2022-08-31", "span", "future"],
  ],
  negatives: ["الربع الأول من المباراة", "الربيع العربي", "ربيع الأول", "صيف ساخن", "أبو ربيع", "الربيع"],
};
