import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDatabase } from "../store/db";
import { ingestDirectory } from "../store/ingest";
import { tempDir } from "../store/test-fixtures";
import { eventIndex } from "./event-index";
import { matchEvents } from "./event-index-match";
import { listIncidents } from "./incidents";
import { applyReviewAction, ReviewError } from "./review-dal";

// The data-access layer refuses merges and splits from anyone but an editor or admin, before touching
// anything (POST /api/review answers 401/403 even earlier: e2e/incident-decisions.spec.ts).
const A = "005_incident_told_twice_a~0";
const B = "006_incident_told_twice_b~0";
let previous: string | undefined;

beforeAll(() => {
  previous = process.env.DATABASE_PATH;
  const dir = tempDir();
  process.env.DATABASE_PATH = path.join(dir, "auth.sqlite");
  closeDatabase();
  fs.mkdirSync(path.join(dir, "reports"));
  const seeds = path.join(__dirname, "../../data/fixtures/seed-corpus");
  for (const f of fs.readdirSync(seeds)) fs.copyFileSync(path.join(seeds, f), path.join(dir, "reports", f));
  ingestDirectory(getDatabase(), path.join(dir, "reports"), { gazetteers: null });
});
afterAll(() => {
  closeDatabase();
  if (previous === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = previous;
});

const decisions = () => getDatabase().prepare("SELECT COUNT(*) FROM decisions").pluck().get();
/** What the dashboard counts for the 4th Division, incidents by default (the in-memory event index). */
const countedIncidents = () => {
  const db = getDatabase();
  return matchEvents(db, eventIndex(db), { groups: ["4th-division"], from: null, to: null, place: null, destination: null, kind: null, q: null, unit: "incidents" }).count;
};
const together = () => listIncidents(getDatabase()).some((i) => i.events.includes(A) && i.events.includes(B));

describe("merge and split through the data-access layer", () => {
  it("refuses an anonymous viewer and a role that may not review, and writes nothing", () => {
    for (const viewer of [null, { id: "r", name: "Reader", role: "reader" }]) {
      expect(() => applyReviewAction(viewer, { action: "split", event: B, reason: "x" })).toThrow(ReviewError);
      expect(() => applyReviewAction(viewer, { action: "merge", event: A, other: B, reason: "x" })).toThrow(/forbidden/);
    }
    expect(decisions()).toBe(0);
    expect(together()).toBe(true);
  });

  it("lets an editor split and merge again, and returns the incident to show next", () => {
    const editor = { id: "e", name: "Editor", role: "editor" };
    // Split: the incident A was split from (now B's alone); merge: the merged incident.
    expect(countedIncidents()).toBe(1);
    expect(applyReviewAction(editor, { action: "split", event: A, reason: "two nights apart" })).toBe(`inc~${B}`);
    expect(together()).toBe(false);
    // The dashboard sees it at once, though no event changed (only their incidents).
    expect(countedIncidents()).toBe(2);
    applyReviewAction(editor, { action: "undo" });
    expect(together()).toBe(true);
    expect(countedIncidents()).toBe(1);
    expect(applyReviewAction(editor, { action: "split", event: A, reason: "two nights apart" })).toBe(`inc~${B}`);
    expect(countedIncidents()).toBe(2);
    expect(applyReviewAction(editor, { action: "merge", event: B, other: A, reason: "the same night after all" })).toBe(`inc~${A}`);
    expect(together()).toBe(true);
    expect(countedIncidents()).toBe(1);
    expect(decisions()).toBe(4);
  });

  it("refuses to dismiss a merge or split for an anonymous viewer or a reader, and writes nothing", () => {
    const pair = getDatabase().prepare("SELECT MAX(seq) FROM decisions WHERE action IN ('merge', 'split')").pluck().get() as number;
    const before = decisions();
    for (const viewer of [null, { id: "r", name: "Reader", role: "reader" }]) {
      expect(() => applyReviewAction(viewer, { action: "dismiss", decision: String(pair), reason: "x" })).toThrow(/forbidden/);
    }
    expect(decisions()).toBe(before);
    expect(together()).toBe(true);
  });
});
