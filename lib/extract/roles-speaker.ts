/**
 * The speaker's group (a role of roles.ts roleOf): "قال مصدر (عسكري) في X إن …"، "المتحدث باسم X" is the teller's group
 * (`agent`), not the one the people left; unless X's own men follow ("أعلن مصدر في X انشقاق 30 من عناصره": `member`).
 * Examples and negatives: roles-speaker.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as $numbers from "../arabic/numbers";
import * as $vague from "./counts-vague";
import type { GroupMention } from "./groups";
import * as $lexicon from "./lexicon";
import * as $words from "./roles-words";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { parseNumberAt } = $numbers;
const { QUANTITY_WORDS } = $vague;
const { MILITARY_NOUNS } = $lexicon;
const { C_SPEAKERS, catchingGender, endsSentence, OWN_MEN, OWN_RANKS, ownMenGender } = $words;
const { inClass, stemIn } = tokenModule;

const SPEAKER_PREPS = new Set(["في", "من", "لدي", "داخل", "باسم"]);
/** Words that may qualify a speaker before its group ("مصدر عسكري مطلع في X"). */
const SPEAKER_QUALIFIERS = /^(عسكري|عسكريه|امني|امنيه|مطلع|مطلعه|ميداني|ميدانيه|خاص|خاصه|مقرب|مقربه|رسمي|رسميه|اعلامي|اعلاميه|محلي|محليه)$/;

/**
 * "قال مصدر (عسكري) في X إن خمسة عناصر انشقوا", "المتحدث باسم X": X is the speaker's group, not the one the
 * people left (it is most often the side they reached).
 */
export function speakerOf(tokens: readonly Token[], m: GroupMention): boolean {
  const prep = tokens[m.first - 1]?.text ?? "";
  if (!SPEAKER_PREPS.has(prep)) return false;
  for (let k = m.first - 2; k >= Math.max(0, m.first - 4); k--) {
    if (inClass(tokens[k], C_SPEAKERS)) return true;
    if (!SPEAKER_QUALIFIERS.test(tokens[k].text)) return false;
  }
  return false;
}

/** How far after the speaker's group its own men may stand ("انشقاق نحو 30 من عناصره": words). */
const SPEAKER_MEN_REACH = 6;

/**
 * (round 16) The speaker's group's own men right after it, in its sentence: "من عناصره/مقاتليها/جنوده" (OWN_MEN) or
 * "في صفوفه/صفوفها" ("أعلن مصدر في X انشقاق 30 من عناصره"، "أفاد الناطق باسم X بانشقاق 12 عنصراً في صفوفه"): the
 * pronoun refers back to X, whose men left it. Not "إلى صفوفه" (the side they reached, sideThatReceived), nor another
 * group's men ("من عناصر Y", "من Y": Y's own mention is the group left).
 */
export function speakersOwnMen(tokens: readonly Token[], m: GroupMention, text: string): boolean {
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + SPEAKER_MEN_REACH); k++) {
    if (endsSentence(text, tokens[k - 1].end, tokens[k].start)) return false;
    const w = tokens[k].text;
    const next = k + 1 < tokens.length && !endsSentence(text, tokens[k].end, tokens[k + 1].start) ? tokens[k + 1].text : "";
    if ((w === "من" && OWN_MEN.test(next)) || (w === "في" && OWN_RANKS.has(next))) return true;
    // only the telling's verbal noun and the figure between ("أن قوات النظام اعتقلت ثلاثة من عناصرها" is another's)
    if (!inFigurePhrase(tokens[k], text)) return k === m.last + 2 && w !== "من" && caughtByAnother(tokens, k, text);
  }
  return false;
}

/** How many words a captor's name may take between «أن» and its verb of catching. */
const CAPTOR_NAME_REACH = 4;

/**
 * (round 17) "أعلن مصدر في X أن قسد اعتقلت ثلاثة من عناصره": after «أن», a captor at `first` and its verb of catching,
 * then «من عناصره/عناصرها» whose pronoun has the other gender than the verb's: not the captor's men, so the speaker's
 * (X's), the only group named before. Within the sentence.
 */
function caughtByAnother(tokens: readonly Token[], first: number, text: string): boolean {
  for (let v = first + 1; v <= Math.min(tokens.length - 1, first + CAPTOR_NAME_REACH); v++) {
    if (endsSentence(text, tokens[v - 1].end, tokens[v].start)) return false;
    const gender = catchingGender(tokens[v]);
    if (!gender) continue;
    for (let k = v + 2; k <= Math.min(tokens.length - 1, v + 6); k++) {
      if (endsSentence(text, tokens[k - 1].end, tokens[k].start)) return false;
      const own = tokens[k - 1].text === "من" ? ownMenGender(tokens[k].text) : null;
      if (own) return own !== gender;
    }
    return false;
  }
  return false;
}

/** Words of the phrase "(عن) انشقاق نحو 30 عنصراً" / "إن أكثر من 30": a verbal noun of leaving, a figure, a noun of men. */
const FIGURE_PHRASE = foldedWords("ان عن من نحو حوالي قرابه اكثر زهاء انشقاق الانشقاق فرار الفرار هروب الهروب");
function inFigurePhrase(t: Token, text: string): boolean {
  return t.digits || stemIn(t, FIGURE_PHRASE) || stemIn(t, MILITARY_NOUNS) || stemIn(t, QUANTITY_WORDS) || parseNumberAt(text, t.start) !== null;
}
