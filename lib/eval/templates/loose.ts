/**
 * The "loose" family (round 9, issue 10): stories told without lead structure — the honest "before" of the looser,
 * structural rules (lib/extract/refiners/verbless-items.ts, late-date.ts). Round 8's series and latedates families
 * are strict shapes (an item right after its telling; the day told by an anaphor); here the item stands past
 * sentences of detail, in varied order, and the day stands three to eight sentences down in a sentence that does
 * not refer back by an anaphor. Slots in ./loose-grammar.ts (and the roundups', series' and discourse grammars),
 * written from the grammar and vocabulary of Arabic news, never from a report.
 *
 * Items (each a further incident of the telling's group, or of the group it names; the telling's kind):
 * - item/<shape>: a telling, one or two sentences of detail, then the item;
 * - between/<shape>: the item between two tellings of the same group (three events);
 * - other-group: the item names another group (its own);
 * - beside/<what> (round 10): the item holds, before its figure, a word that only looks like a word of killing,
 *   capture or loss ("فقدّم"، "أسرة"، "إسرائيل"), a governor of another clause, or its own side losing contact
 *   with the men, no battle told.
 * Not items (`not-item/<what>`: the telling's event only): killed, dead, wounded, captured, arrested, held, sent,
 * stationed, a force's size or strength, recruited, trained, a restatement of the telling's
 * figure, the men's villages, a breakdown by rank; (round 10) sent, in a clause after the figure; contact lost in an
 * attack, or after a battle told in the sentence before. (Round 13) A total or tally of a period (`not-item/total`,
 * `not-item/tally`) is no item either, but an event of its own period beside the telling's (loose-grammar.ts).
 * Late dates (`late/<gap>`: the incident's day 3, 5 or 8 sentences down); not the incident's (`late-other/<what>`:
 * a meeting, a battle, a statement, a death, a funeral, the men's past, a similar incident; and `late-past-telling`:
 * a later day past another incident's telling): the incident keeps [P-7, P].
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { DEFAULT_RANGE, EARLIER, GROUPS, P, PLACES, PREDICATES, RECENT, type GroupForm } from "./discourse-grammar";
import { details, ITEM_SHAPES, ITEMS_BESIDE, LATE_DAYS, LATE_FRAMES, NOT_ITEMS, OTHER_HAPPENINGS, people } from "./loose-grammar";
import { familyCases, product } from "./product";
import { SMALL, VERBS, type DAYS, type Small, type Verb } from "./roundups-grammar";
import { COUNT_PAIRS, COUNT_TRIPLES, cycle, DAY_PAIRS, DAY_TRIPLES, TOWN_PAIRS, TOWN_TRIPLES } from "./series";
import { AGAIN, SERIES_GROUPS, type SeriesGroup, type Town } from "./series-grammar";

const PER_TEMPLATE = 120;
const PER_NEGATIVE = 60;

const cases = familyCases("loose", PER_TEMPLATE, P);

type Day = (typeof DAYS)[number];

const event = (g: { id: string }, n: Small, verb: Verb, day?: Day) => ev(g.id, n.value, verb.kind, day?.range);
const tell = (v: Verb, n: Small, g: SeriesGroup, town: Town, day: Day) => `${v.verb} ${n.nom} من ${g.name} ${town.in} ${day.text}.`;
const GAPS = [1, 2];

const items = ITEM_SHAPES.flatMap((shape) =>
  cases(
    `item/${shape.name}`,
    cycle(product({ g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, again: AGAIN, gap: GAPS }), TOWN_PAIRS, DAY_PAIRS).map(
      ({ g, counts: { a, b }, v, again, gap, towns: { p, q }, days: { d, e }, k }) => ({
        text: `${tell(v, a, g, p, d)} ${details(gap, k)} ${shape.say(people(b, g, again, shape.genitive), q, e.text)}`,
        events: [event(g, a, v, d), event(g, b, v, e)],
      }),
    ),
  ),
);

/** Items beside a word that only looks like a governor, or a governor of another clause (round 10); "missing" shapes after flights only. */
const beside = ITEMS_BESIDE.flatMap((shape) =>
  cases(
    `beside/${shape.name}`,
    cycle(product({ g: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS.filter((v) => !shape.missing || v.kind === "desertion"), again: AGAIN, gap: GAPS }), TOWN_PAIRS, DAY_PAIRS).map(
      ({ g, counts: { a, b }, v, again, gap, towns: { p, q }, days: { d, e }, k }) => ({
        text: `${tell(v, a, g, p, d)} ${details(gap, k)} ${shape.say(people(b, g, again, shape.genitive), q, e.text)}`,
        events: [event(g, a, v, d), event(g, b, v, e)],
      }),
    ),
    PER_NEGATIVE,
  ),
);

/** The item between two tellings of the group, each with its own figure, town and day. */
const between = ITEM_SHAPES.flatMap((shape) =>
  cases(
    `between/${shape.name}`,
    cycle(product({ g: SERIES_GROUPS, counts: COUNT_TRIPLES, v: VERBS, again: AGAIN }), TOWN_TRIPLES, DAY_TRIPLES).map(
      ({ g, counts: { a, b, c }, v, again, towns: { p, q, r }, days: { d, e, f }, k }) => ({
        text: `${tell(v, a, g, p, d)} ${details(1, k)} ${shape.say(people(b, g, again, shape.genitive), q, e.text)} ${details(1, k + 3)} كما ${v.verb} ${c.nom} من ${g.short} ${r.in} ${f.text}.`,
        events: [event(g, a, v, d), event(g, b, v, e), event(g, c, v, f)],
      }),
    ),
    PER_NEGATIVE,
  ),
);

/** The item names another group: an incident of that group. */
const otherGroup = cases(
  "other-group",
  cycle(product({ g: SERIES_GROUPS, h: SERIES_GROUPS, counts: COUNT_PAIRS, v: VERBS, shape: ITEM_SHAPES }), TOWN_PAIRS, DAY_PAIRS)
    .filter(({ g, h }) => g !== h)
    .map(({ g, h, counts: { a, b }, v, shape, towns: { p, q }, days: { d, e }, k }) => ({
      text: `${tell(v, a, g, p, d)} ${details(1, k)} ${shape.say(people(b, h, "name", shape.genitive), q, e.text)}`,
      events: [event(g, a, v, d), event(h, b, v, e)],
    })),
);

const notItems = NOT_ITEMS.map((item) =>
  cases(
    `not-item/${item.name}`,
    cycle(product({ g: SERIES_GROUPS, n: SMALL, v: VERBS, gap: GAPS }), TOWN_PAIRS, DAY_PAIRS).map(({ g, n, v, gap, towns: { p, q }, days: { d, e }, k }) => ({
      text: `${tell(v, n, g, p, d)} ${details(gap, k)} ${item.say(g, n, q, e.text)}`,
      events: item.total ? [event(g, n, v, d), ev(g.id, item.total.count, item.total.kind, item.total.range)] : [event(g, n, v, d)],
    })),
    PER_NEGATIVE,
  ),
).flat();

/** A telling with no date of its own (the discourse family's incident sentence), `gap` sentences of detail, then `late`. */
const story = (g: GroupForm, pred: (typeof PREDICATES)[number], place: string, gap: number, k: number, late: string) =>
  `${pred.say({ plain: "خمسة عناصر" }, g.name, "", place)}. ${details(gap, k)} ${late}`;

/** 3, 5 and 8 sentences after the telling. */
const LATE_GAPS = [2, 4, 7];
const late = LATE_GAPS.flatMap((gap) =>
  cases(
    `late/${gap + 1}-sentences`,
    product({ g: GROUPS, pred: PREDICATES, place: PLACES, frame: LATE_FRAMES, d: LATE_DAYS }).map(({ g, pred, place, frame, d }, k) => ({
      text: story(g, pred, place, gap, k, frame(d.text)),
      events: [ev(g.id, 5, "defection", d.range)],
    })),
  ),
);

const lateOther = OTHER_HAPPENINGS.map(({ name, say }) =>
  cases(
    `late-other/${name}`,
    product({ g: GROUPS, pred: PREDICATES, place: PLACES, gap: LATE_GAPS, d: name === "volunteered" || name === "settlement" || name === "similar" ? EARLIER : RECENT }).map(({ g, pred, place, gap, d }, k) => ({
      text: story(g, pred, place, gap, k, say(d.text)),
      events: [ev(g.id, 5, "defection", DEFAULT_RANGE)],
    })),
    PER_NEGATIVE,
  ),
).flat();

/** Another incident told (with its own day) between the telling and the late day: the late day is not the first incident's. */
const latePastTelling = cases(
  "late-past-telling",
  product({ g: GROUPS, pred: PREDICATES, place: PLACES, frame: LATE_FRAMES, d: LATE_DAYS }).map(({ g, pred, place, frame, d }, k) => ({
    text: story(g, pred, place, 2, k, `وفي سياق منفصل، فرّ عنصران من قوات النظام في ريف حماة أول أمس. ${details(1, k + 2)} ${frame(d.text)}`),
    events: [ev(g.id, 5, "defection", DEFAULT_RANGE), ev("syrian-army", 2, "desertion", ["2022-03-14", "2022-03-14"])],
  })),
  PER_NEGATIVE,
);

export const LOOSE_CASES: ConventionCase[] = [...items, ...beside, ...between, ...otherGroup, ...notItems, ...late, ...lateOther, ...latePastTelling];
