/**
 * The "outside" family (round 13, issue 10, r13-notice): men who went to the area outside a side's control.
 *
 * The gold conventions (dev-reports README, `kind`): a defection is going "over to, or joined, another side or its
 * territory"; a desertion is going "home, abroad, into hiding, or somewhere unknown or only suspected", and a defection
 * "is also used when the text calls it انشقاق and gives no destination". The area outside the regime's control is the
 * opposition's, and outside the opposition's the regime's — the two sides of the map those phrases divide (data/sides.json
 * `outside`) — so a flight there is a defection. The area outside the SDF's, ISIS's or HTS's control borders two or
 * three sides and countries abroad: it names no one side, so the men went somewhere whose side is not said — a flight
 * there («فرّ/هرب/ترك») is a desertion, and a verb of defecting («انشق») a defection, as with no destination.
 * Written from the grammar and vocabulary of Arabic news, never from a report. Case ids "outside/<template>/<n>".
 */
import type { ConventionCase } from "../../extract/conventions/types";
import { ev } from "../../extract/conventions/types";
import { COUNTS_A, P, RECENT } from "./discourse-grammar";
import { familyCases, product } from "./product";

const PER_TEMPLATE = 45;

const cases = familyCases("outside", PER_TEMPLATE, P);

/** A group left and the area outside its own side's control, as outlets write it. */
const NO_SIDE: ReadonlyArray<{ id: string; name: string; outside: string }> = [
  { id: "sdf", name: "قسد", outside: "خارج مناطق سيطرة قسد" },
  { id: "sdf", name: "قوات سوريا الديمقراطية", outside: "خارج مناطق سيطرتها" },
  { id: "isis", name: "تنظيم داعش", outside: "خارج مناطق سيطرة التنظيم" },
  { id: "hts", name: "هيئة تحرير الشام", outside: "خارج مناطق سيطرة الهيئة" },
  { id: "hts", name: "هيئة تحرير الشام", outside: "المناطق الخارجة عن سيطرة هيئة تحرير الشام" },
];
const ONE_SIDE: ReadonlyArray<{ id: string; name: string; outside: string }> = [
  { id: "syrian-army", name: "قوات النظام", outside: "خارج مناطق سيطرة النظام" },
  { id: "4th-division", name: "الفرقة الرابعة", outside: "المناطق الخارجة عن سيطرة النظام" },
  { id: "ndf", name: "ميليشيا الدفاع الوطني", outside: "مناطق خارج سيطرة النظام" },
];
const FLIGHTS: ReadonlyArray<{ name: string; say: (n: string, g: string) => string }> = [
  { name: "farra", say: (n, g) => `فرّ ${n} من ${g}` },
  { name: "haraba", say: (n, g) => `هرب ${n} من صفوف ${g}` },
];

/** «فرّ 12 عنصراً من قسد أمس إلى خارج مناطق سيطرة قسد.» */
function flights(template: string, groups: typeof NO_SIDE, kind: "defection" | "desertion"): ConventionCase[] {
  return FLIGHTS.flatMap((f) =>
    cases(
      `${template}/${f.name}`,
      product({ g: groups, n: COUNTS_A, d: RECENT }).map(({ g, n, d }) => ({
        text: `${f.say(n.plain, g.name)} ${d.text} إلى ${g.outside}.`,
        events: [ev(g.id, n.value, kind, d.range)],
      })),
    ),
  );
}

/** «انشق 12 عنصراً عن قسد أمس وتوجهوا إلى خارج مناطق سيطرة قسد.»: the verb of defecting says a defection. */
function defected(): ConventionCase[] {
  return cases(
    "no-side/inshaqqa",
    product({ g: NO_SIDE, n: COUNTS_A, d: RECENT }).map(({ g, n, d }) => ({
      text: `انشق ${n.plain} عن ${g.name} ${d.text} وتوجهوا إلى ${g.outside}.`,
      events: [ev(g.id, n.value, "defection", d.range)],
    })),
  );
}

export const OUTSIDE_CASES: ConventionCase[] = [...flights("no-side", NO_SIDE, "desertion"), ...defected(), ...flights("one-side", ONE_SIDE, "defection")];
