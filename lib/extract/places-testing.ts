/**
 * Reading the place and destination examples in their tests (places.test.ts, destinations.test.ts): the first event
 * the extractor finds in an example sentence, published one fixed day; the sentence must give one.
 */
import { expect } from "vitest";
import { extractEventsStrict as extractEvents } from "./index";

const published = { start: "2022-05-10", end: "2022-05-10" };
export function firstEvent(body: string) {
  const events = extractEvents({ id: "t", body, published } as Parameters<typeof extractEvents>[0]);
  expect(events.length).toBeGreaterThan(0);
  return events[0];
}
