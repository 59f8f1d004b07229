import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constraintsFrom, GAZETTEER, groupIncidents, MAX_COMPATIBLE, pairsInForce, type EventRef, type PairDecision } from "./index";
import { count, GROUP, telling } from "./testing";
import { tellingKey, type Incident, type Telling } from "./types";

const ids = (incidents: Incident[]) => incidents.map((i) => i.tellings.map(tellingKey));

/** Event keys stand for the stable identity: here "k-<report>-<name>", independent of the index. */
const ref = (report: string, name: string): EventRef => ({ report, eventKey: `k-${report}-${name}` });
let seq = 0;
const merge = (a: EventRef, b: EventRef): PairDecision => ({ seq: ++seq, reportId: a.report, eventKey: a.eventKey, action: "merge", after: { with: b }, undoes: null });
const split = (t: EventRef, from: EventRef[]): PairDecision => ({ seq: ++seq, reportId: t.report, eventKey: t.eventKey, action: "split", after: { apart: from }, undoes: null });
const undo = (d: PairDecision): PairDecision => ({ seq: ++seq, reportId: d.reportId, eventKey: d.eventKey, action: "undo", after: null, undoes: d.seq });

/** Tellings with their identity: `names[i]` is the event key name of the telling at index i. */
function keyOfFor(tellings: ReadonlyArray<{ t: Telling; name: string }>) {
  const byRef = new Map(tellings.map(({ t, name }) => [`${t.report}|k-${t.report}-${name}`, tellingKey(t)]));
  return (r: EventRef) => byRef.get(`${r.report}|${r.eventKey}`);
}

function run(tellings: ReadonlyArray<{ t: Telling; name: string }>, decisions: PairDecision[]) {
  const constraints = constraintsFrom(pairsInForce(decisions), keyOfFor(tellings));
  return groupIncidents(
    tellings.map((x) => x.t),
    GAZETTEER,
    MAX_COMPATIBLE,
    constraints,
  );
}

// Three outlets agree on one incident.
const three = [
  { t: telling({ report: "a", date: ["2021-03-01", "2021-03-03"] }), name: "x" },
  { t: telling({ report: "b", date: ["2021-03-02", "2021-03-02"] }), name: "x" },
  { t: telling({ report: "c", date: ["2021-03-01", "2021-03-05"] }), name: "x" },
];
// Two tellings the rules keep apart (different groups), of different reports.
const apartByRules = [
  { t: telling({ report: "p", date: ["2021-05-01", "2021-05-01"], groups: [GROUP.sdf] }), name: "x" },
  { t: telling({ report: "q", date: ["2021-05-01", "2021-05-01"], groups: [GROUP.div4] }), name: "x" },
];

describe("analysts' splits and merges as constraints on the incidents", () => {
  it("a split telling leaves its incident and proposes nothing with it; the rest stays one incident", () => {
    expect(ids(run(three, []))).toEqual([["a~0", "b~0", "c~0"]]);
    const got = run(three, [split(ref("c", "x"), [ref("a", "x"), ref("b", "x")])]);
    expect(ids(got)).toEqual([["a~0", "b~0"], ["c~0"]]);
    expect(got.map((i) => i.proposed)).toEqual([[], []]);
  });

  it("a split keeps a story retold within a week apart, and an analyst's split of a proposed retelling withdraws the proposal", () => {
    // 23 and 23 a day apart, dated a year apart: merged by the retold rule (rules/retold.ts) until split.
    const retold = [
      { t: telling({ report: "a", published: "2021-03-02", date: ["2020-03-01", "2020-03-01"], count: count(23, 23, 23) }), name: "x" },
      { t: telling({ report: "b", published: "2021-03-03", date: ["2021-03-01", "2021-03-01"], count: count(23, 23, 23) }), name: "x" },
    ];
    expect(ids(run(retold, []))).toEqual([["a~0", "b~0"]]);
    const kept = run(retold, [split(ref("b", "x"), [ref("a", "x")])]);
    expect(ids(kept)).toEqual([["a~0"], ["b~0"]]);
    expect(kept.map((i) => i.proposed)).toEqual([[], []]);
    // 3 and 3: only proposed, and no longer once split.
    const small = retold.map(({ t, name }) => ({ t: { ...t, event: { ...t.event, count: count(3, 3, 3) } }, name }));
    expect(run(small, []).map((i) => i.proposed)).toEqual([["inc~b~0"], ["inc~a~0"]]);
    expect(run(small, [split(ref("b", "x"), [ref("a", "x")])]).map((i) => i.proposed)).toEqual([[], []]);
  });

  it("a split holds after a re-extraction that moves the telling to another index", () => {
    const d = [split(ref("c", "x"), [ref("a", "x"), ref("b", "x")])];
    // The new extractor finds one more event first in report c: the split telling is now c~1.
    const reextracted = [three[0], three[1], { t: telling({ report: "c", index: 0, date: ["2019-01-01", "2019-01-01"] }), name: "new" }, { t: { ...three[2].t, index: 1 }, name: "x" }];
    expect(ids(run(reextracted, d))).toEqual([["a~0", "b~0"], ["c~0"], ["c~1"]]);
  });

  it("merged tellings are one incident even when the rules keep them apart", () => {
    expect(ids(run(apartByRules, []))).toEqual([["p~0"], ["q~0"]]);
    const got = run(apartByRules, [merge(ref("p", "x"), ref("q", "x"))]);
    expect(ids(got)).toEqual([["p~0", "q~0"]]);
    expect(got[0].proposed).toEqual([]);
  });

  it("a merge never puts two events of one report together", () => {
    const same = [
      { t: telling({ report: "p", index: 0, date: ["2021-05-01", "2021-05-01"], groups: [GROUP.sdf] }), name: "x" },
      { t: telling({ report: "p", index: 1, date: ["2021-05-01", "2021-05-01"], groups: [GROUP.div4] }), name: "y" },
    ];
    expect(ids(run(same, [merge(ref("p", "x"), ref("p", "y"))]))).toEqual([["p~0"], ["p~1"]]);
  });

  it("an undone decision no longer holds, and the latest decision on a pair wins", () => {
    const m = merge(ref("p", "x"), ref("q", "x"));
    expect(ids(run(apartByRules, [m, undo(m)]))).toEqual([["p~0"], ["q~0"]]);
    const s = split(ref("q", "x"), [ref("p", "x")]);
    expect(ids(run(apartByRules, [m, s]))).toEqual([["p~0"], ["q~0"]]);
    expect(ids(run(apartByRules, [m, s, undo(s)]))).toEqual([["p~0", "q~0"]]);
  });

  it("ignores actions it does not know and malformed records", () => {
    const odd: PairDecision[] = [
      { seq: ++seq, reportId: "p", eventKey: "k-p-x", action: "relabel", after: { with: ref("q", "x") }, undoes: null },
      { seq: ++seq, reportId: "p", eventKey: "k-p-x", action: "merge", after: { with: "q" }, undoes: null },
    ];
    expect(pairsInForce(odd)).toEqual([]);
    expect(ids(run(apartByRules, odd))).toEqual([["p~0"], ["q~0"]]);
  });

  it("gives the same incidents whatever the order of tellings and decisions", () => {
    const all = [...three, ...apartByRules];
    const decisions = [merge(ref("p", "x"), ref("q", "x")), split(ref("a", "x"), [ref("b", "x"), ref("c", "x")])];
    const expected = ids(run(all, decisions));
    expect(expected).toEqual([["a~0"], ["b~0", "c~0"], ["p~0", "q~0"]]);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), fc.shuffledSubarray(decisions, { minLength: decisions.length }), (ts, ds) => {
        expect(ids(run(ts, ds))).toEqual(expected);
      }),
    );
  });
});
