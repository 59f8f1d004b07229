/**
 * The `crossed roles` template family (round 10): one incident told by two outlets, one naming the group the men
 * left and where they went («انشق N عن X وانضموا إلى Y»), the other naming the group that received, helped or
 * announced them («استقبل Y N عناصر انشقوا عن X», «تمكن Y من تأمين انشقاق N من X») — and the extractor's role
 * error on that second telling: the group joined (the receiver, the helper) read as the men's group (`roleError`,
 * applied to what was read, the text stays right, as the `misdated` family does with dates; where they went read
 * as nothing, or as that group again — the misreading's echo). Its negatives: two
 * incidents of opposite flows on close days (X → Y and Y → X with the same small figure), told with where they went
 * or, the hard case, the second without it. Written from the language (sentence shapes of Arabic news), not from a
 * report of data/. Pure: pairs out; scripts/eval-incidents.ts --templates scores them.
 * Round 11, the `opposite sides` family (`SIDE_FLOWS`): the first outlet says only the side they went to («ووصلوا
 * إلى مناطق سيطرة المعارضة»), the second names a group of that side that took them in; its negatives, men of that
 * group going back to the first group's side («… ووصلوا إلى مناطق سيطرة النظام»), or told without where they went.
 */
import { addDaysIso } from "../time/day";
import type { IsoDay } from "../time/types";
import { spread } from "./templates/product";
import { PERSONS, PLACES, countPhrase, datePhrase, offsetsFor, type DateForm, type PlaceSlot } from "./incident-templates-slots";
import type { TellingSpec } from "./incident-templates-telling";

/**
 * A flow of men between two groups of different sides, each group as outlets name it. Round 11 (`opposite sides`):
 * the first outlet may say where they went by naming the side, not the group (`side.went`: «مناطق سيطرة المعارضة»),
 * and men of the group that took them in, going the other way, went back to `side.back` («مناطق سيطرة النظام»).
 */
export interface Flow {
  from: { id: string; name: string };
  to: { id: string; name: string };
  side?: { went: string; back: string };
}

const FLOWS: Flow[] = [
  { from: { id: "syrian-army", name: "قوات النظام" }, to: { id: "fsa", name: "الجيش السوري الحر" } },
  { from: { id: "sdf", name: "قسد" }, to: { id: "sna", name: "الجيش الوطني السوري" } },
  { from: { id: "isis", name: "تنظيم الدولة" }, to: { id: "hts", name: "هيئة تحرير الشام" } },
  { from: { id: "ndf", name: "ميليشيا الدفاع الوطني" }, to: { id: "sdf", name: "قوات سوريا الديمقراطية" } },
  { from: { id: "hts", name: "هيئة تحرير الشام" }, to: { id: "opposition-factions", name: "فصائل المعارضة" } },
];

/** Round 11: flows told by the side the men went to; the group that took them in is one of that side. */
export const SIDE_FLOWS: Flow[] = [
  { from: { id: "syrian-army", name: "قوات النظام" }, to: { id: "sna", name: "الجيش الوطني السوري" }, side: { went: "مناطق سيطرة المعارضة", back: "مناطق سيطرة النظام" } },
  { from: { id: "sdf", name: "قسد" }, to: { id: "hamza-division", name: "فرقة الحمزة" }, side: { went: "مناطق المعارضة", back: "مناطق قسد" } },
  { from: { id: "isis", name: "تنظيم الدولة" }, to: { id: "deir-ez-zor-military-council", name: "مجلس دير الزور العسكري" }, side: { went: "مناطق الإدارة الذاتية", back: "مناطق تنظيم الدولة" } },
  { from: { id: "ndf", name: "ميليشيا الدفاع الوطني" }, to: { id: "levant-front", name: "الجبهة الشامية" }, side: { went: "مناطق سيطرة فصائل المعارضة", back: "مناطق النظام" } },
  { from: { id: "sdf", name: "قوات سوريا الديمقراطية" }, to: { id: "4th-division", name: "الفرقة الرابعة" }, side: { went: "مناطق سيطرة الحكومة السورية", back: "مناطق سيطرة قسد" } },
];

/**
 * Round 12, the `outside sides` family: the first outlet says where the men went as the area **outside** their own
 * side's control («ووصلوا إلى مناطق خارج سيطرة النظام», «خارج مناطق سيطرة المعارضة»), whose side is the one across
 * (data/sides.json `outside`); the second names a group of that side that took them in.
 */
export const OUTSIDE_FLOWS: Flow[] = [
  { from: { id: "syrian-army", name: "قوات النظام" }, to: { id: "sna", name: "الجيش الوطني السوري" }, side: { went: "مناطق خارج سيطرة النظام", back: "مناطق سيطرة النظام" } },
  { from: { id: "ndf", name: "ميليشيا الدفاع الوطني" }, to: { id: "levant-front", name: "الجبهة الشامية" }, side: { went: "خارج مناطق سيطرة النظام", back: "مناطق النظام" } },
  { from: { id: "4th-division", name: "الفرقة الرابعة" }, to: { id: "hamza-division", name: "فرقة الحمزة" }, side: { went: "المناطق الخارجة عن سيطرة النظام", back: "مناطق سيطرة الحكومة السورية" } },
  { from: { id: "syrian-army", name: "قوات النظام" }, to: { id: "ahrar-al-sham", name: "حركة أحرار الشام" }, side: { went: "المناطق غير الخاضعة لسيطرة النظام", back: "مناطق سيطرة النظام" } },
  { from: { id: "levant-front", name: "الجبهة الشامية" }, to: { id: "4th-division", name: "الفرقة الرابعة" }, side: { went: "خارج مناطق سيطرة المعارضة", back: "مناطق سيطرة المعارضة" } },
];

/**
 * Round 12, the `outside, no side` negatives: «خارج» that names no side — abroad («خارج البلاد», «خارج سوريا»), or
 * outside the area of a side that borders several («خارج مناطق سيطرة قسد»: the regime's, the SNA's, Turkey) — told
 * as the first outlet's destination, beside a group of another side with the same figure on close days. Nothing
 * says the men went to that group: none of these pairs may merge (all are `different`).
 */
export const NO_SIDE_FLOWS: Flow[] = [
  { from: { id: "syrian-army", name: "قوات النظام" }, to: { id: "sna", name: "الجيش الوطني السوري" }, side: { went: "خارج البلاد", back: "مناطق سيطرة النظام" } },
  { from: { id: "ndf", name: "ميليشيا الدفاع الوطني" }, to: { id: "levant-front", name: "الجبهة الشامية" }, side: { went: "خارج سوريا", back: "مناطق النظام" } },
  { from: { id: "sdf", name: "قسد" }, to: { id: "hamza-division", name: "فرقة الحمزة" }, side: { went: "خارج مناطق سيطرة قسد", back: "مناطق قسد" } },
  { from: { id: "isis", name: "تنظيم الدولة" }, to: { id: "deir-ez-zor-military-council", name: "مجلس دير الزور العسكري" }, side: { went: "خارج مناطق سيطرة التنظيم", back: "مناطق تنظيم الدولة" } },
  { from: { id: "hts", name: "هيئة تحرير الشام" }, to: { id: "sna", name: "الجيش الوطني السوري" }, side: { went: "خارج مناطق سيطرة الهيئة", back: "مناطق سيطرة تحرير الشام" } },
];

/**
 * The `outside, no side` pairs: rolesPairs over NO_SIDE_FLOWS with B read as the group joined's own telling (the
 * role error, with or without the echo: what the side rule would cross), and the opposite flows; every one a pair
 * of different incidents. (B read as written names the first group: the group rule's pair, left out.)
 */
export function noSidePairs(perVariation = 35): RolesPair[] {
  return rolesPairs(perVariation, NO_SIDE_FLOWS).flatMap((p) => (p.truth === "different" ? [p] : p.roleError ? [{ ...p, truth: "different" as const, variation: `no side: ${p.variation}` }] : []));
}

/** Small figures are each side's common ones; 15 and 40 are distinctive (rules/retold.ts). */
const FIGURES = [3, 5, 7, 15, 40];

/** How the first outlet says where the men went (the group joined is the destination). */
type LeftShape = "defected-joined" | "fled-ranks" | "arrived-areas";
/** How the second outlet names the group that took them in: as the subject that received, helped, or as the group joined. */
export type JoinedShape = "received" | "secured" | "joined-verb" | "announced-joining";

const join = (...parts: string[]) => parts.filter((p) => p !== "").join(" ");

interface Told {
  count: string;
  from: string;
  to: string;
  place: string;
  date: string;
}

/** The first telling: the group left, then the group joined — or, `toSide`, the side's words where they went («مناطق سيطرة المعارضة»). */
function leftSentence(shape: LeftShape, c: Told, toSide = false): string {
  switch (shape) {
    case "defected-joined":
      return `${join("انشق", c.count, "عن", c.from, c.place, c.date, toSide ? "ووصلوا إلى" : "وانضموا إلى", c.to)}، بحسب ما أفادت مصادر محلية.`;
    case "fled-ranks":
      return `${join("فرّ", c.count, "من صفوف", c.from, c.place, c.date, toSide ? "ثم توجهوا إلى" : "والتحقوا بصفوف", c.to)}.`;
    case "arrived-areas":
      return `${join("وصل", c.count, "منشقين عن", c.from, toSide ? "إلى" : "إلى مناطق سيطرة", c.to, c.date)}، بعد فرارهم من مواقعهم ${c.place}.`.replace(/ ،/, "،").replace(/ \.$/, ".");
  }
}

/** The second telling: the group joined as the one that received, secured or announced them. */
function joinedSentence(shape: JoinedShape, c: Told, person: (typeof PERSONS)[number]): string {
  switch (shape) {
    case "received":
      return `${join("استقبل", c.to, c.count, "انشقوا عن", c.from, c.place, c.date)}.`;
    case "secured":
      return `${join("تمكن", c.to, "من تأمين انشقاق", c.count, "من", c.from, c.place, c.date)}.`;
    case "joined-verb":
      return `${join("انضم", c.count, "من", c.from, "إلى", c.to, c.place, c.date)}.`;
    case "announced-joining":
      return `${join("أعلن", c.to, "انضمام", c.count, "من", c.from, "إلى صفوفه", c.place, c.date)}، وقال إن ${person.definite} وصلوا إلى مناطق آمنة.`;
  }
}

/** The extractor's role error on a telling: the group joined read as the men's group, and where they went: nowhere, or that group again. */
export interface RoleError {
  joinedGroup: string;
  destination: "none" | "echo";
}

/** A crossed-roles pair: texts and what each says (the truth), and the role error put on B's reading. */
export interface RolesPair {
  truth: "same" | "different";
  variation: string;
  a: { text: string; spec: TellingSpec };
  b: { text: string; spec: TellingSpec };
  /** B read with the group joined as its group (the role error), with no destination or that group again ("echo"); else as written. */
  roleError?: RoleError;
}

interface Base {
  flow: Flow;
  n: number;
  place: PlaceSlot;
  day: IsoDay;
  i: number;
}

function bases(max: number, flows: readonly Flow[]): Base[] {
  const all: Base[] = [];
  let i = 0;
  for (const flow of flows) for (const n of FIGURES) for (const place of PLACES) all.push({ flow, n, place, day: addDaysIso("2013-02-05", (41 * i) % 4300), i: i++ });
  return spread(all, max);
}

/** What a telling says, for the scorer's check of what the extractor read. */
function spec(b: Base, group: { id: string; name: string }, day: IsoDay, published: IsoDay, dateForm: DateForm, withPlace: boolean, person: number): TellingSpec {
  return {
    published,
    day,
    group: { id: group.id, text: group.name },
    count: { form: "exact", n: b.n },
    kindForm: "defection-verb",
    place: withPlace ? { id: b.place.id, text: `في ${b.place.village}` } : { id: null, text: "" },
    dateForm,
    layout: "body",
    person,
  };
}

/** The day of publication on which `form` can date `day`, within `from`..`to` days after it (the i-th such), or null. */
function publishedOn(form: DateForm, day: IsoDay, from: number, to: number, i: number): IsoDay | null {
  const offsets = offsetsFor(form, day, from, to);
  return offsets.length === 0 ? null : addDaysIso(day, offsets[i % offsets.length]);
}

function told(b: Base, s: TellingSpec, from: { name: string }, to: { name: string }): Told {
  const person = PERSONS[s.person % PERSONS.length];
  const date = datePhrase(s.dateForm, s.day, s.published);
  if (date === null) throw new Error(`${s.dateForm} cannot date ${s.day} from ${s.published}`);
  return { count: countPhrase("exact", b.n, person), from: from.name, to: to.name, place: s.place.text, date };
}

const LEFT_SHAPES: LeftShape[] = ["defected-joined", "fled-ranks", "arrived-areas"];

/** The first outlet's telling of X → Y: the group left and the group joined, dated «أمس». */
function tellingA(b: Base, withPlace: boolean): { text: string; spec: TellingSpec } | null {
  const published = publishedOn("yesterday", b.day, 0, 3, b.i);
  if (published === null) return null;
  const s = spec(b, b.flow.from, b.day, published, "yesterday", withPlace, b.i);
  const went = b.flow.side ? { name: b.flow.side.went } : b.flow.to;
  return { text: leftSentence(LEFT_SHAPES[b.i % LEFT_SHAPES.length], told(b, s, b.flow.from, went), b.flow.side !== undefined), spec: s };
}

const SAME_SLOTS = {
  shape: ["received", "secured", "joined-verb", "announced-joining"] as JoinedShape[],
  date: ["yesterday", "two-days-ago", "none"] as DateForm[],
  place: [true, false],
  error: ["as written", "none", "echo"] as const,
};

/**
 * Every pair of the family, `perVariation` incidents each: same incidents (B by another outlet 0–3 days after A,
 * naming the group joined as its subject; read as written or with the role error), and different incidents of
 * opposite flows (Y → X with the same figure, 0–3 days after A's incident).
 */
export function rolesPairs(perVariation = 35, flows: readonly Flow[] = FLOWS): RolesPair[] {
  const out: RolesPair[] = [];
  const incidents = bases(perVariation, flows);
  for (const shape of SAME_SLOTS.shape) {
    for (const date of SAME_SLOTS.date) {
      for (const withPlace of SAME_SLOTS.place) {
        for (const error of SAME_SLOTS.error) {
          for (const b of incidents) {
            const a = tellingA(b, withPlace);
            const published = publishedOn(date, b.day, 1, 4, b.i + 1);
            if (a === null || published === null) continue;
            const s = spec(b, b.flow.from, b.day, published, date, withPlace, b.i + 1);
            const text = joinedSentence(shape, told(b, s, b.flow.from, b.flow.to), PERSONS[s.person % PERSONS.length]);
            out.push({
              truth: "same",
              variation: `B: the group joined as ${shape === "joined-verb" ? "where they went" : `the one who ${shape}`}, date ${date}, place ${withPlace ? "the town" : "none"}${error === "none" ? ", read as their group" : error === "echo" ? ", read as their group and where they went" : ""}`,
              a,
              b: { text, spec: s },
              ...(error === "as written" ? {} : { roleError: { joinedGroup: b.flow.to.id, destination: error } }),
            });
          }
        }
      }
    }
  }
  // Opposite flows: Y → X (or Y's men to X's side) on a close day with the same figure, told with where they went, or (the hard case) without it.
  for (const gap of [0, 1, 3]) {
    for (const how of ["with where they went", "without where they went"] as const) {
      for (const withPlace of [true, false]) {
        for (const b of incidents) {
          const a = tellingA(b, withPlace);
          const day = addDaysIso(b.day, gap);
          const form: DateForm = gap === 0 ? "yesterday" : "two-days-ago";
          const published = publishedOn(form, day, 0, 3, b.i + 1);
          if (a === null || published === null) continue;
          const back: Flow = { from: b.flow.to, to: b.flow.from };
          const s = spec(b, back.from, day, published, form, withPlace, b.i + 1);
          const side = b.flow.side;
          const c = told(b, s, back.from, side ? { name: side.back } : back.to);
          const text = how === "with where they went" ? leftSentence("defected-joined", c, side !== undefined) : `${join("انشق", c.count, "عن", c.from, c.place, c.date)}، بحسب ما أفادت مصادر محلية.`;
          out.push({ truth: "different", variation: `the opposite flow ${gap} days later, the same figure, ${how}, place ${withPlace ? "the town" : "none"}`, a, b: { text, spec: s } });
        }
      }
    }
  }
  return out;
}
