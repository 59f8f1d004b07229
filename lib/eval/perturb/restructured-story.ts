/**
 * Structural rewrites of real reports across sentences (issue 10, round 14; `npm run -s eval:perturb`): the headline
 * run into the body with no mark at all (a scraped page), the incident's sentence joined to the one before it by «و»
 * or «، حيث», and the group named in a sentence of its own before the incident, which then refers to it only by a
 * pronoun («من صفوفه/ها»، «عنه/ها»). Sites: `restructured-sites.ts`; the gold stays as it is.
 */
import { incidentSites, opensSentence, type Incident } from "./restructured-sites";
import { applyEdits, type Edit } from "./words";

/** The headline's line break as one space, the first line having no mark of its own at its end. */
export function headlineBare(text: string): string {
  const m = text.match(/^([^\n]*[^\s.!?؟:،,])[ \t]*\n+\s*(?=\S)/);
  return m ? `${m[1]} ${text.slice(m[0].length)}` : text;
}

/**
 * The full stop (and the space or line break after it) before a site's sentence, when the sentence before it is
 * not the headline; and the first word of the site's sentence.
 */
function stopBefore(text: string, site: Incident): { at: number; open: number; first: string } | null {
  const before = text.slice(0, site.sentence.start);
  const m = before.match(/[\u0621-\u064a0-9\u0660-\u0669"»”)]\.\s*$/);
  if (!m) return null;
  const at = before.length - m[0].length + 1;
  if (text.indexOf("\n") > at) return null;
  const open = site.sentence.start + text.slice(site.sentence.start).match(/^\s*/)![0].length;
  const first = text.slice(open).match(/^[\u0621-\u064a\u064b-\u0652]+/)?.[0] ?? "";
  return first ? { at, open, first } : null;
}

/** A sentence's own «و» (not the first letter of a word: وصل، وزير…). */
const ownWa = (first: string) => /^و/.test(first) && first.length > 3 && !/^(وصل|وحد|وزار|وكال|وسط|وفق|وجه|وقت|ولا|وزير|وقع|وقوع|وفي)/.test(first);

/** «… . وانشق 12 عنصراً» → «…، وانشق 12 عنصراً»: the incident's sentence joined to the one before by «و». */
export function joinedByWa(text: string): string {
  const edits: Edit[] = [];
  for (const s of incidentSites(text)) {
    const j = stopBefore(text, s);
    if (j) edits.push({ start: j.at, end: j.open, insert: ownWa(j.first) || /^و/.test(j.first) ? "، " : "، و" });
  }
  return applyEdits(text, edits);
}

/** «… . وانشق 12 عنصراً» → «…، حيث انشق 12 عنصراً»: the incident as the circumstance of the sentence before. */
export function joinedByHaythu(text: string): string {
  const edits: Edit[] = [];
  for (const s of incidentSites(text)) {
    const j = stopBefore(text, s);
    if (j) edits.push({ start: j.at, end: j.open + (ownWa(j.first) ? 1 : 0), insert: "، حيث " });
  }
  return applyEdits(text, edits);
}

/** Kind words of a feminine name («قوات النظام»، «ميليشيا…»، «الفرقة الرابعة»، «هيئة…»); the rest take «ـه». */
const FEMININE_HEAD = /^[«"“]?(ال)?(قوات|مي?ليشي?ا|مي?ليشي?ات|فرقة|حركة|هيئة|جبهة|كتائب|كتيبة|وحدات|فصائل|منظمة|قسد|داعش)/;

/** Whether the group's name as written takes a feminine pronoun (its head word, or a bare name of a group). */
export function isFeminine(group: string): boolean {
  const head = group.split(/\s+/)[0];
  return FEMININE_HEAD.test(head) || /ة$/.test(head.replace(/["»”]/g, ""));
}

/**
 * The group said once in a sentence of its own before the incident's, and only a pronoun in the incident's: «وانشق
 * 12 عنصراً من قوات النظام أمس» → «ويعود وجود قوات النظام في المنطقة إلى سنوات. وانشق 12 عنصراً من صفوفها أمس».
 */
export function groupEarlier(text: string): string {
  const edits: Edit[] = [];
  for (const s of incidentSites(text)) {
    if (!s.group || !s.prep) continue;
    // (a modifier of the name left after it, «… التابعة لإيران», would follow the pronoun: left alone)
    if (/^\s+ال/.test(text.slice(s.end))) continue;
    const pronoun = isFeminine(s.group) ? "ها" : "ه";
    const ref = s.prep === "عن" ? `عن${pronoun}` : `من صفوف${pronoun}`;
    const clause = s.order === "verb-first" ? `${s.verb.text}${s.adverb} ${s.subject} ${ref}` : s.groupAfterVerb ? `${s.subject} ${s.verb.text} ${ref}` : `${s.subject} ${ref} ${s.verb.text}`;
    edits.push({ start: s.start, end: s.end, insert: clause });
    // the sentence of the group, right before the incident's (after any line break or space it opens with)
    const lead = text.slice(s.sentence.start).match(/^\s*/)![0].length;
    edits.push({ start: s.sentence.start + lead, end: s.sentence.start + lead, insert: `ويعود وجود ${s.group} في المنطقة إلى سنوات. ` });
  }
  return applyEdits(text, edits);
}
