/**
 * Gold events and reports for the probe builders' tests (digest, digest-background, shapes): each test file keeps its
 * own defaults — the facts its fixed inputs tell — and changes one field at a time.
 */
import type { GoldEvent, GoldReport } from "../gold";

/** A maker of gold events: `defaults` is the event a test's text tells; each call changes what `over` names. */
export function goldEventWith(defaults: Partial<GoldEvent>): (over?: Partial<GoldEvent>) => GoldEvent {
  return (over = {}) => ({
    groups: [],
    count: null,
    date: null,
    dateText: null,
    place: null,
    destination: null,
    kind: "defection",
    optional: false,
    ...defaults,
    ...over,
  });
}

/** A report published on one known day. */
export function goldReport(id: string, published: string, text: string, events: GoldEvent[]): GoldReport {
  return { id, published: { start: published, end: published }, text, events, line: 1 };
}
