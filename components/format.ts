import { t, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { daysInMonth as lastDayOfMonth } from "@/lib/time/day";

/**
 * Keeps a run of numbers left-to-right inside right-to-left text (Unicode isolates, so it works in
 * titles and plain strings too): "174–229" would otherwise show as "229–174" on an Arabic page.
 */
export function ltrIsolate(text: string): string {
  return `\u2066${text}\u2069`;
}

/** A month's short name: "Jun" in English, "حزيران" in Arabic. */
export function monthName(m: number, lang: Lang = "en"): string {
  return t(lang, `month.${m}` as MessageKey);
}

/**
 * A date range in words: "15 Jun 2021", "Jun 2021", "1–15 Jun 2021", "Apr–Jun 2021", "2021-05-28 – 2021-06-03".
 * Arabic uses the same shapes with Levantine month names ("15 حزيران 2021"); ranges across years stay ISO.
 */
export function formatDateRange(start: string, end: string, lang: Lang = "en"): string {
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  const month = (m: number) => monthName(m, lang);
  const nums = (s: string) => (lang === "ar" ? ltrIsolate(s) : s);
  if (start === end) return `${d1} ${month(m1)} ${y1}`;
  const wholeMonths = d1 === 1 && d2 === lastDayOfMonth(y2, m2);
  if (y1 === y2 && wholeMonths && m1 === 1 && m2 === 12) return String(y1);
  if (y1 === y2 && m1 === m2) return wholeMonths ? `${month(m1)} ${y1}` : `${nums(`${d1}–${d2}`)} ${month(m1)} ${y1}`;
  if (y1 === y2 && wholeMonths) return `${month(m1)}–${month(m2)} ${y1}`;
  return nums(`${start} – ${end}`);
}

/** "21" when the count is exact, else the best guess with its range: "23 (23–25)" (kept left-to-right in Arabic). */
export function formatCount(c: { low: number; best: number; high: number }, lang: Lang = "en"): string {
  if (c.low === c.high) return String(c.best);
  const text = `${c.best} (${c.low}–${c.high})`;
  return lang === "ar" ? ltrIsolate(text) : text;
}
