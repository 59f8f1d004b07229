/** Years named by number: "عام 2014", "العام 2014", "سنة 2012", "لعام 2013" → the whole year. */
import * as $convention from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { wholeYear } = $convention;
const { alt, L, LP, R, yearGroup, yearValue } = $lexicon;
const { anchors, DIGIT, firstWords, rule, resolver, spanStart, spanEnd } = $make;

/** Nouns that make a 4-digit number a count ("2014 عنصراً", "بين 2000 و2500 مقاتل"), not a year. */
export const COUNTED_NOUN = alt(
  "عنصر|عنصرا|عنصراً|عناصر|مقاتل|مقاتلا|مقاتلاً|مقاتلين|شخص|شخصا|شخصاً|أشخاص|جندي|جنديا|جنود|عسكري|عسكريا|عسكريين|ضابط|ضباط|مدني|مدنيا|مدنيين|طفل|أطفال|قتيل|قتلى|دولار|ليرة|منشق|منشقا|نازح|لاجئ|عائلة|عائلات|فرد|أفراد|رجل|رجال|مسلح|مسلحا|مسلحين|متطوع|كيلومتر|كم|متر",
);

export const years: RuleModule = {
  name: "years",
  rules: [
    rule("year", `${LP}(?<x>${alt("عام|العام|سنة|السنة|خلال عام|أعوام")} ?${yearGroup("y")})`, (m) => {
      const y = yearValue(m.groups!.y);
      return { start: spanStart(m), end: spanEnd(m), grain: "year", kind: "period", resolve: resolver(() => wholeYear(y)) };
    }, firstWords("عام|العام|سنة|السنة|خلال|أعوام"), anchors(`${DIGIT}|ألفين|الفين`, 2)),
    // "في 2014", "خلال 2015", "منذ 2011" (the "since" refiner): a bare year after a preposition,
    // unless a counted noun follows ("في 2014 عنصراً" is not a year).
    rule("year-bare", `${L}(?:${alt("في|خلال|منذ|حتى|طوال|مطلع|أواخر|منتصف|بداية|نهاية|أوائل")}) (?<x>(?<y>(?:19|20)\\d\\d))(?![0-9])(?! ?${COUNTED_NOUN}${R})`, (m) => {
      const y = Number(m.groups!.y);
      return { start: spanStart(m), end: spanEnd(m), grain: "year", kind: "period", resolve: resolver(() => wholeYear(y)) };
    }, firstWords("في|خلال|منذ|حتى|طوال|مطلع|أواخر|منتصف|بداية|نهاية|أوائل"), anchors(DIGIT, 1)),
    // "من 2012 حتى 2014", "بين 2011 و2013", "2012-2014"
    rule("year-range", `${L}(?<x>(?:${alt("من|بين|ما بين|خلال الفترة من|خلال الفترة بين")} )?(?:${alt("عام|العام")} )?(?<a>(?:19|20)\\d\\d) ?(?:${alt("و")} ?)?(?:${alt("حتى|إلى|لغاية")} ?|[-–/] ?|(?<=${alt("و")} ?))(?:${alt("عام|العام")} )?(?<b>(?:19|20)\\d\\d))(?![0-9])(?! ?${COUNTED_NOUN}${R})`, (m) => {
      const a = Number(m.groups!.a);
      const b = Number(m.groups!.b);
      if (b <= a || b - a > 30) return null;
      return { start: spanStart(m), end: spanEnd(m), grain: "span", kind: "period", resolve: resolver(() => ({ start: wholeYear(a).start, end: wholeYear(b).end })) };
    }, [...firstWords("من|بين|ما|خلال|عام|العام"), DIGIT], anchors(DIGIT, 4, true)),
  ],
  examples: [
    ["عام 2014", "2016-12-06", "2014-01-01", "2014-12-31", "year"],
    // round 6: the Gregorian "م" and years in words
    ["عام 2019م", "2021-06-20", "2019-01-01", "2019-12-31", "year"],
    ["خلال العام 2016 م", "2021-06-20", "2016-01-01", "2016-12-31", "year"],
    ["انشق عام ألفين وأربعة عشر", "2021-06-20", "2014-01-01", "2014-12-31", "year"],
    ["في عام ألفين واثني عشر", "2021-06-20", "2012-01-01", "2012-12-31", "year"],
    ["سنة ألفين وعشرة", "2021-06-20", "2010-01-01", "2010-12-31", "year"],
    ["العام ألفين وواحد وعشرين", "2022-06-20", "2021-01-01", "2021-12-31", "year"],
    ["في العام 2012", "2015-12-02", "2012-01-01", "2012-12-31", "year"],
    ["منذ بداية عام 2014 بدأت قادش تأخذ اسماً علنياً", "2014-09-20..2014-12-31", "2014-01-01", "2014-12-31", "span"],
    ["منذ عام 2011", "2016-03-15", "2011-01-01", "2016-03-15", "span"],
    ["في 2014", "2021-06-20", "2014-01-01", "2014-12-31", "year"],
    ["خلال 2015، انشق", "2021-06-20", "2015-01-01", "2015-12-31", "year"],
    ["منذ 2011", "2016-03-15", "2011-01-01", "2016-03-15", "span"],
    ["في 2014 انشق", "2021-06-20", "2014-01-01", "2014-12-31", "year"],
    ["من 2012 حتى 2014", "2021-06-20", "2012-01-01", "2014-12-31", "span"],
    ["بين 2011 و2013", "2021-06-20", "2011-01-01", "2013-12-31", "span"],
    ["2012-2014", "2021-06-20", "2012-01-01", "2014-12-31", "span"],
  ],
  negatives: ["2014 عنصراً", "عامين", "في 2014 عنصراً", "بين 2000 و2500 مقاتل", "من 2000 إلى 2020 عنصراً", "انشق أكثر من ألفين عنصر", "نحو ألفين وخمسمئة مقاتل"],
};
