import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BOM, csvCell, neutralise, toCsv } from "./csv";

/** A minimal RFC 4180 reader, to check that what we write reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; }
    else cell += c;
  }
  if (cell !== "" || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

describe("neutralise", () => {
  it.each(["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])("prefixes %j with an apostrophe", (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });
  it.each(["قوات سوريا الديمقراطية", "21", "a=b", " =1", ""])("leaves %j alone", (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });
});

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });
  it("writes numbers as numbers, including negative ones, and empty for null", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(0.5)).toBe("0.5");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });
  it("neutralises before quoting, so a quoted formula is still inert", () => {
    expect(csvCell('=1,"2"')).toBe(`"'=1,""2"""`);
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends lines with CRLF", () => {
    const csv = toCsv(["a", "b"], [["x", 1]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}a,b\r\nx,1\r\n`);
  });
  it("reads back cell for cell, and no cell starts a formula", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const width = 4;
        const padded = rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
        const back = readCsv(toCsv(["a", "b", "c", "d"], padded).slice(BOM.length));
        expect(back[0]).toEqual(["a", "b", "c", "d"]);
        expect(back.slice(1)).toEqual(padded.map((r) => r.map(neutralise)));
        for (const r of back.slice(1)) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
