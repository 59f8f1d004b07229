import { describe, expect, it } from "vitest";
import { kindsBySpecificity } from "./kinds";

describe("rule: kinds", () => {
  it.each([
    [["defection", "desertion"], ["desertion", "defection"]],
    [["defection", "attempted", "desertion"], ["attempted", "desertion", "defection"]],
    [["defection", "defection"], ["defection"]],
  ] as const)("%j → most specific first %j", (told, expected) => {
    expect(kindsBySpecificity(told)).toEqual(expected);
  });
});
