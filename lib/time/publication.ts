import type { PublicationWindow } from "./types";

/** The outcome of parsing a `published` value: a window, or a message that says what is wrong. */
export type PublishedParse = { ok: true; window: PublicationWindow } | { ok: false; error: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

import * as $day from "./day";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { daysInMonth, isoOf: isoDay } = $day;

/** Parses one `YYYY-MM-DD` that must be a real calendar day; returns null otherwise. */
export function parseIsoDay(value: string): string | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return isoDay(y, mo, d);
}

/**
 * The publication window for a `published` value: a day (`2021-06-20`), a month (`2021-06`,
 * which means any day of that month) or an inclusive range (`2021-06-10..2021-06-25`).
 */
export function publicationWindow(value: unknown): PublishedParse {
  if (value instanceof Date) {
    // YAML turns an unquoted 2021-06-20 into a Date at midnight UTC.
    if (Number.isNaN(value.getTime())) return { ok: false, error: "is not a valid date" };
    value = value.toISOString().slice(0, 10);
  }
  if (typeof value !== "string") return { ok: false, error: "must be a day (2021-06-20), a month (2021-06) or a range (2021-06-10..2021-06-25)" };
  const text = value.trim();
  if (text === "") return { ok: false, error: "is empty" };
  const range = text.split("..");
  if (range.length === 2) {
    const start = parseIsoDay(range[0].trim());
    const end = parseIsoDay(range[1].trim());
    if (!start || !end) return { ok: false, error: `"${text}" is not a range of two real days (2021-06-10..2021-06-25)` };
    if (start > end) return { ok: false, error: `"${text}" is reversed: ${start} is after ${end}` };
    return { ok: true, window: { start, end } };
  }
  if (range.length > 2) return { ok: false, error: `"${text}" has more than one ".."` };
  const day = parseIsoDay(text);
  if (day) return { ok: true, window: { start: day, end: day } };
  const month = MONTH.exec(text);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    if (y >= 1900 && y <= 2999 && mo >= 1 && mo <= 12) {
      return { ok: true, window: { start: isoDay(y, mo, 1), end: isoDay(y, mo, daysInMonth(y, mo)) } };
    }
  }
  return { ok: false, error: `"${text}" is not a day (2021-06-20), a month (2021-06) or a range (2021-06-10..2021-06-25)` };
}

/** The compact text form of a window: `2021-06-20`, `2021-06` for a whole month, else `a..b`. */
export function formatWindow(window: PublicationWindow): string {
  if (window.start === window.end) return window.start;
  const [y, m, d] = window.start.split("-").map(Number);
  if (d === 1 && window.end === isoDay(y, m, daysInMonth(y, m))) return window.start.slice(0, 7);
  return `${window.start}..${window.end}`;
}
