import type { EventCount, EventPlace } from "../../extract/types";
import type { IncidentGazetteer } from "../gazetteer";
import { dayNumber } from "../../time/day";
import type { DayRange } from "../../time/types";
import { countPrecision, countsCompatible } from "./counts";
import { closeDate, datesCompatible, tooVague, type TellingDate } from "./dates";
import { sameTown, townOf } from "./places";

/**
 * Rule: a story retold by another outlet. Outlets copy each other within days — the same figure, the
 * same group, the same place — while the extractor's weakest field is the date (an undated telling
 * shown as its report's week, a wrong year, an announcement taken for the incident). So two tellings
 * published within a week of each other, of one group in compatible places (compatible.ts checks
 * those two), are one incident **whatever their dates say** when they give the same distinctive
 * figure: the incident is merged and its dates, when they do not meet, are a date conflict
 * (combine.ts: the hull, flagged). With weaker evidence — figures that merely agree — the pair is
 * only a proposed merge, for an analyst.
 *
 * How distinctive is a figure? (`npm run -s eval:incidents -- <the real-tune and invented sets> --figures`)
 * Of the 156 tellings extracted from our real and invented reports, 124 give an exact or approximate
 * figure, falling off roughly as P(figure ≥ N) ≈ N^-0.35: 1–4 are 31 % of them (1 alone 15 %), and
 * any one figure of 10 or more is told by about 1–2 %. Of the 1,192 pairs of those tellings of one
 * group from different reports, 19 (1.6 %) give the same figure of 2 or more, 9 (0.8 %) the same
 * figure of 10 or more — two of them one story (d27/r34, d39/m18), the other seven 139 days or more apart. So a
 * telling with a figure of 10 or more meets a telling of another incident of its group with that
 * same figure about 1.2 % of the time: with three other incidents of the group told in the same week,
 * about 3.5 %, within the false-merge budget (5 %). Figures 1–9 are not distinctive; nor is any figure
 * in a busy week, which the clustering handles (cluster.ts: a link is kept only when both tellings see
 * the same neighbours, so a third telling of the week with the figure leaves a proposal).
 */

/** Outlets retell a story within days: two publications at most this far apart… */
export const RETELLING_WINDOW_DAYS = 7;
/** …and each known to within this many days (a report dated only by its month could be anywhere in it). */
export const PUBLICATION_MAX_DAYS = 7;
/** The smallest figure that is distinctive: 1–9 people are told too often to tell incidents apart. */
export const DISTINCTIVE_FIGURE_MIN = 10;

/** What the rule reads of a telling. */
export interface Retelling {
  published: DayRange;
  event: { count: Pick<EventCount, "low" | "best" | "high"> | null; date: TellingDate; place?: Pick<EventPlace, "id"> | null };
}

/** Days from the end of one publication window to the start of the other (0 when they overlap). */
export function publicationGap(a: DayRange, b: DayRange): number {
  return Math.max(0, dayNumber(a.start) - dayNumber(b.end), dayNumber(b.start) - dayNumber(a.end));
}

/** A publication known to within a week. */
export function knownWithinDays(r: DayRange): boolean {
  return dayNumber(r.end) - dayNumber(r.start) + 1 <= PUBLICATION_MAX_DAYS;
}

/** Both publications known to within days, and at most RETELLING_WINDOW_DAYS apart. */
export function publishedTogether(a: DayRange, b: DayRange): boolean {
  return knownWithinDays(a) && knownWithinDays(b) && publicationGap(a, b) <= RETELLING_WINDOW_DAYS;
}

/**
 * Whether a telling can be one side of a retold story at all: it has a figure or names a gazetteer town
 * (a detail to retell), a publication known to within a week, and a date not vaguer than a quarter — a
 * telling dated by years ("منذ سنوات") is a background mention, not the news an outlet copies. (The store
 * indexes only these by publication.)
 */
export function mayBeRetold(t: Retelling, gaz: IncidentGazetteer): boolean {
  return (t.event.count !== null || townOf(t.event.place, gaz) !== null) && knownWithinDays(t.published) && !tooVague(t.event.date);
}

/** A figure worth matching on: exact or approximate ("15", "نحو 15", "أكثر من 700"; not "عشرات"), 10 or more. */
export function distinctiveFigure(c: Pick<EventCount, "low" | "best" | "high"> | null): boolean {
  return c !== null && countPrecision(c) <= 1 && c.best >= DISTINCTIVE_FIGURE_MIN;
}

/** Could the two tellings be one retold story at all: both may be retold, published at most a week apart. */
function retellable(a: Retelling, b: Retelling, gaz: IncidentGazetteer): boolean {
  return mayBeRetold(a, gaz) && mayBeRetold(b, gaz) && publicationGap(a.published, b.published) <= RETELLING_WINDOW_DAYS;
}

/** How far before its report a near day may lie: a week, as «الأسبوع الماضي» reaches. */
export const NEAR_DAY_DAYS = 7;

/**
 * A telling that names a near day: dated by an expression to within a week («أمس», «مساء الأحد», «في 12
 * آذار» told days later), ending in the week before its report. News tells what just happened: such a date
 * is the outlet's own statement of the day, not a slip of the extractor, whose wrong dates land a month or
 * a year off (an anchor taken from another sentence, a wrong year) or are no date at all.
 */
export function namesNearDay(t: Retelling): boolean {
  const end = dayNumber(t.event.date.end);
  return closeDate(t.event.date) && end >= dayNumber(t.published.start) - NEAR_DAY_DAYS && end <= dayNumber(t.published.end);
}

/**
 * Two outlets that each name a near day, and name days that do not meet (more than two days apart): two
 * incidents of one group in the same weeks, however alike their figures («15 عنصراً أمس الثلاثاء» and «15
 * عنصراً مساء السبت» four days later). A story retold keeps its day. Such a pair is only proposed.
 */
export function nearDaysDisagree(a: Retelling, b: Retelling): boolean {
  return namesNearDay(a) && namesNearDay(b) && !datesCompatible(a.event.date, b.event.date);
}

/** Retellable (above) and not two near days named differently: a story retold keeps its day. */
function mayBeOneStory(a: Retelling, b: Retelling, gaz: IncidentGazetteer): boolean {
  return retellable(a, b, gaz) && !nearDaysDisagree(a, b);
}

/** Merge: published together, with the same distinctive figure, whatever the dates — unless both name near days that differ. */
export function retoldWithSameFigure(a: Retelling, b: Retelling, gaz: IncidentGazetteer): boolean {
  const [ca, cb] = [a.event.count, b.event.count];
  return ca !== null && ca.best === cb?.best && distinctiveFigure(ca) && distinctiveFigure(cb) && mayBeOneStory(a, b, gaz);
}

/**
 * Merge (round 9): published together (within RETELLING_WINDOW_DAYS, as a figure's story), in the same
 * gazetteer town, figures not orders apart (or one unknown), whatever the dates — unless both name near days
 * that differ. The town is the story's detail that survives a misread date and a figure told otherwise
 * («نحو 20» for 15, «عدد من»): an outlet copies where it happened. A governorate or a region agrees with too
 * much (rules/evidence.ts). A window of 3 days instead of 7 found the same template pairs and merged as many
 * by chance in the synthetic corpus (99 in 2015; 123 links across dates instead of 150): one window for both.
 */
export function retoldInSameTown(a: Retelling, b: Retelling, gaz: IncidentGazetteer): boolean {
  return sameTown(a.event.place, b.event.place, gaz) && countsCompatible(a.event.count, b.event.count) && mayBeOneStory(a, b, gaz);
}

/** The story retold whatever the dates: the same distinctive figure, or the same town (the two rules above). */
export function retoldWithSameStory(a: Retelling, b: Retelling, gaz: IncidentGazetteer): boolean {
  return retoldWithSameFigure(a, b, gaz) || retoldInSameTown(a, b, gaz);
}

/**
 * Propose: published together, both with a figure, figures not orders apart (the same small figure,
 * "أكثر من 700" and "نحو 2000"): what a retold story looks like, but what two incidents of one busy
 * week look like too — so a telling with more than eight such pairs proposes none (cluster.ts, rule
 * 3): only in a quiet week of its group does an agreeing figure say something.
 */
export function perhapsRetold(a: Retelling, b: Retelling, gaz: IncidentGazetteer): boolean {
  return a.event.count !== null && b.event.count !== null && countsCompatible(a.event.count, b.event.count) && retellable(a, b, gaz);
}
