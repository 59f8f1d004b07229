/**
 * The "outcomes" family (round 7, issue 10, gaps 3–5): what the sentence says became of the people decides the
 * kind. An attempt the text does not say succeeded ("حاول 7 عناصر من X الانشقاق", "حاولوا الفرار") and a foiled
 * attempt, told by the verb or its verbal noun ("أحبطت X محاولة انشقاق …", "أفادت مصادر بإحباط محاولة انشقاق …"),
 * are `attempted`; defectors reaching the other side's areas ("وصل 7 منشقين عن X إلى مناطق سيطرة فصائل المعارضة")
 * made a defection, reaching home or abroad a desertion (data/dev conventions: kind).
 * Case ids: "outcomes/<template>/<form>/<n>". Written from the language, not from any report of data/.
 *
 * The reading chosen for an attempt with no outcome: `attempted`. The conventions code "caught/executed/arrested
 * for trying" as attempted and count as defection or desertion only people who went over or left; an attempt the
 * text leaves open is neither of those, and is still an incident the text tells (not a trend, not a call).
 * Left out, honestly ambiguous: an attempt followed by a vague outcome ("حاولوا الفرار وسط أنباء عن نجاح بعضهم").
 */
import { about, TENS, type ConventionCase, type ExpectedEvent, type Triple } from "../../extract/conventions/types";
import type { EventKind } from "../../extract/types";
import { product, spread } from "./product";
import { agree, GROUPS, SUBJECTS, TAILS, type Subject } from "./verbs-slots";

const PER_TEMPLATE = 40;

/** How an attempt is told: verb first, subject first, the foiling verb and its verbal noun. */
const ATTEMPTS: Array<{ id: string; clause: (s: Subject, g: string) => string }> = [
  { id: "tried-defect", clause: (s, g) => `حاول ${s.nom} من ${g} الانشقاق` },
  { id: "tried-flee", clause: (s, g) => `حاول ${s.nom} من ${g} الفرار من ${agree(s, "مواقعهم", "موقعهما", "موقعه")}` },
  { id: "tried-escape", clause: (s, g) => `حاول ${s.nom} من ${g} الهروب من الخدمة` },
  { id: "they-tried-flee", clause: (s, g) => `أفادت مصادر محلية بأن ${s.acc} من ${g} ${agree(s, "حاولوا الفرار", "حاولا الفرار", "حاول الفرار")}` },
  { id: "they-tried-defect", clause: (s, g) => `أفادت مصادر محلية بأن ${s.acc} من ${g} ${agree(s, "حاولوا الانشقاق", "حاولا الانشقاق", "حاول الانشقاق")}` },
  { id: "foiled-verb", clause: (s, g) => `أحبطت الأجهزة الأمنية في ${g} محاولة انشقاق ${s.obl}` },
  { id: "foiled-masdar", clause: (s, g) => `أفادت مصادر محلية بإحباط محاولة انشقاق ${s.obl} من ${g}` },
  { id: "foiled-masdar-flee", clause: (s, g) => `تحدثت مصادر عن إحباط محاولة فرار ${s.obl} من ${g}` },
];

function attempts(): ConventionCase[] {
  return ATTEMPTS.flatMap((a) =>
    spread(product({ s: SUBJECTS, g: GROUPS, tail: TAILS }), PER_TEMPLATE).map(({ s, g, tail }, k) => ({
      id: `outcomes/attempt/${a.id}/${k + 1}`,
      text: `${a.clause(s, g.text)} ${tail}.`,
      events: [{ group: g.id, count: s.count, kind: "attempted" } satisfies ExpectedEvent],
    })),
  );
}

/** Defectors named by the participle as a noun ("7 منشقين", "منشقان"), with their counts. */
const DEFECTORS: Array<{ text: string; count: Triple | null }> = [
  { text: "7 منشقين", count: [7, 7, 7] },
  { text: "سبعة منشقين", count: [7, 7, 7] },
  { text: "منشقان", count: [2, 2, 2] },
  { text: "نحو 40 منشقاً", count: about(40) },
  { text: "عشرات المنشقين", count: TENS },
  { text: "12 عسكرياً منشقاً", count: [12, 12, 12] },
];

/** Where they arrived: the other side's areas (a defection; `not` the groups already of that side), or home/abroad. */
const ARRIVALS: Array<{ id: string; text: string; kind: EventKind; not: string[] }> = [
  { id: "opposition-areas", text: "إلى مناطق سيطرة فصائل المعارضة", kind: "defection", not: ["hts", "sna", "hamza-division"] },
  { id: "opposition-north", text: "إلى مناطق سيطرة المعارضة في الشمال السوري", kind: "defection", not: ["hts", "sna", "hamza-division"] },
  { id: "sdf-areas", text: "إلى مناطق سيطرة قوات سوريا الديمقراطية", kind: "defection", not: ["sdf"] },
  { id: "regime-areas", text: "إلى مناطق سيطرة النظام", kind: "defection", not: ["syrian-army", "4th-division", "ndf", "5th-corps", "hezbollah"] },
  { id: "home", text: "إلى منازلهم في ريف حمص", kind: "desertion", not: [] },
  { id: "abroad", text: "إلى الأراضي التركية", kind: "desertion", not: [] },
];

function arrivals(): ConventionCase[] {
  return ARRIVALS.flatMap((a) =>
    spread(product({ d: DEFECTORS, g: GROUPS.filter((g) => !a.not.includes(g.id)), tail: TAILS }), PER_TEMPLATE).map(({ d, g, tail }, k) => ({
      id: `outcomes/arrival/${a.id}/${k + 1}`,
      text: `وصل ${d.text} عن ${g.text} ${a.text} ${tail}.`,
      events: [{ group: g.id, count: d.count, kind: a.kind } satisfies ExpectedEvent],
    })),
  );
}

export const OUTCOME_CASES: ConventionCase[] = [...attempts(), ...arrivals()];
