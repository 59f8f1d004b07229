/**
 * The gold date conventions over whole reports (corpus.ts): every case must hold, except those
 * marked `known` — those must still FAIL, so a fix that makes one pass fails here until its mark
 * is removed (the figure in the README stays honest).
 */
import { describe, expect, it } from "vitest";
import { CASES } from "./corpus";
import { runCase } from "./run";

describe("date conventions over whole reports", () => {
  for (const c of CASES) {
    const name = `[${c.family}] ${c.note}`;
    if (c.known) {
      it(`${name} — known failure: ${c.known}`, () => {
        expect(runCase(c).ok, "this known failure now passes: remove its `known` mark").toBe(false);
      });
    } else {
      it(name, () => {
        expect(runCase(c).problem).toBeNull();
      });
    }
  }

  it("the check can fail: a wrong expected range is caught", () => {
    const c = CASES.find((x) => x.note === "أمس after the verb")!;
    expect(runCase({ ...c, events: [{ start: "2022-03-14", end: "2022-03-14" }] }).ok).toBe(false);
    expect(runCase({ ...c, events: [{ start: "2022-03-15", end: "2022-03-15", text: null }] }).ok).toBe(false);
    expect(runCase({ ...c, events: [] }).ok).toBe(false);
  });
});
