/**
 * The "roundups" family (round 7, issue 10): reports that tell several small incidents — a monitor's weekly
 * roundup, a local network's list per town, per day or per unit — of one or two men each, often of the same
 * group, the later ones told without their verb, with another verb or noun, with "أيضاً"/"كذلك", in a clause
 * ("في حين"، "فيما"، "بينما") or after "إضافة إلى"/"علاوة على" + a verbal noun. Slots in ./roundups-grammar.ts,
 * written from the grammar of Arabic news, never from a report. Templates:
 *
 * - list-lines: a roundup heading, then one incident a line ("- فرار عنصرين من X في Y"), bulleted or numbered;
 * - colon-list: "وثّق المرصد خلال الأسبوع الماضي فرار A من X في Y، وB من X في Z، وC …": one verbal noun, the rest gapped;
 * - elliptic-next: "تسرب عنصران من X في Y يوم الأحد، وعنصر ثالث / وعنصران آخران من X في Z يوم الثلاثاء";
 * - while-clause: "فرّ A من X في Y يوم الأحد، في حين / فيما / بينما فرّ B من X في Z يوم الثلاثاء";
 * - also: a second sentence with "أيضاً"، "كذلك"، "كما";
 * - in-addition: "…، إضافة إلى / علاوة على / فضلاً عن فرار B من X في Z يوم …";
 * - per-paragraph: an incident per paragraph, fronted by its town ("وفي Z، فرّ …");
 * - one-incident: one incident told twice (headline and body, "أي" restatement, "العنصران" taken up, a subtotal
 *   "منهم") stays one event.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { P } from "./discourse-grammar";
import { familyCases, product } from "./product";
import { DAYS, HEADINGS, LEADS, PLACES, ROUNDUP_GROUPS, SMALL, VERBS, type Small, type Verb } from "./roundups-grammar";

const PER_TEMPLATE = 120;

const cases = familyCases("roundups", PER_TEMPLATE, P);

/** Ordered pairs and triples of distinct counts (the check tells events apart by their figures). */
const distinct = <T extends { value: number }>(...xs: T[]) => new Set(xs.map((x) => x.value)).size === xs.length;
const COUNT_PAIRS = product({ a: SMALL, b: SMALL }).filter(({ a, b }) => distinct(a, b));
const COUNT_TRIPLES = product({ a: SMALL, b: SMALL, c: SMALL }).filter(({ a, b, c }) => distinct(a, b, c));
const PLACE_PAIRS = product({ p: PLACES, q: PLACES }).filter(({ p, q }) => p !== q);
const DAY_PAIRS = product({ d: DAYS, e: DAYS }).filter(({ d, e }) => d.range[0] !== e.range[0]);

const event = (group: string, n: Small, verb: Verb, day?: { range: [string, string] }) => ev(group, n.value, verb.kind, day?.range);

const listLines = cases(
  "list-lines",
  product({ heading: HEADINGS, g: ROUNDUP_GROUPS, counts: COUNT_TRIPLES, verb: VERBS, bullet: ["- ", "numbered", "• "], places: PLACE_PAIRS }).map(({ heading, g, counts: { a, b, c }, verb, bullet, places: { p, q } }) => {
    const mark = (k: number) => (bullet === "numbered" ? `${k}- ` : bullet);
    return {
      text: `${heading}\n${mark(1)}${verb.masdar} ${a.gen} من ${g.name} ${p}.\n${mark(2)}${verb.masdar} ${b.gen} من ${g.name} ${q}.\n${mark(3)}${verb.masdar} ${c.gen} من ${g.name} في ريف دير الزور.`,
      events: [event(g.id, a, verb), event(g.id, b, verb), event(g.id, c, verb)],
    };
  }),
);

const colonList = cases(
  "colon-list",
  product({ lead: LEADS, g: ROUNDUP_GROUPS, counts: COUNT_TRIPLES, verb: VERBS, places: PLACE_PAIRS }).map(({ lead, g, counts: { a, b, c }, verb, places: { p, q } }) => ({
    text: `${lead} ${verb.masdar} ${a.gen} من ${g.name} ${p}، و${b.gen} من ${g.name} ${q}، و${c.gen} من ${g.name} في ريف دير الزور.`,
    events: [event(g.id, a, verb), event(g.id, b, verb), event(g.id, c, verb)],
  })),
);

/** The next man or men of the same group, told with no verb: "وعنصر ثالث"، "وعنصران آخران"، "ومجند آخر". */
const NEXT: Array<{ text: string; value: number }> = [
  { text: "وعنصر ثالث", value: 1 },
  { text: "ومجند آخر", value: 1 },
  { text: "وعنصران آخران", value: 2 },
  { text: "وثلاثة عناصر آخرون", value: 3 },
];
const ellipticNext = cases(
  "elliptic-next",
  product({ g: ROUNDUP_GROUPS, a: SMALL, next: NEXT, verb: VERBS, places: PLACE_PAIRS, days: DAY_PAIRS, again: ["name", "short"] })
    .filter(({ a, next }) => a.value !== next.value)
    .map(({ g, a, next, verb, places: { p, q }, days: { d, e }, again }) => ({
      text: `${verb.verb} ${a.nom} من ${g.name} ${p} ${d.text}، ${next.text} ${again === "name" ? `من ${g.name}` : `من ${g.short}`} ${q} ${e.text}.`,
      events: [event(g.id, a, verb, d), ev(g.id, next.value, verb.kind, e.range)],
    })),
);

const whileClause = cases(
  "while-clause",
  product({ g: ROUNDUP_GROUPS, counts: COUNT_PAIRS, verbs: product({ v: VERBS, w: VERBS }), conn: ["في حين", "فيما", "بينما"], places: PLACE_PAIRS, days: DAY_PAIRS }).map(
    ({ g, counts: { a, b }, verbs: { v, w }, conn, places: { p, q }, days: { d, e } }) => ({
      text: `${v.verb} ${a.nom} من ${g.name} ${p} ${d.text}، ${conn} ${w.verb} ${b.nom} من ${g.name} ${q} ${e.text}.`,
      events: [event(g.id, a, v, d), event(g.id, b, w, e)],
    }),
  ),
);

/** A second sentence that adds an incident with "أيضاً"، "كذلك"، "كما". */
const ALSO: Array<(verb: string, people: string, group: string, place: string, day: string) => string> = [
  (v, n, g, p, d) => `و${v} أيضاً ${n} من ${g} ${p} ${d}.`,
  (v, n, g, p, d) => `كما ${v} ${n} من ${g} ${p} ${d}.`,
  (v, n, g, p, d) => `و${p}، ${v} كذلك ${n} من ${g} ${d}.`,
  (v, n, g, p, d) => `و${d} ${v} ${n} من ${g} ${p} أيضاً.`,
];
const also = cases(
  "also",
  product({ g: ROUNDUP_GROUPS, counts: COUNT_PAIRS, verbs: product({ v: VERBS, w: VERBS }), frame: ALSO, places: PLACE_PAIRS, days: DAY_PAIRS }).map(
    ({ g, counts: { a, b }, verbs: { v, w }, frame, places: { p, q }, days: { d, e } }) => ({
      text: `${v.verb} ${a.nom} من ${g.name} ${p} ${d.text}. ${frame(w.verb, b.nom, g.name, q, e.text)}`,
      events: [event(g.id, a, v, d), event(g.id, b, w, e)],
    }),
  ),
);

const inAddition = cases(
  "in-addition",
  product({ g: ROUNDUP_GROUPS, counts: COUNT_PAIRS, verbs: product({ v: VERBS, w: VERBS }), conn: ["إضافة إلى", "بالإضافة إلى", "علاوة على", "فضلاً عن"], places: PLACE_PAIRS, days: DAY_PAIRS }).map(
    ({ g, counts: { a, b }, verbs: { v, w }, conn, places: { p, q }, days: { d, e } }) => ({
      text: `${v.verb} ${a.nom} من ${g.name} ${p} ${d.text}، ${conn} ${w.masdar} ${b.gen} من ${g.name} ${q} ${e.text}.`,
      events: [event(g.id, a, v, d), event(g.id, b, w, e)],
    }),
  ),
);

const perParagraph = cases(
  "per-paragraph",
  product({ heading: HEADINGS, g: ROUNDUP_GROUPS, counts: COUNT_PAIRS, verbs: product({ v: VERBS, w: VERBS }), places: PLACE_PAIRS, days: DAY_PAIRS }).map(
    ({ heading, g, counts: { a, b }, verbs: { v, w }, places: { p, q }, days: { d, e } }) => ({
      text: `${heading}\n\n${p}، ${v.verb} ${a.nom} من ${g.name} ${d.text}.\n\nو${q}، ${w.verb} ${b.nom} من ${g.name} ${e.text}.`,
      events: [event(g.id, a, v, d), event(g.id, b, w, e)],
    }),
  ),
);

/** The verb after the men taken up ("أن العنصرين فرّا"), agreeing in number. */
const agreeing = (n: Small, verb: Verb): string => {
  const stem = verb.kind === "defection" ? "انشق" : "فرّ";
  return n.value === 1 ? stem : n.value === 2 ? `${stem}ا` : `${stem}وا`;
};
/** One incident told twice: headline over body, "أي" restatement, the men taken up by the article, a subtotal. */
const ONCE: Array<{ say: (v: Verb, n: Small, group: string, place: string, day: string) => string; dated: boolean; least: number }> = [
  { say: (v, n, g, p, d) => `${v.masdar} ${n.gen} من ${g} ${p}\n${v.verb} ${n.nom} من ${g} ${p} ${d}.`, dated: true, least: 1 },
  { say: (v, n, g, p, d) => `${v.verb} ${n.nom} من ${g} ${p} ${d}، أي جميع عناصر الحاجز المتمركز هناك.`, dated: true, least: 1 },
  { say: (v, n, g, p, d) => `${v.verb} ${n.nom} من ${g} ${p} ${d}. وأوضح المصدر أن ${n.taken} ${agreeing(n, v)} من حاجز على أطراف البلدة.`, dated: true, least: 1 },
  { say: (v, n, g, p) => `حصيلة الأسبوع: ${v.masdar} ${n.gen} من ${g}، منهم اثنان ${p}.`, dated: false, least: 3 },
];
const oneIncident = cases(
  "one-incident",
  product({ g: ROUNDUP_GROUPS, n: SMALL, verb: VERBS, frame: ONCE, place: PLACES, day: DAYS })
    .filter(({ n, frame }) => n.value >= frame.least)
    .map(({ g, n, verb, frame, place, day }) => ({
      text: frame.say(verb, n, g.name, place, day.text),
      events: [event(g.id, n, verb, frame.dated ? day : undefined)],
    })),
);

export const ROUNDUP_CASES: ConventionCase[] = [
  ...listLines, ...colonList, ...ellipticNext, ...whileClause, ...also, ...inAddition, ...perParagraph, ...oneIncident,
];
