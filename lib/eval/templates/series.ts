/**
 * The "series" family (round 8, issue 10): incidents told across sentences with no verb of their own. Arabic news
 * tells a series with the verb once, then items — each its own sentence or line, a place fronted or following, a
 * figure, the group maybe once only: "فرّ عنصران من الفرقة الرابعة في بصرى الشام يوم الأحد. وفي مدينة الصنمين،
 * ثلاثة عناصر من الفرقة يوم الاثنين."؛ a heading that names the verb once over lines "- الصنمين: عنصران (يوم الاثنين)".
 * Slots in ./series-grammar.ts and ./roundups-grammar.ts, written from the grammar of Arabic news, never from a
 * report. Expected events: group, count, kind (the governing verb's) and the day range where the case fixes it.
 *
 * Series (each item an incident of its own):
 * - fronted-place: "وفي X(،) N من G/من عناصرها/— <day>." after a verb's or a verbal noun's telling;
 * - also-item: "و/كذلك/وكذلك/وأيضاً N من G في X <day>.";
 * - item-details: a fronted-place item with what outlets add and is no predicate: the source ("، بحسب المصدر"، "، وفق
 *   ما أفاد مراسل الشبكة"), "من صفوف G", the arms they took ("بأسلحتهم الفردية"), "وفي X أيضاً"، a part of the day
 *   ("مساء الأحد"، "ليل الاثنين"), one officer with his rank ("ضابط برتبة ملازم");
 * - three-items: two fronted-place items, the group given once only in the last;
 * - vague-telling: a telling that counts no one ("فرّ عناصر من G في عدة بلدات"), then its items;
 * - colon-lines / colon-same-line: "وثّق المرصد فرار عناصر من G خلال الأسبوع الماضي:" then the items, on lines of
 *   their own or the first on the lead's line (its date is its own, not the lead's span);
 * - heading-lines: a heading or lead that names the verb once, then lines "- X: N (<day>)", bulleted or numbered;
 * - heading-paragraphs: a heading, then a paragraph a town: its name on a line, then "N من G <day>.";
 * - same-again: "والحال ذاته في X حيث N من G <day>.";
 * - closing-total: items, then "وبذلك يرتفع عدد الفارين … إلى <their sum>." (a total of those told: no event).
 * One incident told as a series (one event): rank-breakdown ("منهم ضابطان وخمسة مجندين"، lines of ranks), origins
 * (lines "- عنصر من أبناء X": the same men's villages), restatement ("أي ثلاثة من عناصر الحاجز في X"), route (the
 * men taken up, "العناصر الثلاثة", on their way through towns).
 * Not items (`not-item/<what>`: the telling's event only): killed, wounded, prisoners, in custody, the size of a
 * force, and sentences with a predicate of their own of another class (killed, arrested, sent).
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { P } from "./discourse-grammar";
import { familyCases, product, spread } from "./product";
import { DAYS, SMALL, VERBS, type Small, type Verb } from "./roundups-grammar";
import { AGAIN, ALSO_OPENERS, HEADINGS, ITEM_DETAILS, itemPeople, NOT_ITEMS, OWN_PREDICATES, SAME_AGAIN, SERIES_GROUPS, TOWNS, type Again, type SeriesGroup, type Town } from "./series-grammar";

const PER_TEMPLATE = 120;
const PER_NEGATIVE = 40;

const cases = familyCases("series", PER_TEMPLATE, P);

export const distinct = <T>(...xs: T[]) => new Set(xs).size === xs.length;
type Day = (typeof DAYS)[number];
export const COUNT_PAIRS = product({ a: SMALL, b: SMALL }).filter(({ a, b }) => distinct(a.value, b.value));
export const COUNT_TRIPLES = product({ a: SMALL, b: SMALL, c: SMALL }).filter(({ a, b, c }) => distinct(a.value, b.value, c.value));
export const TOWN_PAIRS = product({ p: TOWNS, q: TOWNS }).filter(({ p, q }) => p !== q);
export const TOWN_TRIPLES = product({ p: TOWNS, q: TOWNS, r: TOWNS }).filter(({ p, q, r }) => distinct(p, q, r));
export const DAY_PAIRS = product({ d: DAYS, e: DAYS }).filter(({ d, e }) => d.range[0] !== e.range[0]);
export const DAY_TRIPLES = product({ d: DAYS, e: DAYS, f: DAYS }).filter(({ d, e, f }) => distinct(d.range[0], e.range[0], f.range[0]));

/**
 * Each row of a product with a pair (or triple) of towns and of days of its own, taken in turn with strides coprime
 * to their lengths: the whole product of every slot would be millions of rows, and spread() keeps 120 of them.
 * (`k`, the row's index, lets a family vary other slots in turn too.)
 */
export function cycle<R, T, D>(rows: readonly R[], towns: readonly T[], days: readonly D[]): Array<R & { towns: T; days: D; k: number }> {
  return rows.map((row, k) => ({ ...row, towns: towns[(k * 7) % towns.length], days: days[(k * 5) % days.length], k }));
}

const event = (g: SeriesGroup, n: Small, verb: Verb, day?: Day) => ev(g.id, n.value, verb.kind, day?.range);

/** The telling that names the verb: a verb first, or a verbal noun after a verb of reporting. */
type Telling = "verb" | "masdar";
const TELLINGS: readonly Telling[] = ["verb", "masdar"];
const tell = (how: Telling, v: Verb, n: Small, g: SeriesGroup, town: Town, day: Day) =>
  how === "verb" ? `${v.verb} ${n.nom} من ${g.name} ${town.in} ${day.text}.` : `أفادت مصادر محلية ب${v.masdar} ${n.gen} من ${g.name} ${town.in} ${day.text}.`;

const frontedPlace = cases(
  "fronted-place",
  cycle(product({ how: TELLINGS, g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, again: AGAIN, comma: ["،", ""] }), TOWN_PAIRS, DAY_PAIRS).map(
    ({ how, g, counts: { a, b }, v, again, comma, towns: { p, q }, days: { d, e } }) => ({
      text: `${tell(how, v, a, g, p, d)} و${q.in}${comma} ${itemPeople(b, g, again)} ${e.text}.`,
      events: [event(g, a, v, d), event(g, b, v, e)],
    }),
  ),
);

const alsoItem = cases(
  "also-item",
  cycle(product({ how: TELLINGS, g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, opener: ALSO_OPENERS, again: AGAIN }), TOWN_PAIRS, DAY_PAIRS).map(
    ({ how, g, counts: { a, b }, v, opener, again, towns: { p, q }, days: { d, e } }) => ({
      text: `${tell(how, v, a, g, p, d)} ${opener}${itemPeople(b, g, again)} ${q.in} ${e.text}.`,
      events: [event(g, a, v, d), event(g, b, v, e)],
    }),
  ),
);

/** "وفي X، N من G <day>" with what outlets add: the source, "من صفوف", the arms they took, a part of the day, a rank. */
const ONE = SMALL.find((n) => n.value === 1)!;
const itemDetails = cases(
  "item-details",
  cycle(product({ how: TELLINGS, g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, detail: ITEM_DETAILS }), TOWN_PAIRS, DAY_PAIRS)
    .filter(({ counts: { a }, detail }) => !(detail.one && a.value === 1))
    .map(({ how, g, counts: { a, b }, v, detail, towns: { p, q }, days: { d, e } }) => ({
      text: `${tell(how, v, a, g, p, d)} ${detail.say(b, g, q, e.text)}`,
      events: [event(g, a, v, d), event(g, detail.one ? ONE : b, v, e)],
    })),
);

const threeItems = cases(
  "three-items",
  cycle(product({ g: SERIES_GROUPS, counts: COUNT_TRIPLES, v: VERBS, again: AGAIN }), TOWN_TRIPLES, DAY_TRIPLES).map(
    ({ g, counts: { a, b, c }, v, again, towns: { p, q, r }, days: { d, e, f } }) => ({
      text: `${tell("verb", v, a, g, p, d)} و${q.in}، ${itemPeople(b, g, again)} ${e.text}. و${r.in}، ${c.nom} ${f.text}.`,
      events: [event(g, a, v, d), event(g, b, v, e), event(g, c, v, f)],
    }),
  ),
);

/** "فرّ عناصر من G في عدة بلدات (خلال الأيام الماضية). وفي X، N … وفي Y، M …": the telling counts no one, its items do. */
const vagueTelling = cases(
  "vague-telling",
  cycle(product({ how: TELLINGS, g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, again: AGAIN, span: ["", " خلال الأيام الماضية"] }), TOWN_TRIPLES, DAY_PAIRS).map(
    ({ how, g, counts: { a, b }, v, again, span, towns: { q, r }, days: { d, e } }) => ({
      text: `${how === "verb" ? `${v.verb} عناصر` : `أفادت مصادر محلية ب${v.masdar} عناصر`} من ${g.name} في عدة بلدات${span}. و${q.in}، ${itemPeople(a, g, again)} ${d.text}. و${r.in}، ${b.nom} ${e.text}.`,
      events: [event(g, a, v, d), event(g, b, v, e)],
    }),
  ),
);

/** A lead that names the verb once and ends in a colon, its items after it: on lines of their own, or the first on its line. */
const colonItems = (layout: "lines" | "same-line") =>
  cases(
    `colon-${layout}`,
    cycle(product({ g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, again: ["none", "short"] as Again[] }), TOWN_PAIRS, DAY_PAIRS).map(
      ({ g, counts: { a, b }, v, again, towns: { p, q }, days: { d, e } }) => ({
        text: `وثّق المرصد ${v.masdar} عناصر من ${g.name} خلال الأسبوع الماضي:${layout === "lines" ? "\n" : " "}${itemPeople(a, g, again)} ${p.in} ${d.text}.${layout === "lines" ? "\n" : " "}و${itemPeople(b, g, again)} ${q.in} ${e.text}.`,
        events: [event(g, a, v, d), event(g, b, v, e)],
      }),
    ),
  );

const BULLETS = ["- ", "• ", "numbered"] as const;
const headingLines = cases(
  "heading-lines",
  cycle(product({ heading: HEADINGS, g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, bullet: BULLETS, again: ["none", "short"] as Again[] }), TOWN_PAIRS, DAY_PAIRS).map(
    ({ heading, g, counts: { a, b }, v, bullet, again, towns: { p, q }, days: { d, e } }) => {
      const mark = (k: number) => (bullet === "numbered" ? `${k}- ` : bullet);
      return {
        text: `${heading(v, g)}\n${mark(1)}${p.bare}: ${itemPeople(a, g, again)} (${d.text})\n${mark(2)}${q.bare}: ${itemPeople(b, g, again)} (${e.text})`,
        events: [event(g, a, v, d), event(g, b, v, e)],
      };
    },
  ),
);

const headingParagraphs = cases(
  "heading-paragraphs",
  cycle(product({ heading: HEADINGS, g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, again: AGAIN }), TOWN_PAIRS, DAY_PAIRS).map(
    ({ heading, g, counts: { a, b }, v, again, towns: { p, q }, days: { d, e } }) => ({
      text: `${heading(v, g)}\n\n${p.bare}\n${itemPeople(a, g, again)} ${d.text}.\n\n${q.bare}\n${itemPeople(b, g, again)} ${e.text}.`,
      events: [event(g, a, v, d), event(g, b, v, e)],
    }),
  ),
);

const sameAgain = cases(
  "same-again",
  cycle(product({ how: TELLINGS, g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, same: SAME_AGAIN, again: AGAIN }), TOWN_PAIRS, DAY_PAIRS).map(
    ({ how, g, counts: { a, b }, v, same, again, towns: { p, q }, days: { d, e } }) => ({
      text: `${tell(how, v, a, g, p, d)} ${same} ${q.in} حيث ${itemPeople(b, g, again)} ${e.text}.`,
      events: [event(g, a, v, d), event(g, b, v, e)],
    }),
  ),
);

/** Those who left, as the total's noun: "عدد الفارين"، "عدد المنشقين". */
const leavers = (v: Verb) => (v.kind === "defection" ? "المنشقين" : "الفارين");
const closingTotal = cases(
  "closing-total",
  cycle(product({ g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, again: AGAIN, span: ["خلال أسبوع", "خلال الأيام الأربعة الماضية"] }), TOWN_PAIRS, DAY_PAIRS).map(
    ({ g, counts: { a, b }, v, again, span, towns: { p, q }, days: { d, e } }) => ({
      text: `${tell("verb", v, a, g, p, d)} و${q.in}، ${itemPeople(b, g, again)} ${e.text}. وبذلك يرتفع عدد ${leavers(v)} من صفوف ${g.short} ${span} إلى ${a.value + b.value}.`,
      events: [event(g, a, v, d), event(g, b, v, e)],
    }),
  ),
);

/** One incident told as a series: a breakdown by rank, the men's villages of origin, a restatement, their route. */
const SEVEN = SMALL.find((n) => n.value === 7)!;
const THREE = SMALL.find((n) => n.value === 3)!;
/** (the route's day is the telling's own: they pass through the towns on their way) */
const ONCE: Array<{ name: string; n: Small; say: (g: SeriesGroup, q: Town, r: Town, d: Day) => string }> = [
  { name: "rank-breakdown", n: SEVEN, say: () => `منهم ضابطان وخمسة مجندين.` },
  { name: "rank-breakdown", n: SEVEN, say: () => `وهم:\n- ضابطان برتبة ملازم\n- خمسة مجندين` },
  { name: "rank-breakdown", n: THREE, say: (_g, q) => `بينهم ضابط برتبة نقيب من أبناء ${q.bare}.` },
  { name: "origins", n: THREE, say: (_g, q, r) => `وهم:\n- عنصر من أبناء ${q.bare}\n- عنصران من أبناء ${r.bare}` },
  { name: "origins", n: THREE, say: (_g, q, r) => `والعناصر الثلاثة من أبناء ${q.bare} و${r.bare}.` },
  { name: "origins", n: THREE, say: (_g, q, r) => `وهم:\n- عنصر من ${q.bare}\n- عنصران من ${r.bare}` },
  { name: "restatement", n: THREE, say: (_g, q) => `أي ثلاثة من عناصر الحاجز المتمركز ${q.in}.` },
  { name: "restatement", n: SEVEN, say: (g) => `أي سبعة من ${g.its} في المنطقة.` },
  { name: "route", n: THREE, say: (_g, q, r, d) => `ومن هناك، العناصر الثلاثة إلى ${q.bare} ${d.text}، ثم إلى ${r.bare}.` },
  { name: "route", n: THREE, say: (_g, q, r, d) => `مسار العناصر الثلاثة:\n- ${q.bare} (${d.text})\n- ${r.bare}` },
];
const oneIncident = ONCE.map((frame) => frame.name)
  .filter((name, k, all) => all.indexOf(name) === k)
  .flatMap((name) =>
    cases(
      `one-incident/${name}`,
      cycle(product({ frame: ONCE.filter((f) => f.name === name), g: SERIES_GROUPS, v: VERBS }), TOWN_TRIPLES, DAY_PAIRS).map(({ frame, g, v, towns: { p, q, r }, days: { d } }) => ({
        text: `${tell("verb", v, frame.n, g, p, d)} ${frame.say(g, q, r, d)}`,
        events: [event(g, frame.n, v, d)],
      })),
      PER_NEGATIVE,
    ),
  );

/** Verbless figures that are no incident, and sentences with a predicate of another class: the telling only. */
const notItems = [...NOT_ITEMS, ...OWN_PREDICATES].flatMap((item) =>
  cases(
    `not-item/${item.name}`,
    cycle(product({ how: TELLINGS, g: SERIES_GROUPS, n: SMALL, v: VERBS }), TOWN_PAIRS, DAY_PAIRS).map(({ how, g, n, v, towns: { p, q }, days: { d, e } }) => ({
      text: `${tell(how, v, n, g, p, d)} ${item.say(g, q, e.text)}`,
      events: [event(g, n, v, d)],
    })),
    PER_NEGATIVE,
  ),
);

export const SERIES_CASES: ConventionCase[] = [
  ...frontedPlace, ...alsoItem, ...itemDetails, ...threeItems, ...vagueTelling, ...colonItems("lines"), ...colonItems("same-line"), ...headingLines, ...headingParagraphs, ...sameAgain, ...closingTotal, ...oneIncident, ...notItems,
];
