/**
 * The "restructured" family (round 14, issue 10): classes of story structure that `npm run -s eval:perturb`'s
 * restructurings found broken on real reports, written here from the grammar of Arabic news, never from a report.
 * Case ids "restructured/<template>/<n>".
 * - their number told after: an incident told without its figure, then a sentence that opens with «عددهم» (alone or
 *   after a verb of amounting: «وبلغ عددهم 12 عنصراً»، «ويُقدّر عددهم بنحو 40 عنصراً»، «ووصل عددهم إلى…») gives its
 *   count; negatives: a sentence that counts another set («وبلغ عدد القتلى في المعارك…»، «ويبلغ عدد عناصر X في
 *   المنطقة…») leaves the incident without a count.
 */
import { ev, type ConventionCase, type Triple } from "../../extract/conventions/types";
import { GROUPS, P, PLACES, RECENT } from "./discourse-grammar";
import { product, spread } from "./product";

const PER_TEMPLATE = 60;

function cases(template: string, rows: Array<Omit<ConventionCase, "id" | "published">>): ConventionCase[] {
  return spread(rows, PER_TEMPLATE).map((r, k) => ({ id: `restructured/${template}/${k}`, published: P, ...r }));
}

const DATES = RECENT.slice(0, 3);
/** The incident told without its figure, verb first (its kind with it). */
const TOLD: ReadonlyArray<{ say: (g: string) => string; kind: "defection" | "desertion" }> = [
  { say: (g) => `انشق عناصر من ${g}`, kind: "defection" },
  { say: (g) => `فرّ جنود من ${g}`, kind: "desertion" },
  { say: (g) => `أفادت مصادر محلية بأن عناصر من ${g} انشقوا`, kind: "defection" },
];
/** "Their number", with the figure as the frame wants it. */
const THEIR_NUMBER: ReadonlyArray<{ say: (n: string, nB: string) => string; name: string }> = [
  { name: "balagha", say: (n) => `وبلغ عددهم ${n}` },
  { name: "yuqaddar", say: (_n, nB) => `ويُقدّر عددهم ${nB}` },
  { name: "wasala", say: (n) => `ووصل عددهم إلى ${n}` },
  { name: "bare", say: (n) => `وعددهم ${n}` },
];
const FIGURES: ReadonlyArray<{ n: string; nB: string; value: Triple }> = [
  { n: "12 عنصراً", nB: "بـ12 عنصراً", value: [12, 12, 12] },
  { n: "نحو 40 عنصراً", nB: "بنحو 40 عنصراً", value: [32, 40, 48] },
  { n: "سبعة عناصر", nB: "بسبعة عناصر", value: [7, 7, 7] },
];

const TOLD_BACK: ConventionCase[] = THEIR_NUMBER.flatMap((t) =>
  cases(
    `their-number/${t.name}`,
    product({ group: GROUPS, told: TOLD, figure: FIGURES, date: DATES, place: PLACES }).map(({ group, told, figure, date, place }) => ({
      text: `${told.say(group.name)} ${date.text} ${place}. ${t.say(figure.n, figure.nB)}.`,
      events: [ev(group.id, figure.value, told.kind, date.range)],
    })),
  ),
);

/** Negatives: the sentence after counts another set; the incident keeps no count. */
const ANOTHER_SET: ConventionCase[] = cases(
  "not/another-set",
  product({ group: GROUPS, told: TOLD, date: DATES, other: ["وبلغ عدد القتلى في المعارك 12 عنصراً", "ويبلغ عدد عناصر الحاجز نحو 40 عنصراً", "وبلغ عدد النازحين من القرية 300 شخص"] }).map(({ group, told, date, other }) => ({
    text: `${told.say(group.name)} ${date.text}. ${other}.`,
    events: [ev(group.id, null, told.kind, date.range)],
  })),
);

export const RESTRUCTURED_CASES: ConventionCase[] = [...TOLD_BACK, ...ANOTHER_SET];
