import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { publicationWindow } from "../time/publication";
import type { PublicationWindow } from "../time/types";

/**
 * Parsing and validation of one report file (pure: bytes in, report or errors out).
 *
 * A report file is Markdown with YAML front-matter:
 *   ---
 *   id: 003_69d4fb9bd9d2fdea
 *   title: انشقاقات في الدفاع الوطني…
 *   outlet: unknown
 *   url: https://…            (optional)
 *   published: 2021-06-14..2021-06-30   (a day, a month, or a range)
 *   language: ar
 *   notes: how the date was estimated  (optional)
 *   ---
 *   <the Arabic text, unchanged>
 */

export interface Report {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  published: PublicationWindow;
  /** The `published` value as written in the file. */
  publishedText: string;
  language: string;
  notes: string | null;
  body: string;
  /** The file the report came from, relative to the corpus folder. */
  file: string;
}

export interface ReportError {
  file: string;
  /** The front-matter field at fault, or "file"/"front-matter"/"body" for the file as a whole. */
  field: string;
  message: string;
}

export type ReportParse = { ok: true; report: Report; warnings: ReportError[] } | { ok: false; errors: ReportError[] };

/** Ids become URL segments and database keys: letters, digits, dot, dash and underscore, nothing that walks a path. */
export const REPORT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const KNOWN_FIELDS = new Set(["id", "title", "outlet", "url", "published", "language", "notes"]);

/** The largest report file accepted; longer files are rejected rather than slowing every step down. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;
/** News reports are a few kilobytes; past this size a report is kept but flagged. */
export const LONG_REPORT_BYTES = 1024 * 1024;

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\uFB50-\uFDFF\uFE70-\uFEFC]/;

const frontMatterSchema = z.object({
  id: z
    .string({ error: "is missing or not text" })
    .trim()
    .regex(REPORT_ID, { message: "must be 1–128 letters, digits, '.', '-' or '_', starting with a letter or digit (no spaces, no '/' or '..')" })
    .refine((id) => !id.includes(".."), { message: "must not contain '..'" }),
  title: z.string({ error: "is missing or not text" }).trim().min(1, { message: "is empty" }),
  outlet: z.string({ error: "is missing or not text" }).trim().min(1, { message: "is empty" }),
  url: z
    .string({ error: "must be text" })
    .trim()
    .refine((u) => /^https?:\/\/\S+$/.test(u), { message: "must be an http(s) address" })
    .nullish(),
  published: z.unknown().optional(),
  language: z.string({ error: "is missing or not text" }).trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, { message: "must be a language code such as ar" }),
  notes: z.string({ error: "must be text" }).nullish(),
});

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Decodes bytes as strict UTF-8; null when they are not UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.includes("\u0000")) return null;
    return text;
  } catch {
    return null;
  }
}

/**
 * Parses one report file. `today` bounds `published`: a report cannot be published in the future.
 * Errors name the file and the field; warnings (unknown fields) do not stop the report.
 */
export function parseReport(file: string, bytes: Uint8Array, today: string): ReportParse {
  const fail = (field: string, message: string): ReportParse => ({ ok: false, errors: [{ file, field, message }] });
  if (bytes.length === 0) return fail("file", "is empty");
  if (bytes.length > MAX_REPORT_BYTES) return fail("file", `is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_REPORT_BYTES / 1048576} MB`);
  const decoded = decodeUtf8(bytes);
  if (decoded === null) return fail("file", "is not UTF-8 text");
  const text = decoded.replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail("file", "holds only whitespace");
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return fail("front-matter", "is missing: the file must start with a '---' line, the YAML fields, and a closing '---' line");
  let data: unknown;
  try {
    data = parseYaml(fm[1]);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return fail("front-matter", `is not valid YAML: ${reason}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return fail("front-matter", "must be a YAML mapping of fields");

  const errors: ReportError[] = [];
  const warnings: ReportError[] = [];
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) warnings.push({ file, field: key, message: "is not a known field and was ignored" });
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    // One message per field: the first problem found is the one to fix.
    const reported = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "front-matter");
      if (reported.has(field)) continue;
      reported.add(field);
      errors.push({ file, field, message: issue.message });
    }
  }
  const raw = (data as Record<string, unknown>).published;
  let published: PublicationWindow | null = null;
  let publishedText = "";
  if (raw === undefined || raw === null) errors.push({ file, field: "published", message: "is missing" });
  else {
    const pw = publicationWindow(raw);
    if (!pw.ok) errors.push({ file, field: "published", message: pw.error });
    else if (pw.window.start > today) errors.push({ file, field: "published", message: `${pw.window.start} is in the future (today is ${today})` });
    else {
      published = pw.window;
      publishedText = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
    }
  }
  const body = text.slice(fm[0].length).replace(/\r\n?/g, "\n");
  if (body.trim() === "") errors.push({ file, field: "body", message: "is empty: the report text goes after the front-matter" });
  if (errors.length > 0 || !parsed.success || !published) return { ok: false, errors };
  if (bytes.length > LONG_REPORT_BYTES) warnings.push({ file, field: "body", message: `is ${(bytes.length / 1048576).toFixed(1)} MB, far longer than a news report; kept` });
  if (!ARABIC_LETTER.test(body)) warnings.push({ file, field: "body", message: "has no Arabic text; kept, but no event can be read from it" });
  const fmData = parsed.data;
  return {
    ok: true,
    warnings,
    report: {
      id: fmData.id,
      title: fmData.title,
      outlet: fmData.outlet,
      url: fmData.url ?? null,
      published,
      publishedText,
      language: fmData.language,
      notes: fmData.notes ?? null,
      body,
      file,
    },
  };
}

/** One line for a person: `data/reports/x.md: published: is missing`. */
export function formatReportError(e: ReportError): string {
  return `${e.file}: ${e.field}: ${e.message}`;
}
