/**
 * Issue 10: an event whose figure was set aside as implausible reaches the store with no count (so no
 * people total is multiplied by it) and keeps its flag and the figure in its JSON.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { openDatabase } from "./db";
import { ingestDirectory } from "./ingest";
import { tempDir } from "./test-fixtures";

let dir = "";
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("stores a flagged event with null count columns and its flag and set-aside figure in the JSON", () => {
  dir = tempDir("inshiqaq-implausible-");
  const corpus = path.join(dir, "reports");
  fs.mkdirSync(corpus);
  fs.writeFileSync(
    path.join(corpus, "camp.md"),
    `---\nid: camp-1\ntitle: "مخيم"\noutlet: "test"\npublished: "2022-03-16"\nlanguage: ar\n---\nانشقاق عناصر من قسد في مخيم الهول الذي يقطنه 60 ألف شخص أمس.\n`,
  );
  const db = openDatabase(path.join(dir, "db.sqlite"));
  try {
    ingestDirectory(db, corpus);
    const rows = db.prepare("SELECT e.count_best AS best, j.json AS json FROM events e JOIN event_json j ON j.rid = e.rid").all() as { best: number | null; json: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0].best).toBeNull();
    const event = JSON.parse(rows[0].json);
    expect(event.flags).toEqual(["implausible-count"]);
    expect(event.countSetAside).toMatchObject({ best: 60000, reason: "crowd" });
    expect(event.confidence).toBeLessThanOrEqual(0.2);
  } finally {
    db.close();
  }
});
