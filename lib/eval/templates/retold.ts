/**
 * The "retold" family (round 9, r9-fold): an incident told again *loosely* later in the same report — one or two
 * sentences between, the second telling in any of the shapes outlets use for details (a source's account, "تمكن …
 * من الانشقاق", the place or date first), its group another gazetteer id of the lineage (a parent, a unit) or another
 * name of it, its figure the same, smaller (a part of them, said with no "من العناصر الفارين" to mark it) or absent,
 * its date the default or the first telling's. Expected: ONE event, with the most specific group and the first
 * telling's figure and date (the r8 "twins" family holds the strict shapes of the same class).
 *
 * Beside them, told the same loose way, TWO events (templates "apart/…"): a parent and its unit each with an
 * incident of its own day, or of its own place; people who crossed abroad, then others who gave themselves up at
 * home; a second figure larger than the first; "آخرون"; a connective of
 * another incident ("وفي حادثة أخرى"، "وفي حادثة منفصلة"); the other day named by its date.
 * Slots: ./twins-grammar.ts (lineages, figures, the sentences between) and ./discourse-grammar.ts (predicates,
 * dates, places).
 */
import { ev, type ConventionCase, type Triple } from "../../extract/conventions/types";
import { DEFAULT_RANGE, EARLIER, P, PLACES, PREDICATES, RECENT } from "./discourse-grammar";
import { familyCases, product, spaced } from "./product";
import { BETWEEN, FIGURES, LINEAGES, type Lineage, type Named } from "./twins-grammar";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 48;

const cases = familyCases("retold", PER_TEMPLATE, P);

const ORDERS = ["wide-first", "narrow-first"] as const;
const ordered = (l: Lineage, order: (typeof ORDERS)[number]): [Named, Named] => (order === "wide-first" ? [l.wide, l.narrow] : [l.narrow, l.wide]);

/** What stands between the two tellings: nothing, one sentence, or two (neither dated nor counted). */
const GAPS: readonly string[] = ["", BETWEEN[0], BETWEEN.join(" ")];

/** A figure a second telling says (each takes a plural verb), and its value. */
interface Said {
  text: string;
  value: Triple;
}
/** Fewer people than any first figure (FIGURES: 12, 7, about 40), said with no mark of a part. */
const SMALLER: readonly Said[] = [
  { text: "ثلاثة عناصر", value: [3, 3, 3] },
  { text: "خمسة مقاتلين", value: [5, 5, 5] },
];
/** More people than the first figures they are told after (the templates leave out "نحو 40"'s range). */
const LARGER: readonly Said[] = [
  { text: "75 عنصراً", value: [75, 75, 75] },
  { text: "مئة عنصر", value: [100, 100, 100] },
];

/** A loose second telling: `f` the figure as said ("" for none: "عناصر"), `d` its date phrase ("" for none). */
type Say = (g: string, f: string, d: string) => string;
const LOOSE_SHAPES: ReadonlyArray<{ name: string; say: Say }> = [
  { name: "source-inna", say: (g, f, d) => `وقال مصدر محلي إن ${spaced(f || "عناصر", "من", g, "انشقوا", d, "ولجؤوا إلى مناطق المعارضة")}.` },
  { name: "managed-to-flee", say: (g, f, d) => `وتمكن ${spaced(f || "عناصر", "من", g, "من الانشقاق", d, "والوصول إلى مناطق المعارضة")}.` },
  { name: "date-first", say: (g, f, d) => `${d ? `و${d}،` : "وبحسب ناشطين،"} ${spaced("انشق", f || "عناصر", "عن", g, "بأسلحتهم الخفيفة")}.` },
  { name: "according-to", say: (g, f, d) => `وبحسب شبكة محلية، فإن ${spaced(f || "عناصر", "من", g, "تركوا مواقعهم", d, "ولجؤوا إلى فصائل المعارضة")}.` },
];

type FigureForm = "same" | "smaller" | "none";
const FORMS: readonly FigureForm[] = ["same", "smaller", "none"];

/** One incident, retold loosely: one template per figure form × shape; the second date the first's or none. */
const RETOLD: ConventionCase[] = FORMS.flatMap((form) =>
  LOOSE_SHAPES.flatMap((shape) =>
    cases(
      `${form}/${shape.name}`,
      product({ dated: [false, true], gap: GAPS, order: ORDERS, lineage: LINEAGES, figure: FIGURES, smaller: SMALLER, pred: PREDICATES, d1: RECENT, place: PLACES })
        .filter(({ smaller }) => form === "smaller" || smaller === SMALLER[0])
        .map(({ dated, gap, order, lineage, figure, smaller, pred, d1, place }) => {
          const [first, second] = ordered(lineage, order);
          const f = form === "same" ? figure.same : form === "smaller" ? smaller.text : "";
          return {
            text: spaced(`${pred.say(figure, first.name, d1.text, place)}.`, gap, shape.say(second.name, f, dated ? d1.text : "")),
            events: [ev(lineage.narrow.id, figure.value, "defection", d1.range)],
          };
        }),
    ),
  ),
);

/** Two ways of naming one day against P (Wed 2022-03-16): the lead says one, the details the other. */
const SAME_DAY: ReadonlyArray<[string, string, [string, string]]> = [
  ["أمس", "يوم الثلاثاء", ["2022-03-15", "2022-03-15"]],
  ["أول أمس", "مساء الاثنين", ["2022-03-14", "2022-03-14"]],
  ["يوم الأحد الماضي", "الأحد", ["2022-03-13", "2022-03-13"]],
];

/**
 * The day told differently: only in the second telling (the lead says none), or by another name of the same day.
 * Expected: one event, of that day.
 */
const RETOLD_DAYS: ConventionCase[] = (["second-only", "another-name"] as const).flatMap((dating) =>
  (["same", "smaller"] as const).flatMap((form) =>
    cases(
      `days/${dating}/${form}`,
      product({ shape: LOOSE_SHAPES, gap: GAPS, order: ORDERS, lineage: LINEAGES, figure: FIGURES, smaller: SMALLER, pred: PREDICATES, day: SAME_DAY }).map(({ shape, gap, order, lineage, figure, smaller, pred, day: [d1, d2, range] }) => {
        const [first, second] = ordered(lineage, order);
        return {
          text: spaced(`${pred.say(figure, first.name, dating === "second-only" ? "" : d1, "")}.`, gap, shape.say(second.name, form === "same" ? figure.same : smaller.text, dating === "second-only" ? d1 : d2)),
          events: [ev(lineage.narrow.id, figure.value, "defection", range)],
        };
      }),
    ),
  ),
);

const PAIRS = LINEAGES.filter((l) => l.relation === "unit").flatMap((l) => ORDERS.map((o) => ordered(l, o)));

/** Told the same loose way, but another incident: what says so, and the second event's figure and day. */
const APART: ReadonlyArray<{ name: string; rows: () => Array<Omit<ConventionCase, "id" | "published">> }> = [
  {
    // another day, named by its own date
    name: "other-day",
    rows: () =>
      product({ gap: GAPS, names: PAIRS, figure: FIGURES, smaller: SMALLER, pred: PREDICATES, d1: RECENT, d2: EARLIER, shape: LOOSE_SHAPES.slice(0, 2) }).map(({ gap, names: [g1, g2], figure, smaller, pred, d1, d2, shape }) => ({
        text: spaced(`${pred.say(figure, g1.name, d1.text, "")}.`, gap, shape.say(g2.name, smaller.text, d2.text)),
        events: [ev(g1.id, figure.value, "defection", d1.range), ev(g2.id, smaller.value, "defection", d2.range)],
      })),
  },
  {
    // another place the same day, with its own figure
    name: "other-place",
    rows: () =>
      product({ gap: GAPS, names: PAIRS, figure: FIGURES, smaller: SMALLER, pred: PREDICATES, d1: RECENT, places: PLACES.flatMap((p) => PLACES.filter((q) => q !== p).map((q): [string, string] => [p, q])) }).map(
        ({ gap, names: [g1, g2], figure, smaller, pred, d1, places: [p1, p2] }) => ({
          text: spaced(`${pred.say(figure, g1.name, d1.text, p1)}.`, gap, `وقال مصدر محلي إن ${spaced(smaller.text, "من", g2.name, "انشقوا", p2, "ولجؤوا إلى مناطق المعارضة")}.`),
          events: [ev(g1.id, figure.value, "defection", d1.range), ev(g2.id, smaller.value, "defection", DEFAULT_RANGE)],
        }),
      ),
  },
  {
    // a larger figure: not a part of the people told
    name: "larger",
    rows: () =>
      product({ gap: GAPS, names: PAIRS, figure: FIGURES.filter((f) => f.value[2] < 75), larger: LARGER, pred: PREDICATES, d1: RECENT, shape: LOOSE_SHAPES }).map(({ gap, names: [g1, g2], figure, larger, pred, d1, shape }) => ({
        text: spaced(`${pred.say(figure, g1.name, d1.text, "")}.`, gap, shape.say(g2.name, larger.text, "")),
        events: [ev(g1.id, figure.value, "defection", d1.range), ev(g2.id, larger.value, "defection", DEFAULT_RANGE)],
      })),
  },
  {
    // another destination: those who crossed abroad, then people who gave themselves up at home
    name: "other-destination",
    rows: () =>
      product({ gap: GAPS, names: PAIRS, figure: FIGURES, smaller: SMALLER, d1: RECENT, country: ["تركيا", "الأردن", "العراق"], shape: LOOSE_SHAPES.slice(0, 2) }).map(({ gap, names: [g1, g2], figure, smaller, d1, country, shape }) => ({
        text: spaced(`عبر ${spaced(figure.plain, "من", g1.name, "الحدود إلى", country, d1.text)}.`, gap, shape.say(g2.name, smaller.text, "")),
        events: [ev(g1.id, figure.value, "desertion", d1.range), ev(g2.id, smaller.value, "defection", DEFAULT_RANGE)],
      })),
  },
  {
    // "آخرون": other people than those told
    name: "others",
    rows: () =>
      product({ gap: GAPS, names: PAIRS, figure: FIGURES, smaller: SMALLER, pred: PREDICATES, d1: RECENT }).map(({ gap, names: [g1, g2], figure, smaller, pred, d1 }) => ({
        text: spaced(`${pred.say(figure, g1.name, d1.text, "")}.`, gap, `وقال مصدر محلي إن ${spaced(smaller.text, "آخرين من", g2.name, "انشقوا ولجؤوا إلى مناطق المعارضة")}.`),
        events: [ev(g1.id, figure.value, "defection", d1.range), ev(g2.id, smaller.value, "defection", DEFAULT_RANGE)],
      })),
  },
  {
    // a connective of another incident, with the same figure or a smaller one
    name: "another-incident",
    rows: () =>
      product({ gap: GAPS, names: PAIRS, figure: FIGURES, second: ["same", "smaller"] as const, smaller: SMALLER, connective: ["وفي حادثة أخرى،", "وفي حادثة منفصلة،"], pred: PREDICATES, d1: RECENT }).map(
        ({ gap, names: [g1, g2], figure, second, smaller, connective, pred, d1 }) => {
          const [text, value] = second === "same" ? [figure.same, figure.value] : [smaller.text, smaller.value];
          return {
            text: spaced(`${pred.say(figure, g1.name, d1.text, "")}.`, gap, connective, `انشق ${spaced(text, "عن", g2.name)} ولجؤوا إلى فصائل المعارضة.`),
            events: [ev(g1.id, figure.value, "defection", d1.range), ev(g2.id, value, "defection", DEFAULT_RANGE)],
          };
        },
      ),
  },
];

export const RETOLD_CASES: ConventionCase[] = [...RETOLD, ...RETOLD_DAYS, ...APART.flatMap(({ name, rows }) => cases(`apart/${name}`, rows()))];
