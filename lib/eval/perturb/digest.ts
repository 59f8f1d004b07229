/**
 * Real digests (issue 10, round 15): the incident passages of 2–4 real reports joined into one article under one
 * publication date, as outlets print a daily or weekly round-up, and the gold the union of the parts' gold.
 *
 * The date rule (what keeps the gold right by construction): the digest is published on its lead part's day D; a
 * part published on P joins only when D − P is a whole number of weeks (the weekdays it names stay the same days of
 * the week), when every date its gold rests on is told relative to the day of publication (no date phrase, «أمس»,
 * «اليوم», a weekday, «الأسبوع الماضي», «خلال الأيام القليلة الماضية», «مؤخراً», …: no month, year or date), and
 * when its passage writes no year. Such a part's gold dates move with the publication day, so they are shifted by
 * D − P days; every other figure of its gold is kept. The lead (D − P = 0) joins with any dates.
 *
 * A part's passage is its text without the headline (the first line) and without short lines that end no
 * sentence (a byline, «عاجل», a subheading). Shapes (`DIGEST_SHAPES`): paragraphs opened by «وفي <place>،» or
 * «وفي سياق آخر،»; a bulleted list under «أبرز الأحداث:»; one paragraph chained by «كما»; and an analysis piece
 * that tells the lead part and recalls every other part's incidents in one clause each, written from their gold.
 */
import { addDaysIso, daysBetween, weekdayOfDayNumber, dayNumber } from "../../time/day";
import type { GoldEvent, GoldReport } from "../gold";
import { dateFate, dayRelative } from "./digest-dates";
import { folded, wordsOf } from "./words";
import { mulberry32 } from "../../seeded-random";

export { dayRelative };

export type DigestShape = "paragraphs" | "bullets" | "kama" | "recall" | "backgrounder" | "timeline" | "context";
/** The shapes one set of parts is composed in (digest-background.ts composes the last three from sets of its own). */
export const SET_SHAPES: readonly DigestShape[] = ["paragraphs", "bullets", "kama", "recall"];
export const DIGEST_SHAPES: readonly DigestShape[] = [...SET_SHAPES, "backgrounder", "timeline", "context"];

export interface DigestPart {
  /** The report the part comes from. */
  report: string;
  /** The text the part contributes (without its opener): the passage, or a recall clause. */
  text: string;
  /** Its gold, dates shifted to the digest's publication day. */
  events: GoldEvent[];
}

export interface Digest {
  id: string;
  shape: DigestShape;
  published: { start: string; end: string };
  text: string;
  parts: DigestPart[];
  /** The gold of the digest: the parts' gold, in order. */
  events: GoldEvent[];
}

/** The report's passage: its lines without the headline and without short lines that end no sentence. */
export function passageOf(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const body = lines.length > 1 ? lines.slice(1) : lines;
  return body.filter((l) => l !== "" && (l.length >= 80 || /[.!؟?]$/.test(l))).join("\n");
}

const YEAR = /(?<![0-9])(19|20)[0-9]{2}(?![0-9])|[\u0661\u0662][\u0669\u0660][\u0660-\u0669]{2}/;

/**
 * How the part may join another day's digest, or null when it stays on its own day: its passage with the phrases
 * naming a month or a year relative to the publication rewritten into absolute ones, which gold dates move (told
 * relative to the day) and whether any does (then it joins only a whole number of weeks away, and its passage writes
 * no year outside its absolute gold phrases). A part without gold moves.
 */
export function joinable(report: GoldReport): { text: string; events: GoldEvent[]; moves: boolean[]; weeksOnly: boolean } | null {
  let text = passageOf(report.text);
  const fates = report.events.map((e) => dateFate(e, text));
  if (fates.some((f) => f === null)) return null;
  const events = report.events.map((e, k) => {
    const rewrite = fates[k]!.rewrite;
    if (!rewrite) return e;
    text = text.split(rewrite[0]).join(rewrite[1]);
    return { ...e, dateText: rewrite[1] };
  });
  const moves = fates.map((f) => f!.fate === "moves");
  const weeksOnly = events.length === 0 || moves.some(Boolean);
  const fixed = events.filter((_, k) => !moves[k]).map((e) => e.dateText!);
  const rest = fixed.reduce((t, phrase) => t.split(phrase).join(" "), text);
  if (weeksOnly && YEAR.test(rest)) return null;
  return { text, events, moves, weeksOnly };
}

/** The part may move to another publication day (a whole number of weeks away at least). */
export function movable(report: GoldReport): boolean {
  return joinable(report) !== null;
}

/** The part may join a digest published on `day`: whole weeks away if a gold date moves, no gold that stays after the day. */
export function joinsOn(report: GoldReport, day: string): boolean {
  const j = joinable(report);
  if (j === null || (j.weeksOnly && daysBetween(report.published.start, day) % 7 !== 0)) return false;
  return j.events.every((e, k) => j.moves[k] || e.date === null || e.date.end <= day);
}

const shift = (e: GoldEvent, days: number): GoldEvent =>
  days === 0 || e.date === null ? e : { ...e, date: { start: addDaysIso(e.date.start, days), end: addDaysIso(e.date.end, days) } };

/** The report's gold moved to the day D (D − published in days): the dates told relative to the day shift, the absolute ones stay. */
export function shiftedEvents(report: GoldReport, day: string): GoldEvent[] {
  const days = daysBetween(report.published.start, day);
  const j = joinable(report);
  if (j === null) return report.events.map((e) => shift(e, days));
  return j.events.map((e, k) => (j.moves[k] ? shift(e, days) : e));
}

/** The part as it joins a digest on `day`: its passage (rewritten) and its gold moved. */
export function partOn(report: GoldReport, day: string): DigestPart {
  const j = joinable(report);
  return { report: report.id, text: j ? j.text : passageOf(report.text), events: shiftedEvents(report, day) };
}

/** Deterministic PRNG (mulberry32). (lib/seeded-random.ts) */
export const seeded = mulberry32;

// ---- openers ------------------------------------------------------------------------------------------------------

/** «وفي <place>،» for the place of the part's first gold event when it is a plain area («ريف دمشق»، «مدينة الرقة»), else null. */
export function placeOpener(events: readonly GoldEvent[]): string | null {
  const place = events[0]?.place?.replace(/\s*\(.*$/, "").trim();
  return place && /^(ريف|مدينة|بلدة|منطقة)\s/.test(place) && !/[،,]/.test(place) ? `وفي ${place}، ` : null;
}

// perfect verbs a news sentence opens with (for «كما» before it; a noun opening takes «إلى ذلك،»)
const OPENING_VERBS = folded(
  "قال قالت أفاد أفادت أعلن أعلنت ذكر ذكرت أكد أكدت نقل نقلت شهد شهدت انشق انشقت انشقوا فر فرت فروا أمن تحدث تحدثت دفعت أوضح أوضحت كشف كشفت",
);
const opensWithVerb = (text: string): boolean => {
  const first = wordsOf(text)[0];
  return first !== undefined && first.start < 3 && OPENING_VERBS.has(first.plain);
};

// ---- recall clauses -------------------------------------------------------------------------------------------------

const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** The date phrase that tells the range under publication day D, or null when none of ours does. */
export function recallDate(range: { start: string; end: string } | null, day: string): string | null {
  if (range === null) return "";
  const from = daysBetween(range.start, day);
  const to = daysBetween(range.end, day);
  if (from === 7 && to === 0) return ""; // the default: no date told
  if (from !== to) return null;
  if (from === 0) return " اليوم";
  if (from === 1) return " أمس";
  if (from >= 2 && from <= 6) return ` يوم ${WEEKDAYS[weekdayOfDayNumber(dayNumber(range.start))]} الماضي`;
  return null;
}

/** The men counted, the noun agreeing with the number (digits, as the outlets write them). */
export function menCounted(n: number | null, genitive: boolean): string | null {
  if (n === null) return "عناصر";
  if (n === 1) return "عنصر";
  if (n === 2) return genitive ? "عنصرين" : "عنصران";
  if (n >= 3 && n <= 10) return `${n} عناصر`;
  if (n >= 11 && n <= 99) return `${n} عنصراً`;
  if (n >= 100 && n % 100 === 0) return `${n} عنصر`;
  return null;
}

/**
 * One clause recalling a gold event under day D, or null when our words cannot tell it exactly: a defection or a
 * desertion, a count exact or none, a date our phrases tell. Two forms: «ويأتي ذلك بعد انشقاق N عناصر عن X أمس.»
 * and «وكان N عناصر قد انشقوا عن X أمس.».
 */
export function recallClause(e: GoldEvent, day: string, verbal: boolean): string | null {
  if (e.optional || e.kind === "attempted") return null;
  if (e.count && (e.count.low !== e.count.best || e.count.high !== e.count.best)) return null;
  const when = recallDate(e.date, day);
  const group = e.groups[0]?.replace(/\s*\(.*$/, "").trim();
  if (when === null || !group) return null;
  const n = e.count?.best ?? null;
  const men = menCounted(n, !verbal);
  if (men === null) return null;
  const prep = e.kind === "defection" ? "عن" : "من";
  if (!verbal) return `ويأتي ذلك بعد ${e.kind === "defection" ? "انشقاق" : "فرار"} ${men} ${prep} ${group}${when}.`;
  const verb = e.kind === "defection" ? (n === 1 ? "انشق" : n === 2 ? "انشقا" : "انشقوا") : n === 1 ? "فرّ" : n === 2 ? "فرّا" : "فرّوا";
  return `وكان ${men} قد ${verb} ${prep} ${group}${when}.`;
}

// ---- building -------------------------------------------------------------------------------------------------------

const withOpener = (opener: string, passage: string): string => `${opener}${passage}`;

/** The digest of the given parts in the given shape (the first part the lead, published on D). */
export function composeDigest(id: string, shape: DigestShape, lead: GoldReport, others: readonly GoldReport[], random: () => number): Digest | null {
  const day = lead.published.start;
  const leadPart: DigestPart = { report: lead.id, text: passageOf(lead.text), events: lead.events };
  const parts: DigestPart[] = [leadPart];
  if (shape === "recall") {
    for (const r of others) {
      const events = shiftedEvents(r, day).filter((e) => !e.optional);
      for (const e of events) {
        const clause = recallClause(e, day, random() < 0.5);
        if (clause === null) return null;
        parts.push({ report: r.id, text: clause, events: [e] });
      }
    }
    if (parts.length === 1) return null;
    const text = [leadPart.text, parts.slice(1).map((p) => p.text).join(" ")].join("\n");
    return { id, shape, published: lead.published, text, parts, events: parts.flatMap((p) => p.events) };
  }
  for (const r of others) parts.push(partOn(r, day));
  let text: string;
  if (shape === "bullets") text = ["أبرز الأحداث:", ...parts.map((p) => `- ${p.text.replace(/\n/g, " ")}`)].join("\n");
  else if (shape === "kama") {
    text = parts.map((p, k) => (k === 0 ? p.text : withOpener(opensWithVerb(p.text) ? "كما " : "إلى ذلك، ", p.text))).join(" ").replace(/\n/g, " ");
  } else text = parts.map((p, k) => (k === 0 ? p.text : withOpener((random() < 0.5 && placeOpener(p.events)) || "وفي سياق آخر، ", p.text))).join("\n");
  return { id, shape, published: lead.published, text, parts, events: parts.flatMap((p) => p.events) };
}

/**
 * `count` sets of parts drawn with the seed (a lead with gold events, then 1–3 others that may move to its day, at
 * most one of them without events), each composed in every shape. The same sets for every shape.
 */
export function buildDigests(reports: readonly GoldReport[], seed: number, count: number): Digest[] {
  const random = seeded(seed);
  const leads = reports.filter((r) => r.events.some((e) => !e.optional) && passageOf(r.text) !== "");
  const movers = reports.filter((r) => movable(r) && passageOf(r.text) !== "");
  const out: Digest[] = [];
  const seen = new Set<string>();
  for (let tries = 0; seen.size < count && tries < count * 50; tries++) {
    const lead = leads[Math.floor(random() * leads.length)];
    const pool = movers.filter((r) => r.id !== lead.id && joinsOn(r, lead.published.start));
    const want = 1 + Math.floor(random() * 3);
    const others: GoldReport[] = [];
    while (others.length < want && pool.length) {
      const r = pool.splice(Math.floor(random() * pool.length), 1)[0];
      if (r.events.length === 0 && others.some((o) => o.events.length === 0)) continue;
      others.push(r);
    }
    if (others.length === 0) continue;
    const key = [lead.id, ...others.map((o) => o.id).sort()].join("+");
    if (seen.has(key)) continue;
    seen.add(key);
    for (const shape of SET_SHAPES) {
      const d = composeDigest(`${key}/${shape}`, shape, lead, others, random);
      if (d) out.push(d);
    }
  }
  return out;
}
