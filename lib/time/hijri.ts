/**
 * The Umm al-Qura Hijri calendar through `Intl` (ICU's "islamic-umalqura"), for month names such
 * as رمضان and dates such as "20-02-1434". Conversions are cached: each Hijri month is located once.
 */
import * as $calendar from "./calendar";
import type { Day } from "./calendar";
import * as $day from "./day";
import type { Span } from "./convention";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { day, plusDays, year } = $calendar;
const { utcDateOf } = $day;

const FORMAT = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });

export interface HijriDate {
  y: number;
  m: number;
  d: number;
}

const hijriCache = new Map<Day, HijriDate>();

/** The Umm al-Qura date of a Gregorian day. */
export function hijriOf(d: Day): HijriDate {
  const hit = hijriCache.get(d);
  if (hit) return hit;
  let y = 0;
  let m = 0;
  let dd = 0;
  for (const part of FORMAT.formatToParts(utcDateOf(d))) {
    if (part.type === "year") y = Number(part.value);
    else if (part.type === "month") m = Number(part.value);
    else if (part.type === "day") dd = Number(part.value);
  }
  const out = { y, m, d: dd };
  if (hijriCache.size > 50_000) hijriCache.clear();
  hijriCache.set(d, out);
  return out;
}

const monthCache = new Map<string, Span | null>();

/** The Gregorian days of Hijri month `hm` of year `hy`, or null outside ICU's supported range. */
export function hijriMonthRange(hy: number, hm: number): Span | null {
  const key = `${hy}-${hm}`;
  if (monthCache.has(key)) return monthCache.get(key)!;
  // Estimate from the mean month length, then walk to the 1st (at most a few days off).
  const daysSinceEpoch = Math.round((hy - 1) * 354.36667 + (hm - 1) * 29.530589);
  let d = plusDays(day(622, 7, 19), daysSinceEpoch);
  let result: Span | null = null;
  for (let guard = 0; guard < 40; guard++) {
    const h = hijriOf(d);
    if (h.y === 0) break;
    const diff = (h.y - hy) * 12 + (h.m - hm);
    if (diff === 0 && h.d === 1) {
      let end = d;
      for (let k = 0; k < 31; k++) {
        const next = plusDays(end, 1);
        if (hijriOf(next).m !== hm) break;
        end = next;
      }
      result = { start: d, end };
      break;
    }
    d = diff === 0 ? plusDays(d, -(h.d - 1)) : plusDays(d, diff > 0 ? -Math.max(1, h.d) : 30 - h.d + 1);
  }
  monthCache.set(key, result);
  return result;
}

/** A Hijri calendar day as a Gregorian day, or null if it does not exist. */
export function gregorianOf(hy: number, hm: number, hd: number): Day | null {
  const range = hijriMonthRange(hy, hm);
  if (!range || hd < 1) return null;
  const d = plusDays(range.start, hd - 1);
  return d <= range.end ? d : null;
}

/**
 * The Hijri month `hm` relative to P: "bare" = the latest such month that has begun by P;
 * "strictPast" = the latest one that ended before P's month; "next" = the next one after P's.
 */
export function hijriMonthFor(P: Day, hm: number, rel: "bare" | "strictPast" | "current" | "next"): Span | null {
  const h = hijriOf(P);
  let hy = h.y;
  if (rel === "bare") hy = hm <= h.m ? h.y : h.y - 1;
  else if (rel === "strictPast") hy = hm < h.m ? h.y : h.y - 1;
  else if (rel === "next") hy = hm > h.m ? h.y : h.y + 1;
  return hijriMonthRange(hy, hm);
}

/**
 * Days `from`..`to` (1-based, clamped to the month) of Hijri month `hm`, chosen relative to P (round 3,
 * religious periods): "bare" = the latest occurrence begun by P; "past" = the latest one ended before
 * P; "current" = the one of P's Hijri year; "next" = the first one begun after P.
 */
export function hijriDaysFor(P: Day, hm: number, from: number, to: number, rel: "bare" | "past" | "current" | "next"): Span | null {
  const hy = hijriOf(P).y;
  const at = (y: number): Span | null => {
    const month = hijriMonthRange(y, hm);
    if (!month) return null;
    const start = plusDays(month.start, from - 1);
    const end = plusDays(month.start, to - 1);
    return start > month.end ? null : { start, end: end <= month.end ? end : month.end };
  };
  if (rel === "current") return at(hy);
  if (rel === "next") {
    for (let y = hy - 1; y <= hy + 1; y++) {
      const r = at(y);
      if (r && r.start > P) return r;
    }
    return null;
  }
  for (let y = hy + 1; y >= hy - 2; y--) {
    const r = at(y);
    if (r && (rel === "bare" ? r.start <= P : r.end < P)) return r;
  }
  return null;
}

/** Days `from`..`to` of Hijri month `hm` in the Hijri year whose occurrence begins in Gregorian year `gy`. */
export function hijriDaysInGregorianYear(gy: number, hm: number, from: number, to: number): Span | null {
  const guess = Math.round(((gy - 622) * 33) / 32);
  for (let hy = guess - 1; hy <= guess + 2; hy++) {
    const month = hijriMonthRange(hy, hm);
    if (!month) continue;
    const start = plusDays(month.start, from - 1);
    if (year(start) === gy) {
      const end = plusDays(month.start, to - 1);
      return { start, end: end <= month.end ? end : month.end };
    }
  }
  return null;
}
