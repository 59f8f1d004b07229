import { createHash } from "node:crypto";

/** sha256 of the file's bytes: a report is re-read only when its bytes (or the extractor) change. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
