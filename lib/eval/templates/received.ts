/**
 * The "received" family (round 11, issue 10 for issue 12): defections told from the side that received them, as
 * the product of ./received-slots.ts. The receiving side Y is the subject (of a verb of telling, of receiving or of
 * securing) or named after "إلى صفوف"; the men come "من/عن/من صفوف X" or are "N من عناصر X". Every event's group
 * is X and its destination Y — never Y as the group left (ExpectedEvent.destination). Negatives: recruits joining
 * with no group left, a faction merged into the side, the side taking in the displaced.
 * Case ids: "received/<template>/<verb or frame>/<n>"; the template is the id up to its last "/".
 *
 * Left out, honestly ambiguous: a side that only announces a defection from another ("أعلن Y انشقاق N عن X" with
 * no "إلى صفوفه": an announcer is not a destination), a helper named by a noun ("بتأمين من Y": whether the men went
 * to it is not said), and dates on a verb of telling (an announcement's day, not the incident's).
 */
import type { ConventionCase } from "../../extract/conventions/types";
import { ev } from "../../extract/conventions/types";
import { product } from "./product";
import {
  AFFILIATIONS,
  DISPLACED,
  HEADLINE_VERBS,
  JOININGS,
  LEFT_NAMES,
  MERGER_OPENERS,
  MERGERS,
  namedRanks,
  OF_THE_MEN,
  ownRanks,
  PEOPLE,
  RECEIVED_ON,
  RECEIVERS,
  RECEIVING_VERBS,
  RECRUITS,
  REPORTERS,
  SECURED_ARRIVAL,
  SECURING,
  TELLING_VERBS,
  verbOf,
} from "./received-slots";

/** Every (receiving side, group left as written) pair the slots allow. */
const PAIRS = RECEIVERS.flatMap((y) => y.from.flatMap((id) => LEFT_NAMES[id].map((x) => ({ y, x, xId: id }))));

const defection = (xId: string, count: Parameters<typeof ev>[1], yId: string, date?: [string, string]) => ({ ...ev(xId, count, "defection", date), destination: yId });

/**
 * At most `max` rows of a product, drawn by a fixed-seed shuffle: unlike an even spread (where the last slot varies
 * and the first stays put), every slot varies from one case to the next. Deterministic.
 */
function drawn<T>(rows: readonly T[], max: number): T[] {
  if (rows.length <= max) return [...rows];
  const order = rows.map((_, k) => k);
  let seed = 0x2f6b1d;
  for (let k = order.length - 1; k > 0; k--) {
    // (a linear congruential step: deterministic and enough to mix the slots)
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (k + 1);
    [order[k], order[j]] = [order[j], order[k]];
  }
  return order.slice(0, max).sort((a, b) => a - b).map((k) => rows[k]);
}

function cases(template: string, rows: ReadonlyArray<{ text: string; events: ConventionCase["events"] }>, max: number): ConventionCase[] {
  return drawn(rows, max).map((r, k) => ({ id: `received/${template}/${k + 1}`, text: r.text, events: r.events }));
}

/** "أعلن الجيش الوطني السوري انضمام 12 عنصراً من قسد إلى صفوفه." — the owner of "صفوفه" is the subject. */
function toldByTheSide(): ConventionCase[] {
  return TELLING_VERBS.flatMap((v) =>
    JOININGS.flatMap((j) =>
      cases(
        `own-ranks/${v.id}-${j.id}`,
        product({ pair: PAIRS, p: PEOPLE }).map(({ pair, p }) => ({
          text: `${verbOf(v, pair.y)} ${pair.y.text} ${v.prep ?? ""}${j.phrase(p, pair.x, ownRanks(pair.y))}.`,
          events: [defection(pair.xId, p.count, pair.y.id)],
        })),
        12,
      ),
    ),
  );
}

/**
 * "أعلن الجيش الوطني السوري انشقاق عدد من المنتسبين التابعين للفيلق الخامس وانضمامهم إلى صفوفه." — the men told as
 * affiliated to X (round 13, issue 10 class 1): X is the group left, the teller (the owner of "صفوفه") the destination.
 */
function affiliated(): ConventionCase[] {
  return AFFILIATIONS.flatMap((a) =>
    cases(
      `own-ranks/affiliated-${a.id}`,
      product({ v: TELLING_VERBS.filter((v) => !v.prep), pair: PAIRS, p: PEOPLE.filter((p) => p.them === "هم") }).map(({ v, pair, p }) => ({
        text: `${verbOf(v, pair.y)} ${pair.y.text} انشقاق ${a.phrase(p, pair.x)} وانضمام${p.them} ${ownRanks(pair.y).to}.`,
        events: [defection(pair.xId, a.count === undefined ? p.count : a.count, pair.y.id)],
      })),
      24,
    ),
  );
}

/** "أفادت مصادر محلية بانضمام 12 من عناصر قسد إلى صفوف الجيش الوطني السوري." */
function reportedWithTheSideNamed(): ConventionCase[] {
  const men = cases(
    "named/of-the-men",
    product({ r: REPORTERS, m: OF_THE_MEN, pair: PAIRS }).map(({ r, m, pair }) => ({
      text: `${r}انضمام ${m.text} ${pair.x} ${namedRanks(pair.y).to}.`,
      events: [defection(pair.xId, m.count, pair.y.id)],
    })),
    60,
  );
  const joinings = JOININGS.flatMap((j) =>
    cases(
      `named/${j.id}`,
      product({ r: REPORTERS, pair: PAIRS, p: PEOPLE }).map(({ r, pair, p }) => ({
        text: `${r}${j.phrase(p, pair.x, namedRanks(pair.y))}.`,
        events: [defection(pair.xId, p.count, pair.y.id)],
      })),
      30,
    ),
  );
  return [...men, ...joinings];
}

/** "استقبل الجيش الوطني السوري أمس 12 عنصراً منشقاً عن قسد." — the arrival dates the defection. */
function received(): ConventionCase[] {
  const participle = RECEIVING_VERBS.flatMap((v) =>
    cases(
      `received/${v.id}-defectors`,
      product({ pair: PAIRS, p: PEOPLE, on: RECEIVED_ON }).map(({ pair, p, on }) => ({
        text: `${verbOf(v, pair.y)} ${pair.y.text} ${on.text} ${p.partAcc} عن ${pair.x}.`,
        events: [defection(pair.xId, p.count, pair.y.id, on.date)],
      })),
      60,
    ),
  );
  // "استقبلت قسد 12 عنصراً فرّوا من قوات النظام" — a verb of leaving in a clause describing the men.
  const relative = RECEIVING_VERBS.flatMap((v) =>
    cases(
      `received/${v.id}-who-fled`,
      product({ pair: PAIRS, p: PEOPLE.filter((p) => p.them === "هم") }).map(({ pair, p }) => ({
        text: `${verbOf(v, pair.y)} ${pair.y.text} ${p.acc} فرّوا من ${pair.x}.`,
        events: [defection(pair.xId, p.count, pair.y.id)],
      })),
      40,
    ),
  );
  return [...participle, ...relative];
}

/** "تمكّنت هيئة تحرير الشام من تأمين انشقاق سبعة جنود من قوات النظام." — the side that secured it received them. */
function secured(): ConventionCase[] {
  const frames = SECURING.flatMap((s) =>
    cases(
      `secured/${s.id}`,
      product({ pair: PAIRS, p: PEOPLE }).map(({ pair, p }) => ({
        text: `${s.frame(verbOf(s, pair.y), pair.y.text, p, pair.x)}.`,
        events: [defection(pair.xId, p.count, pair.y.id)],
      })),
      40,
    ),
  );
  const arrival = cases(
    `secured/${SECURED_ARRIVAL.id}`,
    product({ pair: PAIRS, p: PEOPLE }).map(({ pair, p }) => ({
      text: `${verbOf(SECURED_ARRIVAL, pair.y)} ${pair.y.text} وصول ${p.partGen} عن ${pair.x} إلى ${ownRanks(pair.y).area}.`,
      events: [defection(pair.xId, p.count, pair.y.id)],
    })),
    40,
  );
  return [...frames, ...arrival];
}

/** "الجيش الوطني السوري يستقبل 12 عنصراً منشقاً عن قسد." — the side before its verb, as a headline puts it. */
function sideFirst(): ConventionCase[] {
  return HEADLINE_VERBS.flatMap((v) =>
    cases(
      `side-first/${v.id}`,
      product({ pair: PAIRS, p: PEOPLE }).map(({ pair, p }) => ({
        text: `${pair.y.text} ${verbOf(v, pair.y)} ${v.frame(p, pair.x, pair.y)}.`,
        events: [defection(pair.xId, p.count, pair.y.id)],
      })),
      30,
    ),
  );
}

/** "أعلن الجيش الحر انضمام 50 شاباً من أبناء المنطقة إلى صفوفه." — recruits: no group left, no event. */
function recruits(): ConventionCase[] {
  return cases(
    "not/recruits",
    product({ v: TELLING_VERBS, y: RECEIVERS, r: RECRUITS, j: ["to", "bi"] as const }).map(({ v, y, r, j }) => ({
      text: `${verbOf(v, y)} ${y.text} ${v.prep ?? ""}${j === "to" ? "انضمام" : "التحاق"} ${r} ${j === "to" ? ownRanks(y).to : ownRanks(y).bi}.`,
      events: [],
    })),
    80,
  );
}

/** "أعلن الجيش الوطني السوري اندماج لواء صقور الشمال بكامل عناصره في صفوفه." — a merger, no event. */
function mergers(): ConventionCase[] {
  const told = product({ v: TELLING_VERBS, y: RECEIVERS, m: MERGERS }).map(({ v, y, m }) => ({ text: `${verbOf(v, y)} ${y.text} ${v.prep ?? ""}${m(y)}.`, events: [] }));
  const own = product({ o: MERGER_OPENERS, y: RECEIVERS }).map(({ o, y }) => ({ text: `${o} ${y.text}.`, events: [] }));
  return [...cases("not/merger-told-by-side", told, 40), ...cases("not/merger-own", own, 16)];
}

/** "استقبلت قسد 300 نازح قادمين من مناطق سيطرة قوات النظام." — no fighters, no event. */
function displaced(): ConventionCase[] {
  return cases(
    "not/displaced",
    product({ v: RECEIVING_VERBS, pair: PAIRS, d: DISPLACED }).map(({ v, pair, d }) => ({ text: `${verbOf(v, pair.y)} ${pair.y.text} ${d(pair.x)}.`, events: [] })),
    60,
  );
}

export const RECEIVED_CASES: ConventionCase[] = [
  ...toldByTheSide(),
  ...affiliated(),
  ...reportedWithTheSideNamed(),
  ...received(),
  ...secured(),
  ...sideFirst(),
  ...recruits(),
  ...mergers(),
  ...displaced(),
];
