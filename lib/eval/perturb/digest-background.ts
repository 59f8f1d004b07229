/**
 * Stories that relate (issue 10, round 16): real-tune passages set among others the way outlets write them, the gold
 * right by construction. Three shapes beside digest.ts's four:
 *
 * - **backgrounder**: a real-tune *negative* report (an analysis or a piece of news about something else) is the
 *   frame, published on its own day D; it recalls earlier incidents of other real-tune reports, one sentence each,
 *   dated absolutely («وفي آذار/مارس 2019 انشق 5 عناصر عن X.»، «وكان 5 عناصر قد انشقوا عن X في مطلع آذار/مارس 2019.»،
 *   «وكان قد فرّ 12 عنصراً من X عام 2018.»), at the frame's end or after its first sentence. The gold is the recalled
 *   incidents, with their gold ranges unchanged (each phrase tells exactly that range, on any day after it).
 * - **timeline**: the same frame and incidents, the incidents as a dated list after it («- 12 آذار/مارس 2019: انشقاق
 *   5 عناصر عن X.»).
 * - **context**: a real-tune *positive* passage (the lead, its day D) between two negative passages, one before and one
 *   after it (figures of casualties, populations, camps, statements). The gold is the lead's, unchanged.
 *
 * Only incidents our words tell exactly are recalled: a defection or a desertion, an exact count or none, a range
 * that is one day, a whole month, its first/middle/last ten days, or a whole year, ending before D. A report joins
 * only when every gold event of it can be told so.
 */
import type { GoldEvent, GoldReport } from "../gold";
import { mulberry32 } from "../../seeded-random";
import { menCounted, passageOf, type Digest as Story, type DigestPart as StoryPart, type DigestShape } from "./digest";

export type StoryShape = Extract<DigestShape, "backgrounder" | "timeline" | "context">;

// the months as Syrian outlets write them, the Levantine name and the Western one
const MONTHS = [
  "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيو",
  "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
];

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The absolute phrase (with its preposition) that tells exactly this range on any later day, or null: a day
 * («في 12 آذار/مارس 2019»), a month («في آذار/مارس 2019»), its first/middle/last ten days («في مطلع/منتصف/أواخر
 * آذار/مارس 2019»), a year («عام 2019»).
 */
export function absoluteDate(range: { start: string; end: string } | null): string | null {
  if (range === null) return null;
  const [y1, m1, d1] = range.start.split("-").map(Number);
  const [y2, m2, d2] = range.end.split("-").map(Number);
  if (y1 !== y2) return null;
  if (m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return `عام ${y1}`;
  if (m1 !== m2) return null;
  const month = `${MONTHS[m1 - 1]} ${y1}`;
  if (d1 === d2) return `في ${d1} ${month}`;
  const end = lastDay(y1, m1);
  if (d1 === 1 && d2 === end) return `في ${month}`;
  if (d1 === 1 && d2 === 10) return `في مطلع ${month}`;
  if (d1 === 11 && d2 === 20) return `في منتصف ${month}`;
  if (d1 === 21 && d2 === end) return `في أواخر ${month}`;
  return null;
}

interface Told {
  men: string;
  n: number | null;
  group: string;
  when: string;
  defection: boolean;
}

/** What a recall needs of a gold event before day D, or null when our words cannot tell it exactly. */
export function tellable(e: GoldEvent, day: string): Told | null {
  if (e.optional || (e.kind !== "defection" && e.kind !== "desertion")) return null;
  if (e.count && (e.count.low !== e.count.best || e.count.high !== e.count.best)) return null;
  if (e.date === null || e.date.end >= day) return null;
  const when = absoluteDate(e.date);
  const group = e.groups[0]?.replace(/\s*\(.*$/, "").trim();
  const n = e.count?.best ?? null;
  const men = menCounted(n, false);
  if (when === null || !group || men === null) return null;
  return { men, n, group, when, defection: e.kind === "defection" };
}

/** One sentence recalling the incident, in one of three forms (0: «وفي <date> انشق …»، 1: «وكان N … قد انشقوا …»، 2: «وكان قد انشق N …»). */
export function backgroundClause(t: Told, form: number): string {
  const prep = t.defection ? "عن" : "من";
  const singular = t.defection ? "انشق" : "فرّ";
  if (form === 0) return `و${t.when} ${singular} ${t.men} ${prep} ${t.group}.`;
  if (form === 1) {
    const verb = t.defection ? (t.n === 1 ? "انشق" : t.n === 2 ? "انشقا" : "انشقوا") : t.n === 1 ? "فرّ" : t.n === 2 ? "فرّا" : "فرّوا";
    return `وكان ${t.men} قد ${verb} ${prep} ${t.group} ${t.when}.`;
  }
  return `وكان قد ${singular} ${t.men} ${prep} ${t.group} ${t.when}.`;
}

/** One dated line of a timeline: «- 12 آذار/مارس 2019: انشقاق 5 عناصر عن X.» (the date without its preposition). */
export function timelineLine(t: Told): string {
  const date = t.when.replace(/^في /, "");
  return `- ${date}: ${t.defection ? "انشقاق" : "فرار"} ${t.men} ${t.defection ? "عن" : "من"} ${t.group}.`;
}

/** The report's gold told before day D, or null when some event cannot be (the report then does not join). */
export function recallable(report: GoldReport, day: string): { event: GoldEvent; told: Told }[] | null {
  const events = report.events.filter((e) => !e.optional);
  if (events.length === 0) return null;
  const out: { event: GoldEvent; told: Told }[] = [];
  for (const event of events) {
    const told = tellable(event, day);
    if (told === null) return null;
    out.push({ event, told });
  }
  return out;
}

/** The frame's passage with a paragraph inserted after its first sentence (`early`) or at its end. */
export function insertInto(frame: string, paragraph: string, early: boolean): string {
  if (!early) return `${frame}\n${paragraph}`;
  const m = /[.!؟?](\s)/.exec(frame);
  if (!m) return `${frame}\n${paragraph}`;
  const at = m.index + 1;
  return `${frame.slice(0, at)} ${paragraph}${frame.slice(at)}`;
}

/** A backgrounder and a timeline of the frame (a negative report) recalling the others' incidents, or null. */
export function composeRecalls(key: string, frame: GoldReport, others: readonly GoldReport[], random: () => number): Story[] {
  const day = frame.published.start;
  const framePart: StoryPart = { report: frame.id, text: passageOf(frame.text), events: [] };
  const recalled = others.map((r) => ({ report: r.id, items: recallable(r, day)! }));
  const clauses: StoryPart[] = [];
  const lines: StoryPart[] = [];
  for (const { report, items } of recalled) {
    for (const { event, told } of items) {
      clauses.push({ report, text: backgroundClause(told, Math.floor(random() * 3)), events: [event] });
      lines.push({ report, text: timelineLine(told), events: [event] });
    }
  }
  const early = random() < 0.5;
  const background = insertInto(framePart.text, clauses.map((c) => c.text).join(" "), early);
  const timeline = `${framePart.text}\n${lines.map((l) => l.text).join("\n")}`;
  const story = (shape: StoryShape, text: string, parts: StoryPart[]): Story => ({
    id: `${key}/${shape}`, shape, published: frame.published, text, parts: [framePart, ...parts], events: parts.flatMap((p) => p.events),
  });
  return [story("backgrounder", background, clauses), story("timeline", timeline, lines)];
}

/** The lead's passage between a negative passage before it and another after it. */
export function composeContext(key: string, lead: GoldReport, before: GoldReport, after: GoldReport): Story {
  const parts: StoryPart[] = [
    { report: before.id, text: passageOf(before.text), events: [] },
    { report: lead.id, text: passageOf(lead.text), events: lead.events },
    { report: after.id, text: passageOf(after.text), events: [] },
  ];
  return { id: `${key}/context`, shape: "context", published: lead.published, text: parts.map((p) => p.text).join("\n"), parts, events: lead.events };
}

/**
 * `count` sets for the recalls (a negative frame published on one day, 1–3 positives whose every gold event can be
 * told before it) and `count` for the context (a positive lead and two negatives), drawn with their own seed so the
 * four digest shapes keep their draws.
 */
export function buildStories(reports: readonly GoldReport[], seed: number, count: number): Story[] {
  const random = mulberry32(seed * 7919 + 16);
  const withPassage = reports.filter((r) => passageOf(r.text) !== "");
  const negatives = withPassage.filter((r) => r.events.length === 0 && r.published.start === r.published.end);
  const positives = withPassage.filter((r) => r.events.some((e) => !e.optional));
  const out: Story[] = [];
  if (negatives.length < 2) return out;
  const seen = new Set<string>();
  for (let tries = 0; seen.size < count && tries < count * 50; tries++) {
    const frame = negatives[Math.floor(random() * negatives.length)];
    const pool = positives.filter((r) => recallable(r, frame.published.start) !== null);
    const want = 1 + Math.floor(random() * 3);
    const others: GoldReport[] = [];
    while (others.length < want && pool.length) others.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
    if (others.length === 0) continue;
    const key = [frame.id, ...others.map((o) => o.id).sort()].join("+");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(...composeRecalls(key, frame, others, random));
  }
  const seenContext = new Set<string>();
  for (let tries = 0; seenContext.size < count && tries < count * 50; tries++) {
    const lead = positives[Math.floor(random() * positives.length)];
    const before = negatives[Math.floor(random() * negatives.length)];
    const after = negatives[Math.floor(random() * negatives.length)];
    if (before.id === after.id) continue;
    const key = `${before.id}+${lead.id}+${after.id}`;
    if (seenContext.has(key)) continue;
    seenContext.add(key);
    out.push(composeContext(key, lead, before, after));
  }
  return out;
}
