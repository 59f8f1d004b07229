/**
 * Synthetic corpora for the store, web and load benchmarks (and the ingest kill test).
 *
 * - `writeSyntheticCorpus(dir, n)`: n report files (front-matter + Arabic body) made from templates:
 *   groups and places from the gazetteers, date expressions of every kind the extractor reads
 *   (أمس، الأسبوع الماضي، مطلع الشهر الجاري، منتصف آذار الماضي، 15 نيسان 2016 …), counts in digits, words,
 *   approximations and vague quantities, destinations, and filler paragraphs.
 * - `buildSyntheticStore(db, nEvents)`: writes reports and hand-made events straight into a store
 *   (no extractor), for the 100,000-event query benchmarks.
 * Deterministic: the same seed gives the same corpus.
 */
import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import groupsData from "../data/groups.json";
import placesData from "../data/places.json";
import type { DefectionEvent, EventKind } from "../lib/extract/types";
import { dayNumber, isoDay } from "../lib/query/bins";
import type { Report } from "../lib/reports/parse";
import { openDatabase } from "../lib/store/db";
import { upsertGazetteers, writeReport, type GazetteerGroup, type GazetteerPlace } from "../lib/store/write";
import { mulberry32 } from "../lib/seeded-random";

const GROUPS = (groupsData as { groups: (GazetteerGroup & { aliases: string[] })[] }).groups;
const PLACES = (placesData as { places: (GazetteerPlace & { kind: string; aliases: string[] })[] }).places.filter((p) => p.kind !== "abroad");

/** mulberry32: a small, fast, seedable generator. (lib/seeded-random.ts) */
export const rng = mulberry32;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
/** Skewed pick: a few items take most of the draws, like real coverage of a few big groups. */
const pickSkewed = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(Math.pow(r(), 2.2) * xs.length)];

const MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const NUMBER_WORDS: [string, number][] = [
  ["ثلاثة", 3],
  ["خمسة", 5],
  ["ثمانية", 8],
  ["عشرة", 10],
  ["خمسة عشر", 15],
  ["عشرين", 20],
  ["ثلاثين", 30],
  ["مئة", 100],
];
const DESTINATIONS = ["الشمال السوري", "مناطق سيطرة قسد", "دول الجوار", "تركيا", "الأردن", "إدلب", "مناطق المعارضة"];
const VERBS = ["انشق", "فر", "هرب", "انشقّ"];
const FILLER = [
  "وتشهد المنطقة توتراً أمنياً متزايداً منذ أسابيع، وسط انتشار للحواجز على الطرق الرئيسية.",
  "ولم يصدر أي تعليق رسمي حول الحادثة حتى ساعة إعداد هذا الخبر.",
  "وكانت قوات النظام قد شنت حملة مداهمات في المنطقة بحثاً عن المطلوبين للخدمة الإلزامية.",
  "وأفاد ناشطون بأن الأوضاع المعيشية الصعبة دفعت كثيرين إلى ترك صفوف الميليشيات.",
  "ويأتي ذلك في ظل تراجع الرواتب وارتفاع الأسعار في مناطق سيطرة النظام.",
  "وتواصل الفصائل المحلية تعزيز مواقعها على خطوط التماس.",
];

interface DatePhrase {
  text: string | null;
  start: number;
  end: number;
  grain: DefectionEvent["date"]["grain"];
}

function monthRange(y: number, m: number): [number, number] {
  return [Date.UTC(y, m, 1) / 86_400_000, Date.UTC(y, m + 1, 0) / 86_400_000];
}

/** A date expression and the range it means for a report published on day P (see the dev set's README). */
function datePhrase(r: Rand, p: number): DatePhrase {
  const d = new Date(p * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (int(r, 0, 9)) {
    case 0:
      return { text: `أمس ${WEEKDAYS[new Date((p - 1) * 86_400_000).getUTCDay()]}`, start: p - 1, end: p - 1, grain: "day" };
    case 1:
      return { text: "الأسبوع الماضي", start: p - 7, end: p - 1, grain: "week" };
    case 2:
      return { text: "قبل أيام", start: p - 7, end: p - 1, grain: "span" };
    case 3: {
      const [a] = monthRange(y, m);
      return { text: "مطلع الشهر الجاري", start: a, end: Math.min(a + 9, p), grain: "span" };
    }
    case 4: {
      const [a, b] = monthRange(y, m - 1);
      return { text: "الشهر الماضي", start: a, end: b, grain: "month" };
    }
    case 5: {
      const pm = new Date(Date.UTC(y, m - 1, 1));
      const [a] = monthRange(pm.getUTCFullYear(), pm.getUTCMonth());
      return { text: `منتصف ${MONTHS_LEVANT[pm.getUTCMonth()]} الماضي`, start: a + 10, end: a + 19, grain: "span" };
    }
    case 6: {
      const day = p - int(r, 2, 40);
      const dd = new Date(day * 86_400_000);
      return { text: `${dd.getUTCDate()} ${MONTHS_LEVANT[dd.getUTCMonth()]} ${dd.getUTCFullYear()}`, start: day, end: day, grain: "day" };
    }
    case 7:
      return { text: "خلال الأيام الماضية", start: p - 7, end: p, grain: "span" };
    case 8:
      return { text: "مؤخراً", start: p - 30, end: p, grain: "span" };
    default:
      return { text: null, start: p - 7, end: p, grain: "span" };
  }
}

interface CountPhrase {
  text: string | null;
  count: DefectionEvent["count"];
}

function countPhrase(r: Rand): CountPhrase {
  const n = int(r, 2, 60);
  switch (int(r, 0, 6)) {
    case 0:
    case 1:
      return { text: `${n} عنصراً`, count: { low: n, best: n, high: n, text: `${n} عنصراً` } };
    case 2: {
      const [w, v] = pick(r, NUMBER_WORDS);
      return { text: `${w} عناصر`, count: { low: v, best: v, high: v, text: `${w} عناصر` } };
    }
    case 3:
      return { text: `نحو ${n} عنصراً`, count: { low: Math.floor(0.8 * n), best: n, high: Math.ceil(1.2 * n), text: `نحو ${n}` } };
    case 4:
      return { text: `أكثر من ${n} عنصراً`, count: { low: n, best: n, high: Math.ceil(1.5 * n), text: `أكثر من ${n}` } };
    case 5:
      return { text: "عشرات العناصر", count: { low: 20, best: 30, high: 99, text: "عشرات" } };
    default:
      return { text: "عدد من العناصر", count: null };
  }
}

export interface SyntheticReport {
  report: Report;
  /** The events the templates put in (what a perfect extractor would find). */
  events: DefectionEvent[];
  /** The file's full text. */
  file: string;
}

const FIRST_DAY = dayNumber("2011-04-01");
const LAST_DAY = dayNumber("2025-06-30");

/** Report number `i` of the corpus with this seed. */
export function syntheticReport(i: number, seed = 1): SyntheticReport {
  const r = rng(seed * 1_000_003 + i);
  const p = int(r, FIRST_DAY, LAST_DAY);
  const published = isoDay(p);
  const id = `syn-${String(i).padStart(6, "0")}`;
  const nEvents = int(r, 0, 3) === 0 ? 1 : int(r, 1, 3);
  const paragraphs: string[] = [];
  const events: DefectionEvent[] = [];
  let body = "";
  const title = `انشقاقات جديدة في صفوف ${pickSkewed(r, GROUPS).name_ar}`;
  body += `${title}\n\n`;
  for (let k = 0; k < nEvents; k++) {
    const group = pickSkewed(r, GROUPS);
    const alias = r() < 0.5 || group.aliases.length === 0 ? group.name_ar : pick(r, group.aliases);
    const place = r() < 0.8 ? pickSkewed(r, PLACES) : null;
    const date = datePhrase(r, p);
    const count = countPhrase(r);
    const verb = pick(r, VERBS);
    const dest = r() < 0.5 ? pick(r, DESTINATIONS) : null;
    const kind: EventKind = r() < 0.85 ? "defection" : r() < 0.7 ? "desertion" : "attempted";
    const sentence = [
      "وقالت مصادر محلية إن",
      count.text ?? "عناصر",
      kind === "attempted" ? "حاولوا الانشقاق عن" : `${verb}وا عن`,
      alias,
      place ? `في ${place.name_ar}` : "",
      date.text ?? "",
      dest ? `وتوجهوا إلى ${dest}` : "",
    ]
      .filter(Boolean)
      .join(" ")
      .concat(".");
    const start = body.length;
    body += `${sentence}\n\n`;
    if (r() < 0.7) body += `${pick(r, FILLER)}\n\n`;
    events.push({
      kind,
      groups: [{ id: group.id, name_ar: group.name_ar, name_en: group.name_en ?? null, text: alias, known: true }],
      count: count.count,
      date: {
        start: isoDay(Math.min(date.start, date.end)),
        end: isoDay(Math.max(date.start, date.end)),
        grain: date.grain,
        basis: date.text ? "expression" : "default",
        text: date.text,
        rule: "synthetic",
        explanation: `${date.text ?? "no expression"}, published ${published}`,
      },
      place: place ? { text: place.name_ar, id: place.id, name_ar: place.name_ar, governorate: place.governorate ?? null } : null,
      destination: dest ? { text: dest, group_id: null, area: dest } : null,
      evidence: { sentence: { start, end: start + sentence.length }, spans: [{ role: "trigger", start, end: start + 4 }] },
      confidence: Math.round((0.5 + 0.5 * r()) * 100) / 100,
    });
  }
  paragraphs.push(pick(r, FILLER));
  body += `${paragraphs.join("\n\n")}\n`;
  const report: Report = {
    id,
    title,
    outlet: "synthetic",
    url: `https://example.org/${id}`,
    published: { start: published, end: published },
    publishedText: published,
    language: "ar",
    notes: null,
    body,
    file: `${id}.md`,
  };
  const file = `---\nid: ${id}\ntitle: "${title}"\noutlet: synthetic\nurl: ${report.url}\npublished: "${published}"\nlanguage: ar\n---\n${body}`;
  return { report, events, file };
}

/** Writes reports `0..n-1` as `<dir>/syn-XXXXXX.md`; returns the file names. */
export function writeSyntheticCorpus(dir: string, n: number, seed = 1): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = syntheticReport(i, seed);
    fs.writeFileSync(path.join(dir, s.report.file), s.file);
    names.push(s.report.file);
  }
  return names;
}

/**
 * Fills a store with at least `nEvents` template events, writing them directly (no extractor);
 * returns the numbers of reports and events written.
 */
export function buildSyntheticStore(db: Database, nEvents: number, seed = 1, options: { deferIncidents?: boolean } = {}): { reports: number; events: number } {
  upsertGazetteers(db, GROUPS, PLACES);
  let events = 0;
  let reports = 0;
  const batch = db.transaction((items: SyntheticReport[]) => {
    for (const s of items) {
      writeReport(db, s.report, s.events, { contentHash: `synthetic-${s.report.id}`, extractorVersion: "synthetic", file: s.report.file, deferIncidents: options.deferIncidents });
    }
  });
  while (events < nEvents) {
    const items: SyntheticReport[] = [];
    for (let k = 0; k < 1000 && events < nEvents; k++) {
      const s = syntheticReport(reports, seed);
      items.push(s);
      reports += 1;
      events += s.events.length;
    }
    batch(items);
  }
  return { reports, events };
}

/**
 * A store of `nEvents` synthetic events at `file`, built once and reused while it holds that many
 * (for bench:store, bench:web and bench:load). Returns the counts.
 */
export function ensureSyntheticStore(file: string, nEvents: number, seed = 1): { reports: number; events: number; built: boolean } {
  if (fs.existsSync(file)) {
    const db = openDatabase(file);
    try {
      const events = (db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
      const reports = (db.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n;
      if (events >= nEvents && events < nEvents + 3) return { reports, events, built: false };
    } finally {
      db.close();
    }
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
  const db = openDatabase(file);
  try {
    const counts = buildSyntheticStore(db, nEvents, seed);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.exec("ANALYZE");
    return { ...counts, built: true };
  } finally {
    db.close();
  }
}
