/**
 * Property (round 6, loose ends): an expression that names the CURRENT period (الجاري/الحالي/هذا, or the period
 * word alone: "مطلع العام") or a part of it never runs past the publication day P: a report cannot tell what has
 * not happened yet. Either the range ends at P at the latest, or it lies wholly after P (then it is the future
 * and marked so). Checked for every phrase below on every 4th day of a common and a leap year.
 */
import { describe, expect, it } from "vitest";
import { addDaysIso } from "./day";
import { resolveExpression } from "./index";
import { publicationWindow } from "./publication";

const PARTS = ["مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية", "الأيام الأولى من", "الأيام الأخيرة من"];
const CURRENT_MONTHS = ["الشهر الجاري", "الشهر الحالي", "هذا الشهر", "الشهر"];
const CURRENT_YEARS = ["العام الجاري", "العام الحالي", "هذا العام", "هذه السنة", "السنة الجارية", "السنة الحالية"];
const CURRENT_WEEKS = ["الأسبوع الجاري", "الأسبوع الحالي", "هذا الأسبوع"];

const PHRASES: string[] = [
  ...[...CURRENT_MONTHS, ...CURRENT_YEARS, ...CURRENT_WEEKS].flatMap((period) => PARTS.map((part) => `${part} ${period}`)),
  ...["العام الجاري", "هذا العام", "الشهر الجاري", "هذا الشهر", "الأسبوع الجاري", "هذا الأسبوع"].map((p) => `خلال ${p}`),
  ...["النصف الأول", "النصف الثاني", "الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الأخير", "الثلث الثاني"].flatMap((fraction) =>
    ["من العام الجاري", "من هذا العام", "من العام"].map((of) => `${fraction} ${of}`),
  ),
  ...["الصيف", "الشتاء", "الربيع", "الخريف"].flatMap((season) => [`${season} الحالي`, `هذا ${season}`]),
  ...["صيف", "شتاء", "ربيع", "خريف"].flatMap((season) => [`${season} هذا العام`, `${season} العام الجاري`]),
  ...["آذار", "حزيران", "كانون الأول"].flatMap((month) => [`${month} الجاري`, `مطلع ${month} الجاري`, `أواخر ${month} الحالي`]),
  "رمضان الجاري",
  "شهر رمضان الحالي",
  "شهر رمضان من العام الجاري",
];

function window(P: string) {
  const r = publicationWindow(P);
  if (!r.ok) throw new Error(r.error);
  return r.window;
}

const DAYS: string[] = [];
for (const first of ["2021-01-01", "2024-01-01"]) for (let i = 0; i < 366; i += 4) DAYS.push(addDaysIso(first, i));

describe("a current period ends at P at the latest (or lies wholly after it)", () => {
  it.each(PHRASES)("%s", (phrase) => {
    const overrun: string[] = [];
    for (const P of DAYS) {
      const m = resolveExpression(phrase, window(P));
      expect(m, `no date in "${phrase}" (P=${P})`).not.toBeNull();
      const wholly = m!.start > P;
      if (!wholly && m!.end > P) overrun.push(`P=${P}: ${m!.start}..${m!.end} (${m!.rule})`);
    }
    expect(overrun.slice(0, 3)).toEqual([]);
  });

});
