import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import groupsJson from "../../data/groups.json";
import { extractEventsStrict } from "../extract";
import { openDatabase } from "../store/db";
import { reviewedReports } from "../store/decisions";
import { ingestDirectory } from "../store/ingest";
import { acceptEvent, editEvent, rejectEvent } from "../store/review";
import { tempDir } from "../store/test-fixtures";
import { GroupMatcher, parseGazetteer } from "./group-match";
import { reviewedGold } from "./reviewed";
import { evaluate } from "./score";

const BODY = "أفادت مصادر محلية بانشقاق خمسة عناصر من قوات النظام في مدينة درعا يوم الأحد الماضي.\nوفي سياق آخر، فر عشرة عناصر من ميليشيا الدفاع الوطني في ريف حمص.";
const file = (id: string) => `---\nid: ${id}\ntitle: "تقرير"\noutlet: "test"\npublished: "2021-06-20"\nlanguage: ar\n---\n${BODY}\n`;

describe("eval --reviewed", () => {
  it("scores the extractor against reviewed events: a rejection is a false alarm, an edited count a disagreement, partly reviewed reports left out", () => {
    const dir = tempDir("inshiqaq-eval-reviewed-");
    fs.mkdirSync(path.join(dir, "reports"));
    for (const id of ["a", "b"]) fs.writeFileSync(path.join(dir, "reports", `${id}.md`), file(id));
    const db = openDatabase(path.join(dir, "db.sqlite"));
    try {
      ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
      const who = { id: "u", name: "U" };
      editEvent(db, who, "a~0", { count: { low: 6, best: 6, high: 6, text: "6" } }, "six");
      rejectEvent(db, who, "a~1", "not a defection");
      acceptEvent(db, who, "b~0"); // b~1 stays unreviewed: b is left out

      const { gold, partial } = reviewedGold(reviewedReports(db));
      expect(partial).toBe(1);
      expect(gold.map((g) => [g.id, g.events.map((e) => e.count?.best)])).toEqual([["a", [6]]]);
      const { summary } = evaluate(gold, extractEventsStrict, new GroupMatcher(parseGazetteer(groupsJson)));
      expect(summary.events).toMatchObject({ tp: 1, fp: 1, fn: 0 });
      expect(summary.count.share).toBe(0);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
