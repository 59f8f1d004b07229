const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A date range in words: "15 Jun 2021", "Jun 2021", "1–15 Jun 2021", "Apr–Jun 2021", "2021-05-28 – 2021-06-03". */
export function formatDateRange(start: string, end: string): string {
  const [y1, m1, d1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  if (start === end) return `${d1} ${MONTHS[m1 - 1]} ${y1}`;
  const wholeMonths = d1 === 1 && d2 === lastDayOfMonth(y2, m2);
  if (y1 === y2 && wholeMonths && m1 === 1 && m2 === 12) return String(y1);
  if (y1 === y2 && m1 === m2) return wholeMonths ? `${MONTHS[m1 - 1]} ${y1}` : `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2 && wholeMonths) return `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}`;
  return `${start} – ${end}`;
}

/** "21" when the count is exact, else the best guess with its range: "23 (23–25)". */
export function formatCount(c: { low: number; best: number; high: number }): string {
  if (c.low === c.high) return String(c.best);
  return `${c.best} (${c.low}–${c.high})`;
}
