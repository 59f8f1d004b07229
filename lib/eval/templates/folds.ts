/**
 * The "folds" family (round 10, r10-fold): how tellings fold into incidents when more than two incidents stand in
 * a report, or when a figure or a place is said twice in different words. Three classes:
 *
 * - "past/…": an incident told first with its figure, then another group's incident with no figure ("كما انشق
 *   عناصر من قسد"), then the first incident told again loosely under another name of its lineage (a parent, a
 *   unit, an alias) with the same or a smaller figure, or with its place said at another scale (the town, then its
 *   governorate). Expected: TWO events — the first incident (its figure, the most specific group) and the other
 *   group's.
 * - "approx/…": an exact figure first ("انشق 27 عنصراً"), then a looser telling of the same people whose range holds
 *   it ("نحو 30 عنصراً من الفرقة الرابعة"), the place said at another scale or not at all. Expected: ONE event with
 *   the exact figure.
 * - "plural/…": one man's story ("انشق الملازم أحمد العلي عن …"), then, one to three sentences on, people of the same
 *   lineage with no figure ("كما انشق عناصر من …"، "وفرّ عناصر من …"، "وأفادت مصادر بانشقاق عناصر من …"), on
 *   the default date, the man's day or another day. Expected: TWO events — the man (1) and the others (no figure).
 *
 * Beside them, told the same way, what truly is one incident or truly two (templates "one/…" and "apart/…"): the
 * man told again ("الضابط المنشق"، "العنصر المنشق"، his name again); people who left *with him* ("وانشق معه
 * عناصر": the named man plus an unnumbered group, count unknown by the conventions); an approximation whose range
 * does not hold the exact figure (more people: another incident); another group's incident with its own figure
 * told between (a retelling would reach past it).
 * Written from the grammar and vocabulary of Arabic news, never from a report. Slots: ./twins-grammar.ts (lineages,
 * the sentences between, towns) and ./discourse-grammar.ts (predicates, dates).
 */
import { about, ev, type ConventionCase, type Triple } from "../../extract/conventions/types";
import type { EventKind } from "../../extract/types";
import { DEFAULT_RANGE, P, PREDICATES, RECENT } from "./discourse-grammar";
import { familyCases, product, spaced } from "./product";
import { BETWEEN, FIGURES, LINEAGES, TOWNS, type Lineage, type Named } from "./twins-grammar";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 48;

const cases = familyCases("folds", PER_TEMPLATE, P);

const ORDERS = ["wide-first", "narrow-first"] as const;
const ordered = (l: Lineage, order: (typeof ORDERS)[number]): [Named, Named] => (order === "wide-first" ? [l.wide, l.narrow] : [l.narrow, l.wide]);

/** What stands between two tellings: nothing, one sentence, or two (neither dated nor counted). */
export const GAPS: readonly string[] = ["", BETWEEN[0], BETWEEN.join(" ")];

/** A group of another side than every lineage's, for the incident told between. */
const otherThan = (l: Lineage): Named => (l.wide.id === "sdf" ? { id: "sna", name: "الجيش الوطني" } : { id: "sdf", name: "قوات سوريا الديمقراطية" });

/** An incident of another group with no figure of its own, told between two tellings of the first (a flight to no side is a desertion). */
const FIGURELESS_BETWEEN: ReadonlyArray<{ say: (g: string) => string; kind: EventKind }> = [
  { say: (g) => `كما انشق عناصر من ${g} في ريف الحسكة.`, kind: "defection" },
  { say: (g) => `وفي سياق متصل، فرّ عدد من العناصر من صفوف ${g}.`, kind: "desertion" },
];

/** A loose second telling (the retold family's shapes): `f` the figure as said, `place` its place phrase ("" for none). */
type Say = (g: string, f: string, place: string) => string;
const LOOSE: ReadonlyArray<{ name: string; say: Say }> = [
  { name: "source-inna", say: (g, f, p) => `وقال مصدر محلي إن ${spaced(f, "من", g, "انشقوا", p, "ولجؤوا إلى مناطق المعارضة")}.` },
  { name: "reported", say: (g, f, p) => `وأفادت مصادر محلية بانشقاق ${spaced(f, "من", g, p)}.` },
  { name: "according-to", say: (g, f, p) => `وبحسب شبكة محلية، فإن ${spaced(f, "من", g, "تركوا مواقعهم", p, "ولجؤوا إلى فصائل المعارضة")}.` },
];

/** Fewer people than any first figure (FIGURES: 12, 7, about 40), said with no mark of a part. */
const SMALLER = [{ text: "ثلاثة عناصر" }, { text: "خمسة مقاتلين" }];
/** A town and its governorate said in the other telling: one place at two scales. */
const TOWN_GOV = TOWNS.map((t): [string, string] => [t.town, t.governorate[0]]);

/** Class 1 (a): told again past another group's incident that has no figure. */
const PAST: ConventionCase[] = (["smaller", "same-town-gov"] as const).flatMap((form) =>
  LOOSE.flatMap((shape) =>
    cases(
      `past/${form}/${shape.name}`,
      product({ between: FIGURELESS_BETWEEN, gap: GAPS.slice(0, 2), order: ORDERS, lineage: LINEAGES, figure: FIGURES, smaller: SMALLER, pred: PREDICATES, d1: RECENT, places: TOWN_GOV })
        .filter(({ smaller }) => form === "smaller" || smaller === SMALLER[0])
        .map(({ between, gap, order, lineage, figure, smaller, pred, d1, places: [town, gov] }) => {
          const [first, second] = ordered(lineage, order);
          const other = otherThan(lineage);
          const [f, p1, p2] = form === "smaller" ? [smaller.text, "", ""] : [figure.same, town, gov];
          return {
            text: spaced(`${pred.say(figure, first.name, d1.text, p1)}.`, gap, between.say(other.name), shape.say(second.name, f, p2)),
            events: [ev(lineage.narrow.id, figure.value, "defection", d1.range), ev(other.id, null, between.kind, DEFAULT_RANGE)],
          };
        }),
    ),
  ),
);

/**
 * Class 1 (a) with one man: his story in a town, another group's incident with no figure, then the man told again
 * loosely under another name of his lineage ("ضابطاً من قوات النظام") in the town's governorate. Expected: TWO events.
 */
const PAST_ONE_MAN: ConventionCase[] = cases(
  "past/one-man-town-gov",
  product({ between: FIGURELESS_BETWEEN, order: ORDERS, lineage: LINEAGES.filter((l) => l.relation === "unit"), man: ["الملازم أول أحمد العلي", "النقيب خالد الحسن"], d1: RECENT.slice(0, 3), places: TOWN_GOV }).map(
    ({ between, order, lineage, man, d1, places: [town, gov] }) => {
      const [first, second] = ordered(lineage, order);
      const other = otherThan(lineage);
      return {
        text: spaced(`انشق ${spaced(man, "عن", first.name, d1.text, town)} ووصل إلى مناطق المعارضة.`, between.say(other.name), `وقالت مصادر محلية إن ضابطاً من ${second.name} انشق ${gov}.`),
        events: [ev(lineage.narrow.id, 1, "defection", d1.range), ev(other.id, null, between.kind, DEFAULT_RANGE)],
      };
    },
  ),
);

/** An exact figure and the approximation a later telling gives of it ("نحو 30" holds 27: ±20 %). */
interface Held {
  exact: string;
  value: number;
  approx: string;
}
const HELD: readonly Held[] = [
  { exact: "27 عنصراً", value: 27, approx: "نحو 30 عنصراً" },
  { exact: "18 عنصراً", value: 18, approx: "قرابة 20 عنصراً" },
  { exact: "45 عنصراً", value: 45, approx: "حوالي 50 عنصراً" },
];
/** An approximation whose range does not hold the exact figure told first: more people. */
const BEYOND: readonly Held[] = [
  { exact: "12 عنصراً", value: 12, approx: "نحو 30 عنصراً" },
  { exact: "سبعة عناصر", value: 7, approx: "قرابة 20 عنصراً" },
];

/** Class 1 (b): the exact figure first, the approximation that holds it later; the place at two scales or none. */
const APPROX: ConventionCase[] = (["town-gov", "no-place"] as const).flatMap((placing) =>
  LOOSE.flatMap((shape) =>
    cases(
      `approx/${placing}/${shape.name}`,
      product({ gap: GAPS, order: ORDERS, lineage: LINEAGES, held: HELD, pred: PREDICATES, d1: RECENT, places: TOWN_GOV }).map(({ gap, order, lineage, held, pred, d1, places: [town, gov] }) => {
        const [first, second] = ordered(lineage, order);
        const [p1, p2] = placing === "town-gov" ? [town, gov] : ["", ""];
        return {
          text: spaced(`${pred.say({ plain: held.exact }, first.name, d1.text, p1)}.`, gap, shape.say(second.name, held.approx, p2)),
          events: [ev(lineage.narrow.id, held.value, "defection", d1.range)],
        };
      }),
    ),
  ),
);

const APPROX_BEYOND = cases(
  "apart/approx-beyond",
  product({ gap: GAPS, order: ORDERS, lineage: LINEAGES.filter((l) => l.relation === "unit"), held: BEYOND, pred: PREDICATES, d1: RECENT, shape: LOOSE }).map(({ gap, order, lineage, held, pred, d1, shape }) => {
    const [first, second] = ordered(lineage, order);
    const n = Number(held.approx.match(/\d+/)![0]);
    return {
      text: spaced(`${pred.say({ plain: held.exact }, first.name, d1.text, "")}.`, gap, shape.say(second.name, held.approx, "")),
      events: [ev(first.id, held.value, "defection", d1.range), ev(second.id, about(n), "defection", DEFAULT_RANGE)],
    };
  }),
);

/** Another group's incident with its own figure told between: the later telling does not reach past it. */
const PAST_FIGURED = cases(
  "apart/past-figured",
  product({ gap: GAPS.slice(0, 2), order: ORDERS, lineage: LINEAGES.filter((l) => l.relation === "unit"), figure: FIGURES.slice(0, 2), pred: PREDICATES, d1: RECENT, shape: LOOSE }).map(({ gap, order, lineage, figure, pred, d1, shape }) => {
    const [first, second] = ordered(lineage, order);
    const other = otherThan(lineage);
    return {
      text: spaced(`${pred.say(figure, first.name, d1.text, "")}.`, gap, `وانشق ثمانية عناصر من ${other.name} فجر اليوم.`, shape.say(second.name, SMALLER[0].text, "")),
      events: [ev(first.id, figure.value, "defection", d1.range), ev(other.id, 8, "defection", ["2022-03-16", "2022-03-16"]), ev(second.id, 3, "defection", DEFAULT_RANGE)],
    };
  }),
);

/** A named man of a rank, as the lead tells him. */
export const MEN: readonly string[] = ["الملازم أول أحمد العلي", "النقيب خالد الحسن", "الرقيب محمود الصالح"];
/** The man's story: "<verb> <man> <عن/من group> <date>". */
export const MAN_SAYS: ReadonlyArray<(man: string, g: string, d: string) => string> = [
  (m, g, d) => `انشق ${spaced(m, "عن", g, d)} ووصل إلى مناطق المعارضة.`,
  (m, g, d) => `أعلن ${spaced(m, "انشقاقه عن", g, d)} وانضمامه إلى فصائل المعارضة.`,
  (m, g, d) => `فرّ ${spaced(m, "من صفوف", g, d)} وسلّم نفسه لفصائل المعارضة.`,
];

/** People of the lineage with no figure, told after the man: a plural telling, `d` its date phrase. */
const PLURAL_SAYS: ReadonlyArray<{ name: string; say: (g: string, d: string) => string }> = [
  { name: "kama-inshaqqa", say: (g, d) => `كما ${spaced("انشق عناصر من", g, d)} ولجؤوا إلى مناطق المعارضة.` },
  { name: "farra", say: (g, d) => `${spaced("وفرّ عناصر من صفوف", g, d)} باتجاه مناطق المعارضة.` },
  { name: "reported", say: (g, d) => `${spaced("وأفادت مصادر محلية بانشقاق عناصر من", g, d)}.` },
  { name: "soldiers", say: (g, d) => `${spaced("وانشق جنود من", g, d)} بأسلحتهم الخفيفة.` },
];

/** The plural telling's date: none, the man's day, or another recent day. */
const PLURAL_DATES = ["default", "same-day", "other-day"] as const;

/** Class 2: a one-man incident, then people of its lineage with no figure. */
const PLURAL: ConventionCase[] = PLURAL_DATES.flatMap((dating) => PLURAL_SAYS.flatMap((plural) =>
  cases(
    `plural/${dating}/${plural.name}`,
    product({ gap: GAPS, order: [...ORDERS, "same"] as const, lineage: LINEAGES, man: MEN, says: MAN_SAYS, d1: RECENT.slice(0, 3) }).map(({ gap, order, lineage, man, says, d1 }) => {
      const [first, second] = order === "same" ? [lineage.narrow, lineage.narrow] : ordered(lineage, order);
      const d2 = RECENT.find((d) => d.range[0] !== d1.range[0] && d.range[0] > "2022-03-13")!;
      const [d2text, d2range] = dating === "default" ? ["", DEFAULT_RANGE] : dating === "same-day" ? [d1.text, d1.range] : [d2.text, d2.range];
      return {
        text: spaced(says(man, first.name, d1.text), gap, plural.say(second.name, d2text)),
        events: [ev(first.id, 1, "defection", d1.range), ev(second.id, null, "defection", d2range)],
      };
    }),
  ),
));

/** Told the same way, one incident: the man told again, or people who left with him (count unknown: conventions). */
/** (`sameName`: the definite "the defector" names the group the lead named; which name an event shows is not the fold's.) */
const ONE_MAN_AGAIN: ReadonlyArray<{ name: string; say: (man: string, g: string) => string; count: Triple | null; sameName?: true }> = [
  { name: "the-defector", say: (_m, g) => `وقال مصدر محلي إن الضابط المنشق عن ${g} وصل إلى مناطق المعارضة.`, count: [1, 1, 1], sameName: true },
  { name: "the-element", say: (_m, g) => `وأكد ناشطون أن العنصر المنشق عن ${g} بات في مناطق المعارضة.`, count: [1, 1, 1], sameName: true },
  { name: "named-again", say: (m, g) => `وأكدت مصادر محلية انشقاق ${m} عن ${g}.`, count: [1, 1, 1] },
  { name: "with-him", say: (_m, g) => `وانشق معه عناصر من ${g} ولجؤوا إلى مناطق المعارضة.`, count: null },
];

const ONE_MAN: ConventionCase[] = ONE_MAN_AGAIN.flatMap((again) =>
  cases(
    `one/${again.name}`,
    product({ gap: GAPS.slice(0, 2), order: [...ORDERS, "same"] as const, lineage: LINEAGES, man: MEN, says: MAN_SAYS, d1: RECENT.slice(0, 3) }).map(({ gap, order, lineage, man, says, d1 }) => {
      const [first, second] = order === "same" || again.sameName ? [lineage.narrow, lineage.narrow] : ordered(lineage, order);
      return {
        text: spaced(says(man, first.name, d1.text), gap, again.say(man, second.name)),
        events: [ev(lineage.narrow.id, again.count, "defection", d1.range)],
      };
    }),
  ),
);

export const FOLD_CASES: ConventionCase[] = [...PAST, ...PAST_ONE_MAN, ...APPROX, ...PLURAL, ...ONE_MAN, ...APPROX_BEYOND, ...PAST_FIGURED];
