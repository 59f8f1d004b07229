import { findDateExpressions } from "@/lib/time";
import type { DateMatch, PublicationWindow } from "@/lib/time/types";

/** Every date expression of a report, resolved against its publication window (never fails the page). */
export function dateExpressions(body: string, published: PublicationWindow): DateMatch[] {
  try {
    return findDateExpressions(body, published);
  } catch (error) {
    console.error("findDateExpressions failed", error);
    return [];
  }
}
