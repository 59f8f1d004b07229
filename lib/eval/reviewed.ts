import type { DefectionEvent } from "../extract/types";
import type { PublicationWindow } from "../time/types";
import type { GoldEvent, GoldReport } from "./gold";

/**
 * Reviewed events as a gold set (pure): a report whose every event a person decided on (accepted,
 * edited, added or rejected) becomes a gold report whose events are the reviewed values; rejected
 * events are absent, so the extractor finding them again is a false alarm.
 */

export interface ReviewedReport {
  id: string;
  published: PublicationWindow;
  body: string;
  /** The stored (effective) events; rejected ones are not among them. */
  events: { event: DefectionEvent; status: string }[];
}

export function goldEventOf(e: DefectionEvent): GoldEvent {
  return {
    groups: e.groups.map((g) => g.name_ar),
    count: e.count ? { low: e.count.low, best: e.count.best, high: e.count.high } : null,
    date: { start: e.date.start, end: e.date.end },
    dateText: e.date.text,
    place: e.place ? (e.place.name_ar ?? e.place.text) : null,
    destination: e.destination?.text ?? null,
    kind: e.kind,
    optional: false,
  };
}

/** The gold reports, and how many reports with decisions were left out because some of their events are unreviewed. */
export function reviewedGold(reports: readonly ReviewedReport[]): { gold: GoldReport[]; partial: number } {
  const gold: GoldReport[] = [];
  let partial = 0;
  reports.forEach((r, i) => {
    if (r.events.some((e) => e.status === "unreviewed")) {
      partial += 1;
      return;
    }
    gold.push({ id: r.id, published: r.published, text: r.body, events: r.events.map((e) => goldEventOf(e.event)), line: i + 1 });
  });
  return { gold, partial };
}
