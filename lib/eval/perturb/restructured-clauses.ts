/**
 * Structural rewrites of real reports, clause by clause (issue 10, round 14; `npm run -s eval:perturb`): the same
 * incident (group, count, kind, date, place) told in another sentence shape. The figure in its own later sentence
 * («انشق عناصر من X أمس. وبلغ عددهم 12 عنصراً»), the figure in apposition («عناصر من X، عددهم 12، انشقوا»), a
 * light verb or passive over the verbal noun («تمّ رصد انشقاق 12 عنصراً»، «جرى انشقاق…»، «سُجّلت حالة انشقاق جماعية
 * لـ12 عنصراً»), the incident inside a relative clause or a noun phrase («وقال العناصر الـ12 الذين انشقوا عن X أمس
 * إن…»، «وكان المنشقون الـ12 عن X قد غادروا مواقعهم أمس»), and reported speech («وقال مصدر محلي إن 12 عنصراً من X
 * انشقوا…»، «وذكر مصدر ميداني أن انشقاق 12 عنصراً من X جرى…»). Sites: `restructured-sites.ts`.
 */
import { bareNounPlural, incidentSites, opensSentence, sentenceClose, type Incident } from "./restructured-sites";
import { applyEdits, type Edit } from "./words";

type SiteRewrite = (text: string, site: Incident) => Edit[] | null;
const eachSite = (f: SiteRewrite) => (text: string): string => applyEdits(text, incidentSites(text).flatMap((s) => f(text, s) ?? []));

/** The subject first after «أن/إن»: the particle takes its pronoun when a verb or a frame comes first now. */
const governed = (site: Incident) => site.order === "subject-first" && site.before !== undefined && /^[وفب]?[اأإ]ن$/.test(site.before.text);
const withPronoun = (site: Incident): Edit => ({ start: site.before!.end, end: site.before!.end, insert: "ه" });

/** The clause with the figure taken out («وانشق عناصر من X», «أن عناصر من X انشقوا»). */
function withoutFigure(site: Incident): string {
  const group = site.group ? ` ${site.prep} ${site.group}` : "";
  return site.order === "verb-first" ? `${site.verb.text}${site.adverb} ${bareNounPlural(site.noun, true)}${group}` : site.groupAfterVerb
      ? `${bareNounPlural(site.noun, false)} ${site.verb.text}${group}`
      : `${bareNounPlural(site.noun, false)}${group} ${site.verb.text}`;
}

/** The figure's sentence after the incident's: «… . وبلغ عددهم 12 عنصراً.» or «ويُقدّر عددهم بـ12 عنصراً». */
function figureLater(kind: "balagha" | "yuqaddar"): SiteRewrite {
  return (text, site) => {
    const close = sentenceClose(text, site);
    if (!close) return null;
    const number = site.subject;
    const said = kind === "balagha" ? `وبلغ عددهم ${number}` : `ويُقدّر عددهم ${prefixed("ب", number)}`;
    return [
      { start: site.start, end: site.end, insert: withoutFigure(site) },
      { start: close.at, end: close.at, insert: `. ${said}${close.stop ? "" : "."}` },
    ];
  };
}

/** «عناصر من X، عددهم 12 عنصراً، انشقوا»: the subject first, its figure in apposition (a group is needed). */
const apposition: SiteRewrite = (text, site) => {
  if (!site.group) return null;
  if (site.order === "verb-first" && !opensSentence(text, site)) return null;
  if (site.groupAfterVerb) return [{ start: site.start, end: site.end, insert: `${bareNounPlural(site.noun, false)}، عددهم ${site.subject}، ${site.forms.plural} ${site.prep} ${site.group}` }];
  const head = `${bareNounPlural(site.noun, site.order === "verb-first")} ${site.prep} ${site.group}`;
  // (a sentence that opened with «وانشق» starts with the noun now, and its «و» goes with the verb)
  return [{ start: site.start, end: site.end, insert: `${head}، عددهم ${site.subject}، ${site.forms.plural}${site.adverb}` }];
};

/** A light verb or passive over the verbal noun, the subject and group after it. */
function lightVerb(verb: string, frame: (site: Incident) => string): SiteRewrite {
  return (text, site) => {
    if (site.order === "subject-first" && !governed(site)) return null;
    const group = site.group ? ` ${site.prep} ${site.group}` : "";
    const edits: Edit[] = [{ start: site.start, end: site.end, insert: `${site.clitic}${verb}${site.adverb} ${frame(site)}${group}` }];
    if (site.order === "subject-first") edits.push(withPronoun(site));
    return edits;
  };
}

/** A one-letter preposition before the subject: joined to a word («بنحو»، «بثمانية»), with a tatweel before digits («بـ12»). */
const prefixed = (p: string, subject: string): string => (/^[0-9\u0660-\u0669]/.test(subject) ? `${p}ـ${subject}` : `${p}${subject}`);

/** The definite noun with its figure, nominative («العناصر الـ12», «المقاتلون الـ12»). */
const definite = (site: Incident): string => `ال${bareNounPlural(site.noun, true)} الـ${site.figure}`;

/** The rest of the sentence after the site, without its full stop, and where the sentence closes. */
function restOf(text: string, site: Incident): { rest: string; close: { at: number; stop: boolean } } | null {
  const close = sentenceClose(text, site);
  if (!close || close.at < site.end) return null;
  return { rest: text.slice(site.end, close.at), close };
}

/** «وقال العناصر الـ12 الذين انشقوا عن X أمس … إن رواتبهم لم تكن تكفي.»: the incident as a relative clause. */
const relativeSaid: SiteRewrite = (text, site) => {
  if (site.order !== "verb-first" || site.hedge || !site.digits || !opensSentence(text, site)) return null;
  const r = restOf(text, site);
  if (!r) return null;
  const group = site.group ? ` ${site.prep} ${site.group}` : "";
  const insert = `وقال ${definite(site)} الذين ${site.forms.plural}${site.adverb}${group}${r.rest.replace(/\s+$/, "")} إن رواتبهم لم تكن تكفي`;
  return [{ start: site.start, end: r.close.at, insert }];
};

/** «وكان المنشقون الـ12 عن X قد غادروا مواقعهم أمس …»: the incident told by its participle, a noun phrase. */
const participlePhrase: SiteRewrite = (text, site) => {
  if (site.order !== "verb-first" || site.hedge || !site.digits || !site.group || !opensSentence(text, site)) return null;
  const r = restOf(text, site);
  if (!r) return null;
  const insert = `وكان ${site.forms.participle} الـ${site.figure} ${site.prep} ${site.group} قد غادروا مواقعهم${site.adverb}${r.rest.replace(/\s+$/, "")}`;
  return [{ start: site.start, end: r.close.at, insert }];
};

/** «وقال مصدر محلي إن 12 عنصراً من X انشقوا …»: a sentence that opened with its verb, as reported speech. */
const reportedSubjectFirst: SiteRewrite = (text, site) => {
  if (site.order !== "verb-first" || !opensSentence(text, site)) return null;
  // (a subject that goes on «من أبناء المنطقة» cannot be cut from it by the verb)
  if (!site.group && /^\s+(من|عن)\s/.test(text.slice(site.end))) return null;
  const group = site.group ? ` ${site.prep} ${site.group}` : "";
  return [{ start: site.start, end: site.end, insert: `وقال مصدر محلي إن ${site.subject}${group} ${site.forms.plural}${site.adverb}` }];
};

/** «وذكر مصدر ميداني أن انشقاق 12 عنصراً من X جرى …»: the verbal noun as the subject of «أنّ», a light verb after. */
const reportedMasdar: SiteRewrite = (text, site) => {
  // (the group is needed: «جرى» after a subject without it would cut the subject from its «من أبناء…»)
  if (site.order !== "verb-first" || !site.group || !opensSentence(text, site)) return null;
  return [{ start: site.start, end: site.end, insert: `وذكر مصدر ميداني أن ${site.forms.masdar} ${site.subject} ${site.prep} ${site.group} جرى${site.adverb}` }];
};

export const figureLaterBalagha = eachSite(figureLater("balagha"));
export const figureLaterYuqaddar = eachSite(figureLater("yuqaddar"));
export const figureApposition = eachSite(apposition);
export const tammaRasd = eachSite(lightVerb("تمّ", (s) => `رصد ${s.forms.masdar} ${s.subject}`));
export const jara = eachSite(lightVerb("جرى", (s) => `${s.forms.masdar} ${s.subject}`));
export const caseRecorded = eachSite(lightVerb("سُجّلت", (s) => `حالة ${s.forms.masdar} جماعية ${prefixed("ل", s.subject)}`));
export const relativeClauseSaid = eachSite(relativeSaid);
export const participleNounPhrase = eachSite(participlePhrase);
export const reportedInna = eachSite(reportedSubjectFirst);
export const reportedAnnaMasdar = eachSite(reportedMasdar);
