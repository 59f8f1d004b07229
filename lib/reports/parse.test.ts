import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadReports } from "./load";
import { parseReport } from "./parse";

const TODAY = "2026-11-21";
const enc = (s: string) => new TextEncoder().encode(s);
const BODY = "انشق قرابة 50 عنصراً من ميليشيا الدفاع الوطني خلال الأسبوع الماضي.";

function file(fields: Record<string, string | undefined>, body = BODY): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
}

const good = { id: "r1", title: "عنوان", outlet: "حلب اليوم", url: "https://example.org/1", published: "2021-06-20", language: "ar" };

describe("parseReport", () => {
  it("reads a day, keeps the body unchanged", () => {
    const r = parseReport("a.md", enc(file(good)), TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.published).toEqual({ start: "2021-06-20", end: "2021-06-20" });
    expect(r.report.body).toBe(BODY);
    expect(r.report.url).toBe("https://example.org/1");
  });

  it.each([
    ["2021-06", { start: "2021-06-01", end: "2021-06-30" }],
    ["2024-02", { start: "2024-02-01", end: "2024-02-29" }],
    ['"2021-06-10..2021-06-25"', { start: "2021-06-10", end: "2021-06-25" }],
  ])("reads published %s as a window", (published, window) => {
    const r = parseReport("a.md", enc(file({ ...good, published })), TODAY);
    expect(r.ok && r.report.published).toEqual(window);
  });

  it.each([
    [undefined, /missing/],
    ["yesterday", /not a day/],
    ["2021-02-30", /not a day/],
    ['"2021-06-25..2021-06-10"', /reversed/],
    ["2027-01-01", /future/],
  ])("rejects published=%s naming the field", (published, message) => {
    const r = parseReport("bad.md", enc(file({ ...good, published })), TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: "bad.md", field: "published" });
    expect(r.errors[0].message).toMatch(message);
  });

  it("rejects an empty body", () => {
    const r = parseReport("e.md", enc(file(good, "\n  \n")), TODAY);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(["body"]);
  });

  it("rejects bytes that are not UTF-8", () => {
    const bytes = new Uint8Array([...enc(file(good)), 0xff, 0xfe, 0xc3]);
    const r = parseReport("latin.md", bytes, TODAY);
    expect(!r.ok && r.errors[0]).toMatchObject({ field: "file", message: "is not UTF-8 text" });
  });

  it("accepts a byte-order mark and Windows line endings", () => {
    const r = parseReport("bom.md", enc("\uFEFF" + file(good).replace(/\n/g, "\r\n")), TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.body).toBe(BODY);
  });

  it.each([["../etc/passwd"], ["has space"], ['""']])("rejects the id %s", (id) => {
    const r = parseReport("id.md", enc(file({ ...good, id })), TODAY);
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(["id"]);
  });

  it("rejects invalid YAML and a missing front-matter", () => {
    const yamlBad = parseReport("y.md", enc(`---\nid: [unclosed\n---\n${BODY}`), TODAY);
    expect(!yamlBad.ok && yamlBad.errors[0]).toMatchObject({ field: "front-matter" });
    const none = parseReport("n.md", enc(BODY), TODAY);
    expect(!none.ok && none.errors[0].message).toMatch(/missing/);
  });

  it("warns about unknown fields but keeps the report", () => {
    const r = parseReport("u.md", enc(file({ ...good, author: "x" })), TODAY);
    expect(r.ok && r.warnings.map((w) => w.field)).toEqual(["author"]);
  });

  it("rejects an empty file", () => {
    const r = parseReport("z.md", new Uint8Array(), TODAY);
    expect(!r.ok && r.errors[0]).toMatchObject({ field: "file", message: "is empty" });
  });
});

describe("loadReports", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "inshiqaq-load-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("loads the good files and names each bad one, including a duplicate id", () => {
    fs.writeFileSync(path.join(dir, "a.md"), file(good));
    fs.writeFileSync(path.join(dir, "b.md"), file({ ...good, id: "r2" }));
    fs.writeFileSync(path.join(dir, "c.md"), file({ ...good })); // duplicate of a.md
    fs.writeFileSync(path.join(dir, "d.md"), file({ ...good, id: "r4", published: "banana" }));
    fs.writeFileSync(path.join(dir, "e.md"), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const { reports, errors } = loadReports(dir, TODAY);
    expect(reports.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(errors.map((e) => [path.basename(e.file), e.field])).toEqual([
      ["c.md", "id"],
      ["d.md", "published"],
      ["e.md", "file"],
    ]);
  });

  it("loads the five seed reports of data/reports with their windows and unchanged text", () => {
    const corpus = path.join(__dirname, "../../data/reports");
    const { reports, errors } = loadReports(corpus, TODAY);
    expect(errors).toEqual([]);
    const seeds = reports.filter((r) => /^00[0-4]_/.test(r.id));
    expect(seeds).toHaveLength(5);
    const r003 = seeds.find((r) => r.id === "003_69d4fb9bd9d2fdea");
    expect(r003?.published).toEqual({ start: "2021-06-14", end: "2021-06-30" });
    const shared = path.join(__dirname, "../../../shared/seeds/003_69d4fb9bd9d2fdea.txt");
    if (fs.existsSync(shared)) expect(r003?.body).toBe(fs.readFileSync(shared, "utf8"));
  });
});

describe("parseReport on hostile files", () => {
  it("keeps a 5 MB report and says it is unusually long", () => {
    const big = file(good, (BODY + "\n").repeat(Math.ceil((5 * 1024 * 1024) / (BODY.length * 2))));
    const r = parseReport("big.md", enc(big), TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.message).join()).toMatch(/MB/);
  });

  it("rejects a file over the size limit, naming the limit", () => {
    const huge = new Uint8Array(9 * 1024 * 1024).fill(0x41);
    const r = parseReport("huge.md", huge, TODAY);
    expect(!r.ok && r.errors[0]).toMatchObject({ field: "file" });
    expect(!r.ok && r.errors[0].message).toMatch(/limit/);
  });

  it("keeps a report with no Arabic text and warns", () => {
    const r = parseReport("en.md", enc(file(good, "Seven fighters defected last week.")), TODAY);
    expect(r.ok && r.warnings.map((w) => w.field)).toEqual(["body"]);
  });

  it("rejects a file of whitespace only", () => {
    const r = parseReport("ws.md", enc(" \n\t\n "), TODAY);
    expect(!r.ok && r.errors[0].message).toMatch(/whitespace/);
  });

  it("rejects a front-matter that is a list, not fields", () => {
    const r = parseReport("list.md", enc(`---\n- a\n- b\n---\n${BODY}`), TODAY);
    expect(!r.ok && r.errors[0]).toMatchObject({ field: "front-matter" });
  });

  it("gives one error per bad field, each naming its field", () => {
    const r = parseReport("many.md", enc(file({ id: "ok", published: "2021-13", language: "arabic" })), TODAY);
    expect(!r.ok && r.errors.map((e) => e.field).sort()).toEqual(["language", "outlet", "published", "title"]);
  });
});
