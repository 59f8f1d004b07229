import { normalizeArabic } from "../arabic/normalize";
import type { EventDestination, EventPlace } from "../extract/types";

/**
 * Do a gold place (or destination) string and a predicted one name the same place?
 * Gold strings are short phrases from the text ("قرية الدوير بريف البوكمال", "الأردن (المفرق)");
 * they agree when they share a distinctive word once the words that only say what kind of
 * place it is ("قرية", "ريف", "مناطق سيطرة"…) are set aside. Both absent also agrees.
 */

const GENERIC = new Set(
  [
    "قرية", "بلدة", "مدينة", "ريف", "منطقة", "مناطق", "محافظة", "حي", "احياء", "مخيم", "سيطرة", "نفوذ", "الشرقي", "الغربي",
    "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "شرق", "غرب", "شمال", "جنوب", "قرب", "محيط", "بين",
    "في", "من", "الى", "نحو", "باتجاه", "عبر", "او", "و", "قوات", "ميليشيا", "مليشيا", "فصائل", "جبهات", "جبهة", "مواقع", "الحدود",
  ].map((w) => normalizeArabic(w).text),
);

/** The distinctive words of a place phrase, normalised, without proclitics ب/ل/و/ال. */
export function placeWords(phrase: string): Set<string> {
  const words = normalizeArabic(phrase.replace(/[()«»"“”\-/,،]/g, " ")).text.split(/\s+/);
  const out = new Set<string>();
  for (let w of words) {
    if (!w) continue;
    if (GENERIC.has(w)) continue;
    w = w.replace(/^(?:و|ف)?(?:لل|ب|ل)?(?:ال)?/, "");
    if (w.length < 3 || GENERIC.has(w) || GENERIC.has("ال" + w)) continue;
    out.add(w);
  }
  return out;
}

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

export function placeAgrees(gold: string | null, predicted: EventPlace | null): boolean {
  if (gold === null || predicted === null) return gold === null && predicted === null;
  const g = placeWords(gold);
  return shares(g, placeWords(predicted.text)) || (predicted.name_ar !== null && shares(g, placeWords(predicted.name_ar)));
}

/**
 * `sameGroup`, when given, also accepts a destination that is a group of the gazetteer named
 * differently in gold ("قسد" and "مناطق قوات سوريا الديمقراطية").
 */
export function destinationAgrees(
  gold: string | null,
  predicted: EventDestination | null,
  sameGroup?: (goldText: string, predictedText: string, predictedGroupId: string | null) => boolean,
): boolean {
  if (gold === null || predicted === null) return gold === null && predicted === null;
  if (sameGroup && sameGroup(gold, predicted.text, predicted.group_id)) return true;
  const g = placeWords(gold);
  return shares(g, placeWords(predicted.text)) || (predicted.area !== null && shares(g, placeWords(predicted.area)));
}
