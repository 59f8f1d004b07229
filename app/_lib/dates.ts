import type { DateMatch, PublicationWindow } from "@/lib/time/types";

/** Every date expression of a report, once the date engine is there; none before. */
export function dateExpressions(body: string, published: PublicationWindow): DateMatch[] {
  void body;
  void published;
  return [];
}
