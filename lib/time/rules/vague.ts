/**
 * Vague recency: مؤخراً، حديثاً، في الآونة الأخيرة، خلال الفترة الأخيرة/الماضية → [P-30, P].
 * ("في الأشهر الأخيرة" is a past span: see past-spans.ts.)
 */
import * as $convention from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { recently } = $convention;
const { alt, LP, R } = $lexicon;
const { firstWords, rule, resolver, spanStart, spanEnd } = $make;

const FORMS =
  "مؤخرا|مؤخراً|موخرا|حديثا|حديثاً|الآونة الأخيرة|الآونة الماضية|الفترة الأخيرة|الفترة الماضية|الفترة المنصرمة|الآونة الاخيرة|الأونة الأخيرة|الوقت الأخير" +
  // round 3: "a while ago", "earlier" ("منذ فترة طويلة" is long ago, not recent)
  "|منذ فترة|قبل فترة|منذ مدة|قبل مدة|منذ فترة قصيرة|قبل فترة قصيرة|منذ وقت قصير|قبل وقت قصير|منذ مدة قصيرة|قبل مدة قصيرة";

export const vague: RuleModule = {
  name: "vague recency",
  rules: [
    rule(
      "recently",
      `${LP}(?<x>${alt(FORMS)})(?! ${alt("طويلة|طويل|من الزمن")})${R}`,
      (m) => ({ start: spanStart(m), end: spanEnd(m), grain: "span", kind: "vague", resolve: resolver((P) => recently(P)) }),
      firstWords(FORMS),
    ),
  ],
  examples: [
    ["بدأت مؤخراً بتسريح عدد من عناصرها", "2021-01-14", "2020-12-15", "2021-01-14", "span"],
    ["مع عودة ظهور داعش في الآونة الأخيرة", "2021-01-14", "2020-12-15", "2021-01-14", "span"],
    ["خلال الفترة الأخيرة", "2021-03-01", "2021-01-30", "2021-03-01", "span"],
    ["خلال الآونة الأخيرة", "2021-06-20", "2021-05-21", "2021-06-20", "span"],
    ["المنشقين حديثاً", "2021-06-20", "2021-05-21", "2021-06-20", "span"],
    ["ما حدث في الآونة الأخيرة", "2014-09-20..2014-12-31", "2014-08-21", "2014-12-31", "span"],
    ["انشق منذ فترة", "2021-06-20", "2021-05-21", "2021-06-20", "span"],
    ["قبل فترة قصيرة", "2021-06-20", "2021-05-21", "2021-06-20", "span"],
  ],
  // "في وقت سابق" (earlier) points back at something already told, not at a date: it dated the wrong
  // clause in the real corpus, so it is a negative.
  negatives: ["حديث الساعة", "الفترة الانتقالية", "منذ فترة طويلة", "كانت قد أعلنت في وقت سابق"],
};
