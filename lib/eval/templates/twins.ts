/**
 * The "twins" family (round 8): one incident told twice in one report, the second time in another sentence with
 * the group under another gazetteer id of its lineage (a parent or a unit of it) or another of its names (an
 * alias, an acronym, a hashtag): "انشق 12 عنصراً من الفرقة الرابعة … وبذلك يكون 12 عنصراً من قوات النظام قد فرّوا".
 * Slots (./twins-grammar.ts, ./discourse-grammar.ts): the lineage, which name comes first, the first telling's
 * shape, figure, date and place; the second telling's shape, its figure (the same, a looser form, none, the same
 * with a subset "بينهم", a smaller part "تمكن ثلاثة من …"), its date (the same, none) and a sentence between or
 * not. Expected: ONE event, shown with the most specific group (the unit), the first telling's figure and date.
 * Also one event: a town in one telling and its governorate in the other ("place/town-and-governorate").
 *
 * Beside them, told the same way, TWO events (templates "apart/…"): another figure told as another incident
 * ("وفي حادثة أخرى"، "آخرون"، another place the same day), a unit and its parent each with an incident on its own
 * day ("وكان … قد انشقوا الشهر الماضي"), a unit's incident and the parent's total since the month began (a tally
 * over a period of its own is an event by the conventions: conventions/events.ts "two-tally-since-period"), and
 * two sister units of one parent.
 */
import { ev, type ConventionCase, type Triple } from "../../extract/conventions/types";
import { COUNTS_B, DEFAULT_RANGE, EARLIER, P, PLACES, PREDICATES, RECENT, they, type DateForm } from "./discourse-grammar";
import { familyCases, product, spaced } from "./product";
import { BETWEEN, FIGURES, LINEAGES, PARTS, SISTERS, TOTALS, TOWNS, type Figure, type Lineage, type Named } from "./twins-grammar";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 60;

const cases = familyCases("twins", PER_TEMPLATE, P);

/** The two names in the order told, and the group the event is shown with (the unit, or the group itself). */
const ordered = (l: Lineage, order: "wide-first" | "narrow-first"): [Named, Named] => (order === "wide-first" ? [l.wide, l.narrow] : [l.narrow, l.wide]);
const ORDERS = ["wide-first", "narrow-first"] as const;

/** A second telling: its sentence from the group's other name, its figure as said, and its date phrase ("" for none). */
type Say = (g: string, figure: string, date: string) => string;
interface SecondShape {
  name: string;
  say: Say;
}

/** Second tellings that carry a figure (the same one, or a looser form of it). */
const WITH_FIGURE: readonly SecondShape[] = [
  { name: "reported", say: (g, f, d) => `وأفادت مصادر محلية بانشقاق ${spaced(f, "من", g, d)}.` },
  { name: "restated", say: (g, f, d) => `وبذلك يكون ${spaced(f, "من", g, "قد فرّوا", d)}.` },
  { name: "participle", say: (g, f, d) => `وأكد ناشطون أن ${spaced(f, "منشقين عن", g, "وصلوا إلى مناطق المعارضة", d)}.` },
  { name: "quoted", say: (g, f, d) => `ونقلت شبكة محلية عن مصدر قوله: «فرّ ${spaced(f, "من", g, d)}».` },
];

/** Second tellings with no figure: the people taken up ("العناصر المنشقين عن …"), or their unit named. */
const WITHOUT_FIGURE: readonly SecondShape[] = [
  { name: "reported", say: (g, _f, d) => `وأفادت مصادر محلية بانشقاق ${spaced("عناصر من", g, d)}.` },
  { name: "participle", say: (g, _f, d) => `وأكد ناشطون أن ${spaced("العناصر المنشقين عن", g, "وصلوا إلى مناطق المعارضة", d)}.` },
  { name: "quoted", say: (g, _f, d) => `ونقلت شبكة محلية عن مصدر قوله: «فرّ ${spaced("عناصر من", g, d)}».` },
  { name: "belongs", say: (g) => `وينتمي العناصر المنشقون إلى ${g}.` },
  { name: "belongs-said", say: (g) => `وأوضح المصدر أن العناصر ينتمون إلى ${g}.` },
];

/** Second tellings with the same figure and a subset of it ("بينهم ثلاثة ضباط"). */
const WITH_SUBSET: readonly SecondShape[] = [
  { name: "reported", say: (g, f, d) => `وأفادت مصادر محلية بانشقاق ${spaced(f, "من", g, d)}، بينهم ثلاثة ضباط.` },
  { name: "participle", say: (g, f, d) => `وأكد ناشطون أن ${spaced(f, "من", g, "انشقوا", d)}، من بينهم ضابطان.` },
];

/** Second tellings of a smaller part of the same people ("تمكن ثلاثة من العناصر الفارين من …"); `f` is the part. */
const WITH_PART: readonly SecondShape[] = [
  { name: "managed", say: (g, f, d) => `وتمكن ${spaced(f, "من العناصر الفارين من", g, "من الوصول إلى مناطق المعارضة", d)}.` },
  { name: "arrived", say: (g, f, d) => `ووصل ${spaced(f, "من المنشقين عن", g, "إلى مناطق المعارضة", d)}.` },
];

type FigureForm = "same" | "approx" | "none" | "subset" | "part";
const SECOND: Array<{ form: FigureForm; shapes: readonly SecondShape[]; said: (f: Figure, part: string) => string }> = [
  { form: "same", shapes: WITH_FIGURE, said: (f) => f.same },
  { form: "approx", shapes: WITH_FIGURE, said: (f) => f.approx },
  { form: "none", shapes: WITHOUT_FIGURE, said: () => "" },
  { form: "subset", shapes: WITH_SUBSET, said: (f) => f.same },
  { form: "part", shapes: WITH_PART, said: (_f, part) => part },
];

/** One incident told twice: one template per figure form × second shape. */
const TOLD_TWICE: ConventionCase[] = SECOND.flatMap(({ form, shapes, said }) =>
  shapes.flatMap((shape) =>
    cases(
      `${form}/${shape.name}`,
      // (the small slots vary slowest, so the even thinning keeps every form of them)
      product({ dated: [true, false], between: ["", ...BETWEEN], order: ORDERS, place: PLACES, lineage: LINEAGES, figure: FIGURES, part: PARTS, pred: PREDICATES, d1: RECENT })
        // ("belongs" shapes say no date; a part is only a slot of the "part" form)
        .filter(({ dated, part }) => (!dated || !shape.name.startsWith("belongs")) && (form === "part" || part === PARTS[0]))
        .map(({ lineage, order, pred, figure, part, d1, dated, between, place }) => {
          const [first, second] = ordered(lineage, order);
          return {
            text: spaced(`${pred.say(figure, first.name, d1.text, place)}.`, between, shape.say(second.name, said(figure, part), dated ? d1.text : "")),
            events: [ev(lineage.narrow.id, figure.value, "defection", d1.range)],
          };
        }),
    ),
  ),
);

/** The town in one telling, its governorate in the other ("في مدينة نوى" / "في محافظة درعا"): one place said twice. */
const coarserPlace = cases(
  "place/town-and-governorate",
  product({ dated: [true, false], townFirst: [true, false], order: ORDERS, lineage: LINEAGES, towns: TOWNS.flatMap((t) => t.governorate.map((g): [string, string] => [t.town, g])), figure: FIGURES, pred: PREDICATES, d1: RECENT }).map(
    ({ dated, townFirst, order, lineage, towns: [town, governorate], figure, pred, d1 }) => {
      const [first, second] = ordered(lineage, order);
      const [p1, p2] = townFirst ? [town, governorate] : [governorate, town];
      return {
        text: `${pred.say(figure, first.name, d1.text, p1)}. ${WITH_FIGURE[0].say(`${second.name} ${p2}`, figure.same, dated ? d1.text : "")}`,
        events: [ev(lineage.narrow.id, figure.value, "defection", d1.range)],
      };
    },
  ),
);

const LINEAGE_PAIRS = LINEAGES.flatMap((l) => ORDERS.map((o) => ordered(l, o)));
const otherDays = (d1: DateForm, d2: DateForm | null) => !d2 || d2.range[0] !== d1.range[0];

const anotherIncident = cases(
  "apart/another-incident",
  product({ names: LINEAGE_PAIRS, pred: PREDICATES, a: FIGURES, b: COUNTS_B, d1: RECENT, d2: [...RECENT, null], place: PLACES })
    .filter(({ d1, d2 }) => otherDays(d1, d2))
    .map(({ names: [g1, g2], pred, a, b, d1, d2, place }) => ({
      text: `${pred.say(a, g1.name, d1.text, place)}. وفي حادثة أخرى، ${pred.say(b, g2.name, d2?.text ?? "", "")}.`,
      events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", d2?.range ?? DEFAULT_RANGE)],
    })),
);

const others = cases(
  "apart/others",
  product({ names: LINEAGE_PAIRS, pred: PREDICATES, a: FIGURES, b: COUNTS_B, d1: RECENT, sameDay: [true, false], place: PLACES }).map(({ names: [g1, g2], pred, a, b, d1, sameDay, place }) => ({
    text: `${pred.say(a, g1.name, d1.text, place)}. كما ${spaced("انشق", b.othersNom, "من", g2.name, sameDay ? d1.text : "", they(b, "ووصل"))} إلى مناطق المعارضة.`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", sameDay ? d1.range : DEFAULT_RANGE)],
  })),
);

const anotherPlace = cases(
  "apart/another-place",
  product({ names: LINEAGE_PAIRS, pred: PREDICATES, a: FIGURES, b: COUNTS_B, d1: RECENT, places: PLACES.flatMap((p) => PLACES.filter((q) => q !== p).map((q): [string, string] => [p, q])) }).map(
    ({ names: [g1, g2], pred, a, b, d1, places: [p1, p2] }) => ({
      text: `${pred.say(a, g1.name, d1.text, p1)}. وفي سياق متصل، ${pred.say(b, g2.name, d1.text, p2)}.`,
      events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", d1.range)],
    }),
  ),
);

/** A unit and its parent each with an incident of its own day: "وكان ثلاثة عناصر من قوات النظام قد انشقوا الشهر الماضي". */
const ownDays = cases(
  "apart/own-days",
  product({ names: LINEAGE_PAIRS, pred: PREDICATES, a: FIGURES, b: COUNTS_B, d1: RECENT, d2: EARLIER }).map(({ names: [g1, g2], pred, a, b, d1, d2 }) => ({
    text: `${pred.say(a, g1.name, d1.text, "")}. وكان ${spaced(b.plain, "من", g2.name, "قد", they(b, "انشق"), d2.text)}.`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", d2.range)],
  })),
);

/** A unit's incident, then the parent's total since the month began (no date checked: the total's range is a period's). */
const TALLIES: ReadonlyArray<(g: string, total: string) => string> = [
  (g, t) => `، ليرتفع عدد المنشقين عن ${g} منذ بداية الشهر الجاري إلى ${t}.`,
  (g, t) => `. وبلغ عدد المنشقين عن ${g} منذ مطلع الشهر الجاري ${t}.`,
];
const monthlyTotal = cases(
  "apart/monthly-total",
  product({ lineage: LINEAGES, pred: PREDICATES, a: FIGURES, tally: TALLIES, total: TOTALS, d1: RECENT, place: PLACES }).map(({ lineage, pred, a, tally, total, d1, place }) => ({
    text: `${pred.say(a, lineage.narrow.name, d1.text, place)}${tally(lineage.wide.name, total.text)}`,
    events: [ev(lineage.narrow.id, a.value, "defection", d1.range), ev(lineage.wide.id, total.value)],
  })),
);

/** Two sister units of one parent, the second with the same figure or another, dated the same or not at all. */
const sisters = cases(
  "apart/sisters",
  product({ pair: SISTERS.flatMap(([x, y]) => [[x, y], [y, x]] as Array<[Named, Named]>), pred: PREDICATES, a: FIGURES, b: [null, ...COUNTS_B], d1: RECENT, dated: [true, false], place: PLACES }).map(
    ({ pair: [s1, s2], pred, a, b, d1, dated, place }) => {
      const second: { text: string; value: Triple } = b ? { text: b.plainGen ?? b.plain, value: b.value } : { text: a.same, value: a.value };
      return {
        text: `${pred.say(a, s1.name, d1.text, place)}. وأفادت مصادر محلية بانشقاق ${spaced(second.text, "من", s2.name, dated ? d1.text : "")}.`,
        events: [ev(s1.id, a.value, "defection", d1.range), ev(s2.id, second.value, "defection", dated ? d1.range : DEFAULT_RANGE)],
      };
    },
  ),
);

export const TWIN_CASES: ConventionCase[] = [...TOLD_TWICE, ...coarserPlace, ...anotherIncident, ...others, ...anotherPlace, ...ownDays, ...monthlyTotal, ...sisters];
