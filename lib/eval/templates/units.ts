/**
 * The "units" family (round 13, issue 10, r13-notice): units named by a common noun, not by a name.
 *
 * - **A generic unit as where the men went.** «والتحقوا بفصيل آخر», «وانضموا إلى مجموعات أخرى»: a unit noun
 *   (فصيل، تشكيل، مجموعة، كتيبة، لواء، and their plurals) with «آخر/أخرى/أخر» names no group. The gold conventions
 *   keep such a destination as the words of the text (dev-reports d25: destination «فصائل أخرى ضمن الجبهة الوطنية
 *   للتحرير»), so the destination is the noun with its «آخر», without the preposition glued to it, and no group id —
 *   never a bare noun with a clitic («بفصيل»). The kind stays a defection: another faction is another side
 *   ("another faction of the same camp" is a defection, dev-reports README `kind`).
 * - **A unit announcing its own defection.** «أعلنت كتلة/مجموعة/كتيبة … انشقاقها عن X»: the unit's own split is an
 *   event of X with no figure ("a faction or bloc splitting with no head count: count null", dev-reports-2 README),
 *   with or without where it went («والتحاقها بتشكيل آخر»), and the unit's name is no man's name.
 * - Negatives: a unit noun followed by a name is that group as the destination («بفصيل فيلق الشام»), and a unit merging
 *   into another («اندماجها في فصيل آخر»: a faction merged is no defection).
 * Written from the grammar and vocabulary of Arabic news, never from a report. Case ids "units/<template>/<n>".
 */
import type { ConventionCase, ExpectedEvent } from "../../extract/conventions/types";
import { ev } from "../../extract/conventions/types";
import { COUNTS_A, DEFAULT_RANGE, P, RECENT } from "./discourse-grammar";
import { familyCases, product } from "./product";

const PER_TEMPLATE = 48;

const cases = familyCases("units", PER_TEMPLATE, P);

/** Factions a unit splits from, as written after «عن/من». */
const FACTIONS: ReadonlyArray<{ id: string; name: string }> = [
  { id: "faylaq-al-sham", name: "فيلق الشام" },
  { id: "ahrar-al-sham", name: "حركة أحرار الشام" },
  { id: "levant-front", name: "الجبهة الشامية" },
  { id: "jaysh-al-islam", name: "جيش الإسلام" },
  { id: "sdf", name: "قوات سوريا الديمقراطية" },
];

/** A unit noun with «آخر» in its gender and number: the words the destination keeps. */
const OTHER_UNITS = [
  "فصيل آخر",
  "تشكيل آخر",
  "مجموعة أخرى",
  "كتيبة أخرى",
  "لواء آخر",
  "فصائل أخرى",
  "تشكيلات أخرى",
  "مجموعات أخرى",
] as const;

/** Verbs of joining, with the preposition glued («ب») or apart («إلى»). */
const JOINS: ReadonlyArray<{ name: string; say: (unit: string) => string }> = [
  { name: "iltahaqu", say: (u) => `والتحقوا ب${u}` },
  { name: "indammu", say: (u) => `وانضموا إلى ${u}` },
  { name: "iltihaq", say: (u) => `قبل أن يلتحقوا ب${u}` },
];

const withDestination = (e: ExpectedEvent, words: string): ExpectedEvent => ({ ...e, destinationText: words });

/** «انشق 12 عنصراً من X أمس والتحقوا بفصيل آخر.» */
function menToAnotherUnit(): ConventionCase[] {
  return JOINS.flatMap((j) =>
    cases(
      `men-joined/${j.name}`,
      product({ g: FACTIONS, n: COUNTS_A, u: OTHER_UNITS, d: RECENT }).map(({ g, n, u, d }) => ({
        text: `انشق ${n.plain} من ${g.name} ${d.text} ${j.say(u)}.`,
        events: [withDestination(ev(g.id, n.value, "defection", d.range), u)],
      })),
    ),
  );
}

/** Unit nouns that announce their own split, with what may follow the noun. */
const UNITS = ["كتلة عسكرية", "مجموعة «الفاروق»", "كتيبة «أبو بكر»", "كتلة «صقور الجبل»"] as const;

/** «أعلنت كتلة عسكرية انشقاقها عن X (والتحاقها بتشكيل آخر).» */
function unitAnnounces(): ConventionCase[] {
  const tails: ReadonlyArray<{ name: string; text: string; dest: string | null }> = [
    { name: "alone", text: "", dest: null },
    { name: "to-another", text: " والتحاقها بتشكيل آخر", dest: "تشكيل آخر" },
    { name: "to-others", text: " وانضمامها إلى فصائل أخرى", dest: "فصائل أخرى" },
  ];
  return tails.flatMap((t) =>
    cases(
      `unit-split/${t.name}`,
      product({ u: UNITS, g: FACTIONS }).map(({ u, g }) => ({
        text: `أعلنت ${u} انشقاقها عن ${g.name}${t.text}.`,
        events: [{ ...ev(g.id, null, "defection", DEFAULT_RANGE), destinationText: t.dest }],
      })),
    ),
  );
}

/** Named destinations after a unit noun, and a merger: the negatives of the two rules above. */
function negatives(): ConventionCase[] {
  const named: ReadonlyArray<{ text: string; id: string }> = [
    { text: "بفصيل فيلق الشام", id: "faylaq-al-sham" },
    { text: "بفصيل «جيش الإسلام»", id: "jaysh-al-islam" },
    { text: "بتشكيل هيئة تحرير الشام", id: "hts" },
  ];
  const left = FACTIONS.filter((g) => g.id === "sdf" || g.id === "ahrar-al-sham" || g.id === "levant-front");
  return [
    ...cases(
      "not/named-unit",
      product({ g: left, n: COUNTS_A, to: named, d: RECENT }).map(({ g, n, to, d }) => ({
        text: `انشق ${n.plain} من ${g.name} ${d.text} والتحقوا ${to.text}.`,
        events: [{ ...ev(g.id, n.value, "defection", d.range), destination: to.id }],
      })),
    ),
    ...cases(
      "not/merged",
      product({ u: UNITS, g: FACTIONS }).map(({ u, g }) => ({
        text: `أعلنت قيادة ${g.name} اندماج ${u} في فصيل آخر.`,
        events: [],
      })),
    ),
  ];
}

export const UNIT_CASES: ConventionCase[] = [...menToAnotherUnit(), ...unitAnnounces(), ...negatives()];
