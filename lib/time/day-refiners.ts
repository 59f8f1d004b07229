/**
 * The refiners of round 3 (issue 14), run by `refine` in refiners.ts:
 * - `mergeDayTime`: a time of day joins the day next to it ("أمس مساءً", "الساعة الثانية من فجر الخميس");
 * - `mergeRange`: two dated expressions joined by من/بين … حتى/إلى/و become one span;
 * - `anchorDays`: "في اليوم التالي", "اليوم السابق" and a time alone count from the last day named before them.
 */
import * as $explanation from "../i18n/explanation";
import * as $calendar from "./calendar";
import type { Span } from "./convention";
import * as $lexicon from "./lexicon";
import * as $make from "./rules/make";
import type { Candidate } from "./rules/types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { ref } = $explanation;
const { day, daysInMonth, month, plusDays, year } = $calendar;
const { alt } = $lexicon;
const { resolver } = $make;

/** Between a day and a clock time after it: "أمس مساءً", "يوم الجمعة، عند الساعة الثالثة", "أمس في تمام". */
const DAY_TIME_GAP = new RegExp(`^ ?,? ?(?:${alt("و")} ?)?(?:${alt("في|عند|حوالي|حوالى|نحو|قرابة|قبيل|بعيد")} )?$`);
/** Between a clock time and the day after it: "الساعة الثانية من فجر الخميس", "الساعة 3 يوم الجمعة". */
const TIME_DAY_GAP = new RegExp(`^ (?:${alt("من|في|يوم|من يوم")} )?$`);

/**
 * A time of day joins the day next to it: after it ("أمس مساءً" — the unattached "مساء" marker —,
 * "الجمعة عند الساعة الثالثة") or before it ("الساعة الثانية من فجر الخميس"). The day's reading stands.
 */
function isDay(x: Candidate): boolean {
  return !x.marker && !x.timeOnly && x.kind === "day";
}

function isTime(x: Candidate): boolean {
  return x.timeOnly === true || x.marker === "timeOfDay";
}

export function mergeDayTime(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const n = cands[i + 1];
    if (n && isDay(c) && isTime(n) && DAY_TIME_GAP.test(text.slice(c.end, n.start))) {
      c.end = n.end;
      out.push(c);
      i++;
      continue;
    }
    if (n && c.timeOnly && isDay(n) && TIME_DAY_GAP.test(text.slice(c.end, n.start))) {
      n.start = c.start;
      out.push(n);
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** "من 3 آذار حتى 10 نيسان", "بين آذار وحزيران 2014": the words that open a range before its first end. */
const RANGE_FROM = new RegExp(`(?:^|[ ,(])(?:${alt("من|بين|ما بين|منذ|الفترة من|الفترة بين|الممتدة من|الممتدة بين|اعتبارا من|ابتداء من")}) $`);
const RANGE_TO = new RegExp(`^ ?(?:${alt("و")} ?)?(?:${alt("حتى|إلى|لغاية|وحتى|وإلى|ولغاية")} ?|[-–] ?)(?:${alt("يوم|تاريخ")} )?$`);
const RANGE_AND = new RegExp(`^ ?${alt("و")} ?(?:${alt("يوم|تاريخ")} )?$`);

/**
 * Two dated expressions joined as a range ("من 3 آذار حتى 10 نيسان 2014", "بين 28 شباط و3 آذار",
 * "منذ مطلع آذار وحتى منتصف نيسان") become one span from the first's start to the second's end.
 * "و" joins only after "بين" ("في 3 آذار و5 نيسان" is two days, not a range).
 */
export function mergeRange(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const n = cands[i + 1];
    if (n && !c.marker && !n.marker && c.kind !== "vague" && n.kind !== "vague" && !c.timeOnly && !n.timeOnly && n.rule !== "today-until") {
      const before = text.slice(Math.max(0, c.start - 16), c.start);
      const fromWord = RANGE_FROM.exec(before);
      const gap = text.slice(c.end, n.start);
      const joined = fromWord && (RANGE_TO.test(gap) || (RANGE_AND.test(gap) && /بين $/.test(before)));
      if (joined) {
        const first = c.resolve;
        const second = n.resolve;
        out.push({
          start: c.start - (fromWord[0].length - (/^[ ,(]/.test(fromWord[0]) ? 1 : 0)),
          end: n.end,
          rule: "range",
          grain: "span",
          kind: "period",
          note: ref("explain.note.range", { from: c.rule, to: n.rule }),
          resolve: resolver((P): Span | null => {
            const b = second(P);
            let a = first(P);
            // "من 3 آذار حتى 10 نيسان 2014": a first end without a year is the latest one not after the second.
            if (a && b && a.start > b.end) a = first(b.end);
            if (!a || !b) return null;
            return { start: a.start <= b.start ? a.start : b.start, end: a.end >= b.end ? a.end : b.end };
          }),
        });
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** How far back (normalised chars) a day may name the day of "في اليوم التالي" or of a clock time. */
const ANCHOR_LOOKBACK = 400;

/**
 * "في اليوم التالي", "اليوم السابق", "الساعة الثالثة عصراً" alone: counted from the last day-grain
 * expression before them (ANCHOR_LOOKBACK characters at most), else from P (their own reading).
 */
export function anchorDays(cands: Candidate[]): Candidate[] {
  // The last day named, as its root reading and the days added to it: a chain of anchored days
  // ("في اليوم التالي … وفي اليوم التالي") shifts the root once instead of nesting resolvers.
  let last: { c: Candidate; root: Candidate["resolve"]; shift: number } | null = null;
  for (const c of cands) {
    let root = c.resolve;
    let total = 0;
    if (c.anchorDayOfMonth !== undefined && last && c.start - last.c.end <= ANCHOR_LOOKBACK) {
      // "في الخامس من آذار … وفي العاشر منه": the day of the named day's month (a new root, not a shift).
      const anchorRoot = last.root;
      const shift = last.shift;
      const n = c.anchorDayOfMonth;
      c.note = ref("explain.note.dayOfMonthOfPrevious", { day: String(n), rule: last.c.rule });
      root = c.resolve = resolver((P) => {
        const r = anchorRoot(P);
        if (!r) return null;
        const named = plusDays(r.start, shift);
        const [y, m] = [year(named), month(named)];
        if (n > daysInMonth(y, m)) return null;
        const d = day(y, m, n);
        return { start: d, end: d };
      });
    } else if (c.anchorShift !== undefined && last && c.start - last.c.end <= ANCHOR_LOOKBACK) {
      const anchorRoot = last.root;
      const shift = last.shift + c.anchorShift;
      root = anchorRoot;
      total = shift;
      c.note =
        c.anchorShift === 0
          ? ref("explain.note.dayOfPrevious", { rule: last.c.rule })
          : ref("explain.note.daysFromPrevious", { shift: `${c.anchorShift > 0 ? "+" : ""}${c.anchorShift}`, rule: last.c.rule });
      c.resolve = resolver((P) => {
        const r = anchorRoot(P);
        return r ? { start: plusDays(r.start, shift), end: plusDays(r.end, shift) } : null;
      });
    }
    if (!c.marker && c.grain === "day" && c.kind === "day" && c.rule !== "today-until") last = { c, root, shift: total };
  }
  return cands;
}

