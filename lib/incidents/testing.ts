/** Building tellings for the incident tests: a real-shaped DefectionEvent from a few fields. */
import type { DefectionEvent, EventCount, EventDestination, EventGroup, EventKind, EventPlace } from "../extract/types";
import type { Telling } from "./types";

export const GROUP = {
  army: { id: "syrian-army", name_ar: "الجيش السوري", name_en: "Syrian Arab Army (regime forces)", text: "قوات النظام", known: true },
  corps5: { id: "5th-corps", name_ar: "الفيلق الخامس", name_en: "5th Corps", text: "الفيلق الخامس", known: true },
  brigade8: { id: "8th-brigade", name_ar: "اللواء الثامن", name_en: "8th Brigade", text: "اللواء الثامن", known: true },
  div4: { id: "4th-division", name_ar: "الفرقة الرابعة", name_en: "4th Division", text: "الفرقة الرابعة", known: true },
  sdf: { id: "sdf", name_ar: "قوات سوريا الديمقراطية", name_en: "SDF", text: "قسد", known: true },
  unknown: (name: string): EventGroup => ({ id: null, name_ar: name, name_en: null, text: name, known: false }),
} satisfies Record<string, EventGroup | ((n: string) => EventGroup)>;

export const PLACE = {
  deirezzor: { text: "دير الزور", id: "deir-ez-zor", name_ar: "دير الزور", governorate: "دير الزور" },
  mayadin: { text: "الميادين", id: "mayadin", name_ar: "الميادين", governorate: "دير الزور" },
  bukamal: { text: "البوكمال", id: "albukamal", name_ar: "البوكمال", governorate: "دير الزور" },
  raqqa: { text: "الرقة", id: "raqqa", name_ar: "الرقة", governorate: "الرقة" },
  unknown: (text: string): EventPlace => ({ text, id: null, name_ar: null, governorate: null }),
} satisfies Record<string, EventPlace | ((t: string) => EventPlace)>;

export function count(low: number, best: number, high: number, text = `${best}`): EventCount {
  return { low, best, high, text };
}

export interface TellingSpec {
  report: string;
  index?: number;
  published?: string;
  kind?: EventKind;
  groups?: EventGroup[];
  count?: EventCount | null;
  date: [string, string];
  place?: EventPlace | null;
  destination?: EventDestination | null;
}

export function telling(s: TellingSpec): Telling {
  const published = s.published ?? s.date[1];
  const event: DefectionEvent = {
    kind: s.kind ?? "defection",
    groups: s.groups ?? [GROUP.army],
    count: s.count === undefined ? null : s.count,
    date: { start: s.date[0], end: s.date[1], grain: "day", basis: "expression", text: "أمس", rule: "test", explanation: "test" },
    place: s.place ?? null,
    destination: s.destination ?? null,
    evidence: { sentence: { start: 0, end: 10 }, spans: [] },
    confidence: 0.9,
  };
  return { report: s.report, index: s.index ?? 0, published: { start: published, end: published }, event };
}
