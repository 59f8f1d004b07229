/**
 * Cases of the conformance corpus the extractor does not meet yet, each with why. The suite runs them
 * as expected failures (`it.fails`), so a case that starts passing must leave this list.
 */
export const KNOWN_FAILURES: Record<string, string> = {
  "kinds/desertion-afghans-home": "'غادر … عائدين إلى أفغانستان' is no trigger",
  "kinds/attempted-caught-crossing": "'وهم يحاولون عبور الحدود': the verbal noun 'عبور' is no trigger (only a counted 'عبروا الحدود' is)",
};
