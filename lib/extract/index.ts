import type { DefectionEvent, ReportInput } from "./types";

export type { DefectionEvent, ReportInput } from "./types";

/** Bumped whenever extraction output may change, so the store re-extracts unchanged reports. */
export const EXTRACTOR_VERSION = "0.0.0-stub";

/** Finds every defection or desertion incident in a report. (Stub: replaced by the extractor.) */
export function extractEvents(report: ReportInput): DefectionEvent[] {
  void report;
  return [];
}
