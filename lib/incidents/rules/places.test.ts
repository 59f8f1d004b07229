import { describe, expect, it } from "vitest";
import type { EventPlace } from "../../extract/types";
import { GAZETTEER } from "../gazetteer";
import { PLACE } from "../testing";
import { placeSpecificity, placesCompatible } from "./places";

const POSITIVES: Array<[string, EventPlace | null, EventPlace | null]> = [
  ["the same town", PLACE.mayadin, PLACE.mayadin],
  ["a town inside the other's governorate", PLACE.deirezzor, PLACE.mayadin],
  ["one place unknown (not told)", null, PLACE.raqqa],
  ["one place not in the gazetteer", PLACE.unknown("قرية الطيبة"), PLACE.mayadin],
];
const NEGATIVES: Array<[string, EventPlace | null, EventPlace | null]> = [
  ["two towns of one governorate", PLACE.mayadin, PLACE.bukamal],
  ["two governorates", PLACE.deirezzor, PLACE.raqqa],
  ["a town outside the other's governorate", PLACE.raqqa, PLACE.mayadin],
];

describe("rule: compatible places", () => {
  it.each(POSITIVES)("compatible: %s", (_, a, b) => {
    expect(placesCompatible(a, b, GAZETTEER)).toBe(true);
    expect(placesCompatible(b, a, GAZETTEER)).toBe(true);
  });
  it.each(NEGATIVES)("apart: %s", (_, a, b) => {
    expect(placesCompatible(a, b, GAZETTEER)).toBe(false);
    expect(placesCompatible(b, a, GAZETTEER)).toBe(false);
  });
  it("ranks a town over an unknown named place over a governorate", () => {
    expect(placeSpecificity(PLACE.mayadin, GAZETTEER)).toBeGreaterThan(placeSpecificity(PLACE.unknown("قرية الطيبة"), GAZETTEER));
    expect(placeSpecificity(PLACE.unknown("قرية الطيبة"), GAZETTEER)).toBeGreaterThan(placeSpecificity(PLACE.deirezzor, GAZETTEER));
  });
});
