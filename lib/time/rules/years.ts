/** Years named by number: "عام 2014", "العام 2014", "سنة 2012", "لعام 2013" → the whole year. */
import { wholeYear } from "../convention";
import { alt, LP, R } from "../lexicon";
import { firstWords, rule, resolver, spanStart, spanEnd } from "./make";
import type { RuleModule } from "./types";

export const years: RuleModule = {
  name: "years",
  rules: [
    rule("year", `${LP}(?<x>${alt("عام|العام|سنة|السنة|خلال عام|أعوام")} ?(?<y>(?:19|20)\\d\\d)(?![0-9])(?: ?${alt("م")}${R})?)`, (m) => {
      const y = Number(m.groups!.y);
      return { start: spanStart(m), end: spanEnd(m), grain: "year", kind: "period", resolve: resolver(() => wholeYear(y)) };
    }, firstWords("عام|العام|سنة|السنة|خلال|أعوام")),
  ],
  examples: [
    ["عام 2014", "2016-12-06", "2014-01-01", "2014-12-31", "year"],
    ["في العام 2012", "2015-12-02", "2012-01-01", "2012-12-31", "year"],
    ["منذ بداية عام 2014 بدأت قادش تأخذ اسماً علنياً", "2014-09-20..2014-12-31", "2014-01-01", "2014-12-31", "span"],
    ["منذ عام 2011", "2016-03-15", "2011-01-01", "2016-03-15", "span"],
  ],
  negatives: ["2014 عنصراً", "عامين"],
};
