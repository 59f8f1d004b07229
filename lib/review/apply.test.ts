import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import type { DefectionEvent } from "../extract/types";
import { reapply, decisionsInForce } from "./apply";
import { identify } from "./identity";
import type { Decision } from "./types";

const PUBLISHED = { start: "2021-06-20", end: "2021-06-20" };
const FIRST = "أفادت مصادر محلية بانشقاق خمسة عناصر من قوات النظام في مدينة درعا يوم الأحد الماضي.";
const SECOND = "وفي سياق آخر، فر عشرة عناصر من ميليشيا الدفاع الوطني في ريف حمص وانضموا إلى الجيش الحر مطلع الشهر الجاري.";
const BODY = `${FIRST} ${SECOND}`;

function extract(body: string): DefectionEvent[] {
  return extractEventsStrict({ id: "r1", body, published: PUBLISHED });
}

let seq = 0;
function decision(over: Partial<Decision> & Pick<Decision, "action" | "eventKey" | "quote">): Decision {
  seq += 1;
  return { seq, reportId: "r1", before: null, after: null, reason: "test", userId: "u1", userName: "Rana", createdAt: `2026-01-01T00:00:0${seq % 10}Z`, undoes: null, ...over };
}

describe("identity", () => {
  it("does not depend on the position of the event nor on the other sentences", () => {
    const before = identify("r1", BODY, extract(BODY));
    const body = `وفي حلب انشق ثلاثة عناصر من تنظيم داعش أمس. ${FIRST.replace("مصادر محلية", "مصادر")} ${SECOND}`;
    const after = identify("r1", body, extract(body));
    expect(before).toHaveLength(2);
    expect(after).toHaveLength(3);
    expect(after[2].index).toBe(2);
    expect(after[2].key).toBe(before[1].key);
    expect(after.map((e) => e.key)).not.toContain(before[0].key); // its own sentence changed within the context
    expect(before[0].key).not.toBe(before[1].key);
  });

  it("depends on the report and on the kind", () => {
    const [a] = identify("r1", SECOND, extract(SECOND));
    const [b] = identify("r2", SECOND, extract(SECOND));
    const [c] = identify("r1", SECOND, extract(SECOND).map((e) => ({ ...e, kind: "attempted" as const })));
    expect(new Set([a.key, b.key, c.key]).size).toBe(3);
  });

  it("keeps keys unique when the same sentence is repeated", () => {
    const body = `${SECOND} ${SECOND}`;
    const events = extract(body);
    const keys = identify("r1", body, events).map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("re-application", () => {
  const machine = extract(BODY);
  const [first, second] = identify("r1", BODY, machine);

  it("edits, rejects and keeps the others unreviewed", () => {
    const edit = decision({ action: "edit", eventKey: first.key, quote: first.quote, before: { count: first.event.count }, after: { count: { low: 7, best: 7, high: 7, text: "سبعة" } } });
    const reject = decision({ action: "reject", eventKey: second.key, quote: second.quote });
    const out = reapply("r1", BODY, machine, [edit, reject]);
    expect(out.events.map((e) => [e.status, e.event.count?.best])).toEqual([["edited", 7]]);
    expect(out.states.every((s) => s.anchor === "exact" && s.needsLook === null)).toBe(true);
  });

  it("withdraws an undone decision and lets a later decision replace an earlier one", () => {
    const reject = decision({ action: "reject", eventKey: second.key, quote: second.quote });
    const undo = decision({ action: "undo", eventKey: second.key, quote: second.quote, undoes: reject.seq });
    const acceptFirst = decision({ action: "accept", eventKey: first.key, quote: first.quote });
    const rejectFirst = decision({ action: "reject", eventKey: first.key, quote: first.quote });
    expect(decisionsInForce([reject, undo, acceptFirst, rejectFirst]).map((d) => d.seq)).toEqual([rejectFirst.seq]);
    const out = reapply("r1", BODY, machine, [reject, undo, acceptFirst, rejectFirst]);
    expect(out.events.map((e) => [e.key, e.status])).toEqual([[second.key, "unreviewed"]]);
  });

  it("re-anchors a decision fuzzily after a small edit of the quoted words' context", () => {
    const edited = BODY.replace("وفي سياق آخر،", "وفي سياق منفصل،");
    const again = identify("r1", edited, extract(edited));
    expect(again.map((e) => e.key)).not.toContain(second.key); // the exact key is gone
    const reject = decision({ action: "reject", eventKey: second.key, quote: second.quote });
    const out = reapply("r1", edited, extract(edited), [reject]);
    expect(out.events).toHaveLength(1);
    expect(out.events[0].event.groups[0].id).toBe("syrian-army");
    expect(out.states).toMatchObject([{ anchor: "fuzzy", needsLook: null }]);
  });

  it("never drops a decision whose event vanished: it needs another look", () => {
    const edit = decision({ action: "edit", eventKey: second.key, quote: second.quote, before: { count: second.event.count }, after: { count: null } });
    const out = reapply("r1", FIRST, extract(FIRST), [edit]);
    expect(out.events.map((e) => e.status)).toEqual(["unreviewed"]);
    expect(out.states).toHaveLength(1);
    expect(out.states[0].anchor).toBe("none");
    expect(out.states[0].needsLook).toEqual({ why: "lost", action: "edit", quote: second.quote.exact });
  });

  it("flags an edit whose machine value changed under it, and still applies it", () => {
    const edit = decision({ action: "edit", eventKey: first.key, quote: first.quote, before: { count: first.event.count }, after: { count: { low: 7, best: 7, high: 7, text: "سبعة" } } });
    const changed = machine.map((e, i) => (i === 0 ? { ...e, count: { low: 4, best: 5, high: 6, text: "نحو خمسة" } } : e));
    const out = reapply("r1", BODY, changed, [edit]);
    expect(out.events[0]).toMatchObject({ status: "edited", event: { count: { best: 7 } } });
    expect(out.states[0].needsLook).toEqual({ why: "machineChanged", fields: ["count"] });
  });

  it("keeps an added event, moving its evidence with its passage", () => {
    const start = BODY.indexOf("فر عشرة");
    const addedEvent: DefectionEvent = { ...second.event, evidence: { sentence: { start, end: start + 10 }, spans: [{ role: "trigger", start, end: start + 2 }] } };
    const add = decision({ action: "add", eventKey: "add:1", quote: { exact: "فر", prefix: "وفي سياق آخر،", suffix: "عشرة عناصر من ميليشيا", start, end: start + 2 }, after: addedEvent });
    const longer = `مقدمة قصيرة. ${BODY}`;
    const out = reapply("r1", longer, extract(longer), [add]);
    const added = out.events.find((e) => e.status === "added")!;
    expect(longer.slice(added.event.evidence.spans[0].start, added.event.evidence.spans[0].end)).toBe("فر");
    const gone = reapply("r1", FIRST, extract(FIRST), [add]);
    expect(gone.events.some((e) => e.status === "added")).toBe(true);
    expect(gone.states[0].needsLook).toEqual({ why: "passageGone", quote: "فر" });
  });

  it("ignores actions it does not know (other kinds of decision share the log)", () => {
    const merge = decision({ action: "merge", eventKey: first.key, quote: first.quote });
    expect(reapply("r1", BODY, machine, [merge]).events.map((e) => e.status)).toEqual(["unreviewed", "unreviewed"]);
  });
});
