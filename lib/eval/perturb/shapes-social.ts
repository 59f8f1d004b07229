/**
 * The social-media shapes of one story (issue 10, round 16; `shapes.ts`): a hashtag before the headline («#دير_الزور |
 * …»), a tweet embedded after the incident's sentence that retells it with the group as a hashtag («#قوات_النظام»,
 * issue 10's class 3: one incident must not come out twice), the body's sentences as bullets with no emoji, and a
 * date line at the head of the body naming the publication day («الأحد 24 حزيران 2012 — »). The gold stays as it is.
 */
import { dayNumber, weekdayOfDayNumber } from "../../time/day";
import type { GoldReport } from "../gold";
import { MONTH_SERIES } from "./dates-words";
import { incidentSites, sentenceClose, type Incident } from "./restructured-sites";
import { sentencesOf } from "./words";

type Pick = <T>(options: readonly T[]) => T;

/** A name as one hashtag: quotes gone, spaces as «_». */
export const hashtag = (name: string): string => `#${name.replace(/["«»“”]/g, "").trim().replace(/\s+/g, "_")}`;

/** The hashtag of the report's place (its first gold place), or a general one. */
function placeTag(r: GoldReport, pick: Pick): string {
  const place = r.events.find((e) => e.place)?.place;
  return place && !/[()،,]/.test(place) ? hashtag(place) : pick(["#سوريا", "#عاجل"]);
}

/** «#دير_الزور | » before the headline. */
export function hashtagHead(r: GoldReport, pick: Pick): string {
  return r.text.includes("\n") ? `${placeTag(r, pick)} | ${r.text}` : r.text;
}

/** `insert` as a sentence of its own after the site's sentence (its full stop kept or given). */
export function afterSentence(text: string, site: Incident, insert: string, newLine = false): string {
  const close = sentenceClose(text, site);
  if (!close) return text;
  const rest = text.slice(close.at).replace(/^\./, "").replace(/^[ \t]+/, "");
  const gap = rest === "" || rest.startsWith("\n") ? "" : newLine ? "\n" : " ";
  return `${text.slice(0, close.at)}.${newLine ? "\n" : " "}${insert}${gap}${rest}`;
}

/** «وكتب ناشطون على "تويتر": "#المكان | انشقاق 12 عنصراً عن #قوات_النظام اليوم".» after the first site with a group. */
export function tweetEmbedded(text: string, pick: Pick): string {
  const site = incidentSites(text).find((s) => s.group);
  if (!site) return text;
  const place = pick(["", "#سوريا | "]);
  const tweet = `${place}${site.forms.masdar} ${site.subject} ${site.prep} ${hashtag(site.group!)}${site.adverb}`;
  return afterSentence(text, site, `وكتب ناشطون على "تويتر": "${tweet}".`, true);
}

/** The body's sentences as bullets, one a line: lines that end a sentence; the headline and bylines as they are. */
export function bulleted(text: string): string {
  const lines = text.split("\n");
  if (lines.length < 2) return text;
  const body = lines.slice(1).map((line) => {
    const l = line.trim();
    if (l === "" || !/[.!؟?]$/.test(l)) return line;
    // (r17) a piece that follows the one before with no space is no sentence of its own: the stop inside an obfuscated
    // word («انشقـ.اق») or a number, which no outlet would set on two lines
    const pieces: string[] = [];
    let end = -1;
    for (const s of sentencesOf(l)) {
      const piece = l.slice(s.start, s.end).trim();
      if (piece === "") continue;
      const at = l.indexOf(piece, s.start);
      if (pieces.length > 0 && at === end) pieces[pieces.length - 1] += piece;
      else pieces.push(piece);
      end = at + piece.length;
    }
    return pieces.map((s) => `- ${s}`).join("\n");
  });
  return [lines[0], ...body].join("\n");
}

const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** «الأحد 24 حزيران 2012 — » at the head of the body's first paragraph, for a report published on one day. */
export function datelineHead(r: GoldReport, pick: Pick): string {
  const { start, end } = r.published;
  if (start !== end) return r.text;
  const [y, m, d] = start.split("-").map(Number);
  const line = `${WEEKDAYS[weekdayOfDayNumber(dayNumber(start))]} ${d} ${MONTH_SERIES[m - 1][pick([0, 1])]} ${y} — `;
  const lines = r.text.split("\n");
  const k = lines.findIndex((l, i) => i > 0 && /[.!؟?]$/.test(l.trim()));
  if (k < 0) return r.text;
  lines[k] = `${line}${lines[k].trimStart()}`;
  return lines.join("\n");
}
