/** Test helper for the refiner corpora: runs the strict extractor on one text and gives a short view of its events. */
import { extractEventsStrict } from "../index";
import type { DefectionEvent } from "../types";

export const PUBLISHED_DAY = "2022-03-16"; // a Wednesday
export function run(body: string, day = PUBLISHED_DAY): DefectionEvent[] {
  return extractEventsStrict({ id: "corpus", body, published: { start: day, end: day } });
}
export interface Brief {
  kind: DefectionEvent["kind"];
  groups: (string | null)[];
  count: [number, number, number] | null;
}
export const brief = (e: DefectionEvent): Brief => ({
  kind: e.kind,
  groups: e.groups.map((g) => g.id ?? g.text),
  count: e.count ? [e.count.low, e.count.best, e.count.high] : null,
});
/** An event as its first group, best count and day range (the corpora of the refiners that date incidents). */
export type Dated = [group: string | null, best: number | null, start: string, end: string];
export const dated = (text: string): Dated[] => run(text).map((e) => [brief(e).groups[0], e.count?.best ?? null, e.date.start, e.date.end]);
