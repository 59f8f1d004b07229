/**
 * "ولم يعرف مصيرهم منذ فرارهم يوم الأحد": the men's absence since the day they left. To the date engine "منذ + words +
 * a day" is [day, P] (lib/time/refiners.ts "since"), rightly for the absence; but when the words are a verbal noun
 * of leaving (a trigger), the day dates the leaving itself, which is the incident. Examples and negatives:
 * since-leaving.test.ts, the "latedates" template family (since-leaving), lib/extract/conventions/dates
 * (relative-to-event).
 */
import type { NormalizedText } from "../../arabic/normalize";
import * as $time from "../../time";
import type { DateMatch, PublicationWindow } from "../../time/types";
import type { Token } from "../tokens";
import * as tokenModule from "../tokens";
import type { Trigger } from "../triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { resolveExpression } = $time;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { tokenAt } = tokenModule;

/**
 * The report's dates, each "منذ + a verbal noun of leaving + a day" giving way to the day it counts from, spanning
 * the words after the verbal noun, so the incident told by that noun takes the day. ("منذ بدء العملية"، "منذ
 * 2011"، "منذ تطوعه عام 2019" have no verbal noun of leaving right after "منذ": unchanged.)
 */
export function sinceTheirLeaving(dates: readonly DateMatch[], tokens: readonly Token[], triggers: readonly Trigger[], norm: NormalizedText, original: string, published: PublicationWindow): DateMatch[] {
  if (!dates.some((d) => d.rule === "since")) return dates as DateMatch[];
  // (pushed, not `dates.map`: a map V8 inlines makes a holey array, and the readers of dates, optimized for packed
  // ones, are deoptimized and compiled again; bench/README.md, round 12)
  const out: DateMatch[] = [];
  for (const d of dates) out.push(sinceDay(d, tokens, triggers, norm, original, published));
  return out;
}

/** The day a "since" date counts from, or the date itself. */
function sinceDay(d: DateMatch, tokens: readonly Token[], triggers: readonly Trigger[], norm: NormalizedText, original: string, published: PublicationWindow): DateMatch {
  if (d.rule !== "since") return d;
  const since = tokenAt(tokens, d.normOffset!);
  const noun = triggers.find((t) => t.first === since + 1 && t.form === "masdar");
  if (!noun || noun.last + 1 >= tokens.length) return d;
  const from = tokens[noun.last + 1].start;
  if (from >= d.normEndOffset!) return d;
  const day = resolveExpression(norm.text.slice(from, d.normEndOffset!), published);
  if (!day || day.future || day.normOffset === undefined) return d;
  const normOffset = from + day.normOffset;
  const normEndOffset = from + day.normEndOffset!;
  return { ...day, offset: norm.map[normOffset], endOffset: norm.map[normEndOffset], text: original.slice(norm.map[normOffset], norm.map[normEndOffset]), normOffset, normEndOffset };
}
