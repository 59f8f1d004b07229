/**
 * Which group mentions a trigger governs (the mentions: ./groups.ts). A trigger governs the nearest member mention,
 * preferring its own clause and the governed positions "من/عن/في صفوف X" after it or "عناصر من X" before it;
 * groups joined by و ("الدفاع الوطني ولواء القدس") go together.
 */
import * as $normalize from "../arabic/normalize";
import type { GroupMention } from "./groups";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;

/** Examples: a text and the groups the first trigger governs (ids, or the text of an unknown group). */
export const ATTACH_EXAMPLES: Array<[string, string[]]> = [
  ["فر 21 عنصراً من ميليشيا الدفاع الوطني من مناطق سيطرة النظام السوري إلى مناطق قسد", ["ndf"]],
  ["انشق قرابة 50 عنصراً من ميليشيات الدفاع الوطني ولواء القدس التابعة لشعبة المخابرات العسكرية", ["ndf", "liwa-al-quds"]],
  ["ثمانية عناصر من ميليشيا “جيش العشائر” التابعة لقوات النظام فروا يوم الاثنين", ["jaysh-al-ashair"]],
  ["انشقت مجموعة من المقاتلين عن مليشيا القاطرجي التابعة للنظام السوري", ["qaterji"]],
  ["انشقاق سبعة عناصر من ميليشيا جيش العشائر وتوجههم إلى مناطق سيطرة قسد", ["jaysh-al-ashair"]],
  ["قال ناشطون إن ثلاثة طيارين سوريين انشقوا ووصلوا إلى الأردن", ["syrian-army"]],
  // (round 17) a head word referring back, its men counted right after it: the group it names, not the soldiers' army
  ["قصفت الفرقة الرابعة مواقع في ريف درعا. وانشق عن الفرقة 12 جندياً أمس", ["4th-division"]],
  ["انشق مسلحو لواء الصقور الحمر عن الفرقة", ["لواء الصقور الحمر"]],
  ["والتحق هؤلاء بصفوف الجيش الحر بعد انشقاقهم عن قوات الأسد", ["syrian-army"]],
  ["انشق عدد من عناصر ميليشيا «كتيبة حماة الوادي» الموالية للنظام", ["كتيبة حماة الوادي"]],
  // an unknown unit's name ends at a stop word also when written with a proclitic or without its silent alif ("كانو")
  ["انشق 5 عناصر من كتيبة الاقتحام كانو مكلفين بحراسة المعبر", ["كتيبة الاقتحام"]],
  ["انشق 5 عناصر من كتيبة الاقتحام فمنذ أشهر لم يتقاضوا رواتبهم", ["كتيبة الاقتحام"]],
  ["سلّم 60 عنصراً من ميليشيا الدفاع الوطني أنفسهم لجيش الإسلام", ["ndf"]],
  ["سلّموا أنفسهم لجيش الإسلام", []],
  ["فرّ عناصر من الجيش من ثكناتهم في حلب", ["syrian-army"]],
  ["فرّ عناصر من الجيش التركي", []],
  ["انشقاق 7 عناصر يتبعون لـ”اللواء 47″ عن نظام الأسد", ["brigade-47"]],
  ["أعلنت إدارة التوجيه في الجيش الوطني انشقاق عدد من العناصر التابعين لـ”الفيلق الخامس” على الجبهات", ["5th-corps"]],
  ["انشق عناصر من الفرقة الرابعة التابعة لقوات النظام", ["4th-division"]],
  // a process, not a group: the settlements' fighters only with a people word
  ["سلّم 43 مسلحاً أنفسهم في إطار التسويات والمصالحات المحلية", []],
  ["انشق 20 من عناصر المصالحات في درعا", ["reconciliation"]],
];
/** The words before a mention after the trigger, and before one before it, that make it the people's own group. */
const GOVERNED_AFTER = /^(من|عن|صفوف|عناصر|مقاتلي|داخل|لعناصر|ضمن)$/;
const GOVERNED_BEFORE = /^(من|عن|صفوف)$/;
const TO = /^(ل|الي)$/;
const PEOPLE_BELONGING = /^(التابعين|التابعون|تابعين|يتبعون|المنتمين|المنتسبين|ينتمون|ينتسبون|المنتمين)$/;
const ONE_BELONGING = /^(يتبع|تابع|التابع|ينتمي|المنتمي)$/;

// (and "حضن", the object of "عادوا إلى حضن الوطن": what comes before it is the subject)
const REFLEXIVES = foldedWords("انفسهم نفسه نفسها انفسهما نفسيهما حضن");

/** The mention lies between a surrender verb and its reflexive object (so it belongs to the subject). */
function inSubjectOfSurrender(tokens: readonly Token[], trigger: { first: number; last: number }, m: GroupMention): boolean {
  if (trigger.last > trigger.first) return false;
  for (let k = trigger.last + 1; k < m.first; k++) if (REFLEXIVES.has(tokens[k].text)) return false;
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 10); k++) if (REFLEXIVES.has(tokens[k].text)) return true;
  return false;
}

/** The groups the trigger (token range) governs in its sentence, best first with the ones joined to it. */
export function attachGroups(
  tokens: readonly Token[],
  mentions: readonly GroupMention[],
  trigger: { first: number; last: number; cls?: string },
  sentence: { first: number; last: number },
  clauseOf: (tokenIndex: number) => number,
): GroupMention[] {
  let best: GroupMention | null = null;
  let bestScore = Infinity;
  const triggerClause = clauseOf(trigger.first);
  for (const m of mentions) {
    if (m.first < sentence.first || m.last > sentence.last) continue;
    if (m.role !== "member") continue;
    const after = m.first > trigger.last;
    // One hands oneself over TO the group named after the verb — unless the group sits in the subject,
    // before the reflexive object ("سلّم 60 عنصراً من التنظيم أنفسهم للجيش").
    if (after && trigger.cls === "surrender" && !inSubjectOfSurrender(tokens, trigger, m)) continue;
    const distance = after ? m.first - trigger.last : trigger.first - m.last;
    if (distance > 25) continue;
    let score = distance;
    if (clauseOf(m.first) !== triggerClause) score += 12;
    const before1 = tokens[m.first - 1]?.text ?? "";
    const gluedFrom = tokens[m.first].text.startsWith("من") ? "" : "";
    void gluedFrom;
    if (after && GOVERNED_AFTER.test(before1)) score -= 4;
    // "عناصر يتبعون لـX", "العناصر التابعين لـX": the people's own unit, as close as "من X".
    if (after && belongsTo(tokens, m)) score -= 4;
    if (!after) {
      score += 2;
      if (GOVERNED_BEFORE.test(before1)) score -= 3;
    }
    if (m.implied) score += 6;
    if (!m.known) score += 2;
    if (score < bestScore) {
      bestScore = score;
      best = m;
    }
  }
  if (!best) return [];
  const chosen = [best];
  const idx = mentions.indexOf(best);
  for (let k = idx + 1; k < mentions.length && mentions[k].joinedToPrevious && mentions[k].role === "member"; k++) chosen.push(mentions[k]);
  for (let k = idx; k > 0 && mentions[k].joinedToPrevious && mentions[k - 1].role === "member"; k--) chosen.unshift(mentions[k - 1]);
  // One mention per group.
  const seen = new Set<string>();
  return chosen.filter((m) => {
    const key = m.id ?? `?${m.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A singular soldier noun, indefinite or not ("عنصر", "الضابط"). */
const ONE_SOLDIER = /^(ال)?(عنصر|مقاتل|جندي|عسكري|ضابط|قيادي|مجند)ا?$/;

/** People belong to the mention: "يتبعون لـ/التابعين لـ/المنتمين إلى X" (a plural of people, not "التابعة" of a group). */
function belongsTo(tokens: readonly Token[], m: GroupMention): boolean {
  const b1 = tokens[m.first - 1]?.text ?? "";
  const verb = TO.test(b1) ? tokens[m.first - 2]?.text ?? "" : b1;
  if (PEOPLE_BELONGING.test(verb)) return true;
  // "عنصر يتبع لـX", "ضابط تابع لـX": one man's own unit (the singular only after a person noun: "الدفاع الوطني التابع لـX" is an umbrella).
  const k = TO.test(b1) ? m.first - 3 : m.first - 2;
  return ONE_BELONGING.test(verb) && ONE_SOLDIER.test(tokens[k]?.text ?? "");
}
