/**
 * The slot lists of the "loose" family (./loose.ts): stories told without lead structure. An item of the story
 * — a further batch of the same group, told with no verb of leaving — stands one or two sentences of detail
 * away from the telling, in shapes the strict series rules do not take ("أما في X، …"، "ولحق بهم …"، "وتكرر المشهد
 * في X … مع …"); the incident's day stands three to eight sentences down, in a sentence that does not refer back
 * to it by an anaphor ("وأفاد المصدر بأن العناصر بلغوا … فجر الثلاثاء"). The negatives put the same figure, or
 * the same late day, on something else: a force's size, casualties, prisoners, a total, a restatement, the men's
 * villages; a meeting, a battle, a statement, a death, the men's past. Groups, small counts, verbs, towns and days
 * are the roundups' and the series' (days resolved by hand against P = Wednesday 2022-03-16). Written from the
 * grammar and vocabulary of Arabic news, never from a report.
 */
import type { DateForm } from "./discourse-grammar";
import type { Small } from "./roundups-grammar";
import type { Again, SeriesGroup, Town } from "./series-grammar";

/** Sentences of detail that tell no incident and give no figure, group, town or date. */
export const DETAILS: readonly string[] = [
  "وقال المصدر إن حالة من الاستياء تسود بين العناصر بسبب سوء المعاملة.",
  "ويشكو كثير من المجندين من قلة الإجازات وسوء الطعام.",
  "وتنتشر في المنطقة نقاط عسكرية عدة على طول الطريق الدولي.",
  "وتعاني البلدات المجاورة من انقطاع الكهرباء والمياه.",
  "ويعمل معظم الأهالي في الزراعة وتربية المواشي.",
  "وتعد الطرق الزراعية في المنطقة ممراً معروفاً للمهربين.",
  "وتتحدث مصادر أهلية عن ضغوط كبيرة على العائلات.",
];
/** `n` sentences of detail, starting at the k-th (so the stories vary which details stand between). */
export const details = (n: number, k = 0): string =>
  Array.from({ length: n }, (_, i) => DETAILS[(k + i) % DETAILS.length]).join(" ");

/** The item's people named with its group said again (in full, in short, by the pronoun, or not at all), nominative or genitive. */
export function people(n: Small, g: SeriesGroup, again: Again, genitive = false): string {
  const noun = genitive ? n.gen : n.nom;
  if (again === "name") return `${noun} من ${g.name}`;
  if (again === "short") return `${noun} من ${g.short}`;
  if (again === "pronoun") return n.value === 1 ? `${noun} من ${g.its}` : `${NUMBER_WORDS[n.value][genitive ? 1 : 0]} من ${g.its}`;
  return noun;
}
/** "ثلاثة من عناصرها": the number alone before "من" (nominative, genitive). */
const NUMBER_WORDS: Record<number, [string, string]> = { 2: ["اثنان", "اثنين"], 3: ["ثلاثة", "ثلاثة"], 4: ["أربعة", "أربعة"], 7: ["سبعة", "سبعة"] };

/**
 * A verbless item of the story (no verb of leaving): its people (already with the group said again, in the case
 * the shape needs), town and day. None is a series shape the strict rule reads after a telling, or it stands
 * apart from the telling by details.
 */
export interface ItemShape {
  name: string;
  genitive?: true;
  /** The men's own side lost contact with them: a desertion (told after flight verbs only). */
  missing?: true;
  say: (who: string, town: Town, day: string) => string;
}
export const ITEM_SHAPES: readonly ItemShape[] = [
  // the series' own shape, but past sentences of detail
  { name: "fronted-place", say: (who, t, d) => `وفي ${t.bare}، ${who} ${d}، بحسب المصدر ذاته.` },
  { name: "as-for", say: (who, t, d) => `أما ${t.in}، فالحديث عن ${who} ${d}.`, genitive: true },
  { name: "date-first", say: (who, t, d) => `و${d}، ${who} ${t.in}.` },
  { name: "scene-again", say: (who, t, d) => `وتكرر المشهد ${t.in} ${d} مع ${who}.`, genitive: true },
  { name: "followed", say: (who, t, d) => `ولحق بهم ${who} ${t.in} ${d}.` },
  { name: "by-the-source", say: (who, t, d) => `وبحسب المصدر، ${who} ${t.in} ${d} أيضاً.` },
];

/**
 * Items beside a word that only looks like a governor (round 10): before the figure and further than two words
 * from it stands a word whose first letters are those of a word of killing, capture or loss but which is another
 * word — a verb glued to فـ ("فقدّم"), a family ("أسرة"، "أسرهم"), a name ("إسرائيل") —, or a governor of another
 * clause (a place described by its own clause, "حيث تنتشر نقاط …"), or the men's own side losing contact with
 * them with no battle told ("فقدان الاتصال"، "فُقد الاتصال"، "في عداد المفقودين": outlets say it of deserters; the
 * kind is then a desertion, so those shapes follow flight verbs only). Each is an item all the same.
 */
export const ITEMS_BESIDE: readonly ItemShape[] = [
  { name: "presented", say: (who, t, d) => `أما ${t.in}، فقدّم المصدر رواية عن ${who} ${d}.`, genitive: true },
  { name: "a-family", say: (who, t, d) => `وبحسب أسرة أحدهم، ${who} ${t.in} ${d}.` },
  { name: "their-families", say: (who, t, d) => `ومن دون علم أسرهم، ${who} ${t.in} ${d}.` },
  { name: "a-name", say: (who, t, d) => `وعلى مقربة من خط الفصل مع إسرائيل، ${who} ${t.in} ${d}.` },
  { name: "clause-of-the-place", say: (who, t, d) => `وفي ${t.bare}، حيث تنتشر نقاط عسكرية كثيرة، ${who} ${d}.` },
  { name: "lost-contact", missing: true, say: (who, t, d) => `وأعلنت قيادة المجموعة فقدان الاتصال ب${who} ${t.in} ${d}.`, genitive: true },
  { name: "lost-contact-passive", missing: true, say: (who, t, d) => `وفي ${t.bare}، فُقد الاتصال ب${who} ${d}.`, genitive: true },
  { name: "among-the-missing", missing: true, say: (who, t, d) => `وفي ${t.bare}، ${who} ${d} في عداد المفقودين.` },
];

/**
 * A sentence that gives the story's group a figure governed by something else: no incident (the telling's event
 * only). `n` is the telling's own figure (a restatement, a breakdown) where the shape needs it.
 */
export interface NotAnItem {
  name: string;
  say: (g: SeriesGroup, n: Small, town: Town, day: string) => string;
  /**
   * (round 13) The total of a period the sentence tells, an event of its own beside the telling's: its figure, kind
   * and period against P (loose.ts). Not an item of the telling all the same (it names no incident of its own).
   */
  total?: { count: number; kind: "defection" | "desertion"; range: [string, string] };
}
export const NOT_ITEMS: readonly NotAnItem[] = [
  { name: "killed", say: (g, _n, t, d) => `وفي ${t.bare}، قُتل ثلاثة عناصر من ${g.name} ${d} بانفجار لغم.` },
  { name: "dead-noun", say: (g, _n, t, d) => `وفي ${t.bare}، ثلاثة قتلى من ${g.name} ${d} جراء القصف.` },
  { name: "wounded", say: (g, _n, t, d) => `وأصيب عنصران من ${g.name} ${t.in} ${d} بجروح متفاوتة.` },
  { name: "captured", say: (g, _n, t, d) => `وكانت فصائل المعارضة قد أسرت ثلاثة عناصر من ${g.name} ${t.in} ${d}.` },
  { name: "arrested", say: (g, _n, t, d) => `واعتقلت الشرطة العسكرية أربعة عناصر من ${g.name} ${t.in} ${d}.` },
  { name: "held", say: (g, _n, t, d) => `وتحتجز فصائل المعارضة ثلاثة عناصر من ${g.name} ${t.in} منذ ${d}.` },
  { name: "sent", say: (g, _n, t, d) => `وأرسلت القيادة 50 عنصراً من ${g.name} إلى ${t.bare} ${d} لتعزيز الحواجز.` },
  { name: "stationed", say: (g, _n, t) => `ويتمركز ${t.in} نحو 60 عنصراً من ${g.name}.` },
  { name: "size", say: (g, _n, t) => `ويضم الحاجز ${t.in} ثمانية عناصر من ${g.name}.` },
  { name: "strength", say: (g, _n, t) => `وتنتشر ${t.in} مجموعة من ${g.name} قوامها 40 عنصراً.` },
  { name: "recruited", say: (g, _n, t, d) => `وجنّدت ${g.name} ${t.in} 40 شاباً ${d}.` },
  { name: "trained", say: (g, _n, t, d) => `وخرّجت ${g.name} ${t.in} ${d} دورة تضم 60 مقاتلاً.` },
  // (round 13) A total with a period of its own after the telling is an event of that period, beside the telling's:
  // the gold keeps such a figure "separate as written" (dev-reports d41: "a cumulative figure with its own period …
  // it is a running total that may include event 1, kept separate as written"). The README's "A running total
  // replaces an earlier figure" is the same people's figure growing, with no period of its own
  // (conventions events/one-running-total); it makes no second event. Until round 12 these two expected no event.
  { name: "total", say: (g, _n, t) => `وبذلك يرتفع عدد المنشقين عن ${g.name} ${t.in} منذ بداية الشهر إلى 15 عنصراً.`, total: { count: 15, kind: "defection", range: ["2022-03-01", "2022-03-16"] } },
  { name: "tally", say: (g) => `وبلغ مجموع الفارين من ${g.name} خلال الشهر الجاري 20 عنصراً.`, total: { count: 20, kind: "desertion", range: ["2022-03-01", "2022-03-16"] } },
  { name: "restatement", say: (g, n, t) => `وبحسب المصدر، فإن ${n.nom} من ${g.name} ${t.in}.` },
  { name: "origin", say: (_g, n, t) => `وينحدر ${n.taken} من ${t.bare}.` },
  { name: "breakdown", say: (_g, _n, t) => `وبينهم ضابط برتبة ملازم من أبناء ${t.bare}.` },
  // (round 10) a governor of the figure after it, or before it across a clause of a date or a source only; contact lost in a battle told (its sentence, the one before)
  { name: "sent-after", say: (g, _n, t, d) => `وفي ${t.bare}، ثلاثة عناصر من ${g.name} ${d}، أُرسلوا لتعزيز النقاط العسكرية.` },
  { name: "sent-across-a-date", say: (g, _n, t, d) => `وأرسلت القيادة، ${d}، 50 عنصراً من ${g.name} إلى ${t.bare}.` },
  { name: "sent-across-a-source", say: (g, _n, t, d) => `وأرسلت القيادة، بحسب المصدر، 50 عنصراً من ${g.name} إلى ${t.bare} ${d}.` },
  { name: "lost-in-an-attack", say: (g, _n, t, d) => `وفي ${t.bare}، فُقد الاتصال بثلاثة عناصر من ${g.name} ${d} إثر هجوم على نقطتهم.` },
  { name: "lost-after-a-battle", say: (g, _n, t, d) => `ودارت اشتباكات عنيفة على أطراف المنطقة ${d}. وفي ${t.bare}، فُقد الاتصال بثلاثة عناصر من ${g.name}.` },
];

/**
 * A later sentence that gives the incident's day with no anaphor and no verb of happening: the men told again
 * as the subject of what they did on leaving, or the source's words about it.
 */
export const LATE_FRAMES: ReadonlyArray<(d: string) => string> = [
  (d) => `وأوضح المصدر أن العناصر غادروا مواقعهم ${d}.`,
  (d) => `وتمكن العناصر من عبور خطوط التماس ${d} مستغلين سوء الأحوال الجوية.`,
  (d) => `واستغل العناصر انشغال الحواجز ${d} للتسلل نحو مناطق المعارضة.`,
  (d) => `وبحسب المصدر، سار العناصر ساعات طويلة حتى بلغوا ريف إدلب ${d}.`,
  (d) => `وأفاد المصدر بأن العناصر بلغوا مناطق سيطرة المعارضة ${d}.`,
];

/** The incident's day as the late sentence gives it (hand-resolved against P), before the default window too. */
export const LATE_DAYS: readonly DateForm[] = [
  { text: "فجر الثلاثاء", range: ["2022-03-15", "2022-03-15"] }, // a bare weekday: the latest on or before P
  { text: "يوم الأحد الماضي", range: ["2022-03-13", "2022-03-13"] },
  { text: "مساء الخميس الماضي", range: ["2022-03-10", "2022-03-10"] },
  { text: "في الثالث من الشهر الجاري", range: ["2022-03-03", "2022-03-03"] },
  { text: "مطلع الشهر الجاري", range: ["2022-03-01", "2022-03-10"] },
];

/** A later sentence whose day is another happening's (a meeting, a battle, a statement, a death, the men's past). */
export const OTHER_HAPPENINGS: ReadonlyArray<{ name: string; say: (d: string) => string }> = [
  { name: "meeting", say: (d) => `وعقد وجهاء المنطقة اجتماعاً مع مسؤولين أمنيين ${d}.` },
  { name: "battle", say: (d) => `ودارت اشتباكات متقطعة على أطراف المنطقة ${d}.` },
  { name: "statement", say: (d) => `وأصدرت قيادة المنطقة بياناً ${d} حول الأوضاع الأمنية.` },
  { name: "said", say: (d) => `وقال مسؤول محلي ${d} إن الأوضاع مستقرة.` },
  { name: "death", say: (d) => `وتوفي أحد وجهاء البلدة ${d} إثر أزمة قلبية.` },
  { name: "funeral", say: (d) => `وشيّع الأهالي ${d} شاباً قتل برصاص مجهولين.` },
  { name: "volunteered", say: (d) => `وكان العناصر قد تطوعوا في صفوف الميليشيا ${d}.` },
  { name: "settlement", say: (d) => `وكان العناصر قد أجروا تسوية لأوضاعهم ${d}.` },
  { name: "similar", say: (d) => `ويذكر أن المنطقة شهدت حادثة مماثلة ${d}.` },
];
