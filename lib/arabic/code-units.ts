/**
 * A string's UTF-16 code units in a typed array, for a loop that reads every character of a report: optimized code
 * checks a string's kind (sequential, sliced, cons…) at every `charCodeAt`, about 25 instructions a character, where
 * a typed array read costs a few (bench/README.md, round 13).
 */

const HAS_BUFFER = typeof Buffer !== "undefined";

/**
 * A reader with a scratch array of its own: `read(s)` returns an array whose first `s.length` elements are the code
 * units of `s` (lone surrogates too), valid until the reader's next call. Copied by Buffer's utf16le write where
 * there is one (Node), else one by one. Made once per module that reads reports this way.
 */
export function codeUnitReader(): (s: string) => Uint16Array {
  let units = new Uint16Array(4096);
  let bytes: Buffer | null = null;
  return (s) => {
    const n = s.length;
    if (units.length < n) {
      units = new Uint16Array(Math.max(n, 2 * units.length));
      bytes = null;
    }
    const out = units;
    if (HAS_BUFFER) {
      bytes ??= Buffer.from(out.buffer, out.byteOffset, out.byteLength);
      bytes.write(s, 0, "utf16le");
    } else for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
    return out;
  };
}
