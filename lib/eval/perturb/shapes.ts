/**
 * One story told in the shapes real outlets use and no probe had tried (issue 10, round 16; `npm run -s eval:shapes`,
 * also `eval:perturb -- --shapes`): each real-tune report rewritten once per shape, its gold kept (or moved only as
 * the conventions decide), correct by construction.
 *
 * - **relayed**: the incident's sentence moved into a relayed clause: another outlet («ونقلت وكالة X عن مصادر محلية
 *   أن …»), a site's source («وبحسب ما أفاد به مصدر محلي لموقع X، فإن …»), a spokesman («وقال المتحدث باسم … في تصريح
 *   لـX إن …»). The subject comes first after «أنّ/إنّ». Gold unchanged.
 * - **testimony**: a defector's own words quoted after the incident's sentence («وقال أحد المنشقين لـX: "…"»). The
 *   quote adds no event and no figure. Gold unchanged.
 * - **update**: a paragraph right after the incident's sentence that confirms the figure (gold unchanged) or raises it («وارتفع عدد المنشقين لاحقاً
 *   إلى M»، «ثم لحق بهم آخرون ليصل عددهم إلى M»): the conventions' «a running total replaces an earlier figure» (one
 *   event, counted M). Built only for a report with one gold event whose figure the incident's clause writes in
 *   digits; a total with a period of its own is left out (docs/extraction.md: honestly ambiguous).
 * - **social** (`shapes-social.ts`): a hashtag before the headline, a tweet embedded that retells the incident with
 *   the group as a hashtag, the body as bullets, a date line at the head of the body. Gold unchanged.
 *
 * Each shape is pure: a report and a seeded pick in, the variant (text and gold) out, or null where it has no place.
 */
import type { GoldEvent, GoldReport } from "../gold";
import { incidentSites, opensSentence, type Incident } from "./restructured-sites";
import { afterSentence, bulleted, datelineHead, hashtagHead, tweetEmbedded } from "./shapes-social";
import { triggerSentences, withoutConjunction } from "./framing";
import { applyEdits, digitValue, folded, isIn, type PeopleNoun } from "./words";

export interface Shaped {
  text: string;
  events: GoldEvent[];
}

/** A seeded choice among `options` (the caller's generator, one per report and shape). */
export type Pick = <T>(options: readonly T[]) => T;

export interface Shape {
  name: string;
  family: "relayed" | "testimony" | "update" | "social";
  description: string;
  build(report: GoldReport, pick: Pick): Shaped | null;
}

const same = (r: GoldReport, text: string): Shaped | null => (text === r.text ? null : { text, events: r.events });

/** The incident's clause with its subject first, as «أنّ/إنّ» take it: «12 عنصراً من X انشقوا اليوم». */
function subjectFirst(site: Incident): string {
  const group = site.group ? ` ${site.prep} ${site.group}` : "";
  return `${site.subject}${group} ${site.forms.plural}${site.adverb}`;
}

/** Sites that open their sentence with the verb, the subject cut from nothing that follows it («من أبناء…»). */
function movable(text: string): Incident[] {
  return incidentSites(text).filter((s) => s.order === "verb-first" && opensSentence(text, s) && (s.group !== null || !/^\s+(من|عن)\s/.test(text.slice(s.end))));
}

/**
 * The first sentence that tells an incident (opening with its trigger verb or its counted subject, not framed
 * already) behind `frame`, whose particle («أن»، «فإن»، «إن») governs what follows: the subject put first where the
 * clause opens with its verb and counted subject («أن 12 عنصراً من X انشقوا»); digits as they stand; a verb through
 * «ـه» («أنه انشق…»).
 */
function relayed(frame: (pick: Pick) => string, particle: string): (r: GoldReport, pick: Pick) => Shaped | null {
  return (r, pick) => {
    const sites = movable(r.text);
    for (const s of triggerSentences(r.text)) {
      const site = sites.find((x) => x.sentence.start <= s.start && s.start <= x.start && r.text.slice(s.start, x.start).trim() === "");
      if (site) return same(r, applyEdits(r.text, [{ start: site.start, end: site.end, insert: `${frame(pick)}${particle} ${subjectFirst(site)}` }]));
      const rest = s.first.plain.replace(/^[وف]/, "");
      const digits = /^[0-9\u0660-\u0669]/.test(s.first.text);
      if (!digits && !isIn(rest, TELLING_VERBS) && !isIn(s.first.plain, TELLING_VERBS)) continue;
      // (the sentence's own «و» gives way to the frame's: «وفرّ» → «أنه فرّ»)
      const end = !digits && /^و/.test(s.first.plain) && isIn(rest, TELLING_VERBS) ? s.start + 1 : withoutConjunction(r.text, s.start, s.first);
      return same(r, applyEdits(r.text, [{ start: s.start, end, insert: `${frame(pick)}${particle}${digits ? "" : "ه"} ` }]));
    }
    return null;
  };
}

/** The verbs that tell a defection or a flight (not «سلّم/غادر/ترك», which also tell what the men did after). */
const TELLING_VERBS = folded("انشق انشقوا انشقت انشقا فر فروا فرت فرا هرب هربوا هربت تمكن تمكنوا");

const AGENCIES = ["وكالة \"سمارت\" المحلية", "وكالة \"نورث برس\"", "وكالة \"الأناضول\""];
const SITES = ["\"عنب بلدي\"", "\"السورية نت\"", "\"تلفزيون سوريا\""];
const SPOKESMEN = ["المتحدث باسم المجلس المحلي للمدينة", "الناطق باسم شبكة ناشطي المنطقة"];

/**
 * A defector's words: a motive, a flight told in the first person, a number that counts days, not men. No time of day:
 * «ليلاً» alone dates its sentence [P, P] by the date conventions (lib/time/convention.ts), which the gold would have to follow.
 */
const QUOTES = [
  "قررنا ترك مواقعنا بعد أن تأخرت رواتبنا أشهراً، ولم نعد نحتمل الإهانات",
  "انشققنا لأننا رفضنا قتال أهلنا، وخرجنا دون أن يرانا أحد",
  "مشينا ثلاثة أيام بين القرى والبساتين، وكان الخوف يرافقنا طوال الطريق",
  "هربنا من الحاجز، وكان معنا سلاحنا الفردي فقط",
];

/** «وقال أحد المنشقين لـX: "…".» after the sentence of the first incident. */
function testimony(r: GoldReport, pick: Pick): Shaped | null {
  const site = incidentSites(r.text)[0];
  return site ? same(r, afterSentence(r.text, site, `وقال أحد المنشقين لـ${pick(SITES)}: "${pick(QUOTES)}".`)) : null;
}

/** The noun of a figure: 3–10 the plural, 11–99 the accusative, from 100 the singular. */
export function countedNoun(n: number, noun: PeopleNoun): string {
  const m = n % 100;
  if (n >= 3 && n <= 10) return `${n} ${noun.plural}`;
  if (m >= 11 && m <= 99) return `${n} ${noun.accusative}`;
  return `${n} ${noun.singular}`;
}

const PARTICIPLES: Record<string, string> = { انشقاق: "المنشقين", فرار: "الفارين", هروب: "الهاربين" };

/** The one gold event and the site that writes its figure in digits, or null. */
function updatable(r: GoldReport): { site: Incident; event: GoldEvent } | null {
  const events = r.events.filter((e) => !e.optional);
  if (events.length !== 1 || r.events.length !== 1 || !events[0].count) return null;
  const sites = incidentSites(r.text).filter((s) => s.digits && digitValue(s.figure) === events[0].count!.best);
  return sites.length === 1 ? { site: sites[0], event: events[0] } : null;
}

type Update = "confirmed" | "raised" | "joined";

/** A paragraph right after the incident's sentence that confirms or raises the figure of its one incident. */
function update(how: Update) {
  return (r: GoldReport): Shaped | null => {
    const u = updatable(r);
    if (!u) return null;
    const n = digitValue(u.site.figure);
    const m = n + Math.max(2, Math.round(n / 2));
    const who = PARTICIPLES[u.site.forms.masdar];
    const line =
      how === "confirmed"
        ? `وأكد مصدر محلي في وقت لاحق أن عدد ${who} بلغ ${countedNoun(n, u.site.noun)}.`
        : how === "raised"
          ? `وارتفع عدد ${who} لاحقاً إلى ${countedNoun(m, u.site.noun)}، بحسب المصدر ذاته.`
          : `ثم لحق بهم آخرون في وقت لاحق، ليصل عددهم إلى ${countedNoun(m, u.site.noun)}.`;
    // (a paragraph of its own right after the incident's sentence: after a turn to another story further on, «عدد
    // المنشقين» could count that story's men)
    const text = afterSentence(r.text, u.site, line, true);
    if (text === r.text) return null;
    const events = how === "confirmed" ? r.events : [{ ...u.event, count: { low: m, best: m, high: m } }];
    return { text, events };
  };
}

export const SHAPES: readonly Shape[] = [
  { name: "relayed-agency", family: "relayed", description: "«ونقلت وكالة X عن مصادر محلية أن 12 عنصراً من G انشقوا»", build: relayed((p) => `ونقلت ${p(AGENCIES)} عن مصادر محلية `, "أن") },
  { name: "relayed-site", family: "relayed", description: "«وبحسب ما أفاد به مصدر محلي لموقع X، فإن 12 عنصراً من G انشقوا»", build: relayed((p) => `وبحسب ما أفاد به مصدر محلي لموقع ${p(SITES)}، `, "فإن") },
  { name: "relayed-spokesman", family: "relayed", description: "«وقال المتحدث باسم … في تصريح لـX إن 12 عنصراً من G انشقوا»", build: relayed((p) => `وقال ${p(SPOKESMEN)} في تصريح لـ${p(SITES)} `, "إن") },
  { name: "testimony", family: "testimony", description: "«وقال أحد المنشقين لـX: \"قررنا ترك…\"» after the incident's sentence", build: testimony },
  { name: "update-confirmed", family: "update", description: "«وأكد مصدر محلي في وقت لاحق أن عدد المنشقين بلغ N» (gold unchanged)", build: update("confirmed") },
  { name: "update-raised", family: "update", description: "«وارتفع عدد المنشقين لاحقاً إلى M» (a running total: the gold counts M)", build: update("raised") },
  { name: "update-joined", family: "update", description: "«ثم لحق بهم آخرون في وقت لاحق، ليصل عددهم إلى M» (the gold counts M)", build: update("joined") },
  { name: "hashtag-head", family: "social", description: "«#دير_الزور | » before the headline", build: (r, p) => same(r, hashtagHead(r, p)) },
  { name: "tweet-embedded", family: "social", description: "a tweet that retells the incident, the group a hashtag, after its sentence", build: (r, p) => same(r, tweetEmbedded(r.text, p)) },
  { name: "bullets", family: "social", description: "the body's sentences as bullets («- …»), one a line", build: (r) => same(r, bulleted(r.text)) },
  { name: "dateline-head", family: "social", description: "«الأحد 12 آذار 2017 — » at the head of the body (the publication day)", build: (r, p) => same(r, datelineHead(r, p)) },
];
