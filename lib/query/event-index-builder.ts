/**
 * The columns of an event-index snapshot (event-index.ts) being filled: entry by entry in ascending rid order,
 * with the string and group dictionaries copied on write from a base snapshot, then finished into the snapshot
 * with its group links. What fills it: event-index-build.ts (from the database) and incident-view.ts.
 */
import type { EventIndex, GroupName } from "./event-index";

export const KIND_CODES: Record<string, number> = { defection: 0, desertion: 1, attempted: 2 };
/** rid, day_start, day_end, count_low, count_best, count_high, kind, place_id, place_governorate, place_text,
 * destination_group_id, destination_area, destination_text, report rid, reviewed (0/1). */
export type RawEvent = [number, number, number, number | null, number | null, number | null, string, string | null, string | null, string | null, string | null, string | null, string | null, number, number];

/**
 * Fills the columns of a new snapshot, entry by entry in ascending rid order, then adds the group
 * links in the same order. The dictionaries (strings, group keys) start as copies of a base snapshot's,
 * so codes stay valid and a snapshot still in use is never changed.
 */
export class IndexBuilder {
  n = 0;
  maxRid = 0;
  maxReportRid = 0;
  readonly rid: Int32Array;
  readonly dayStart: Int32Array;
  readonly dayEnd: Int32Array;
  readonly counted: Uint8Array;
  readonly low: Float64Array;
  readonly best: Float64Array;
  readonly high: Float64Array;
  readonly kind: Uint8Array;
  readonly reviewed: Uint8Array;
  readonly placeId: Int32Array;
  readonly placeGov: Int32Array;
  readonly placeText: Int32Array;
  readonly destGroup: Int32Array;
  readonly destArea: Int32Array;
  readonly destText: Int32Array;
  readonly reportRid: Int32Array;
  strings: string[];
  stringCode: Map<string, number>;
  groupKeys: string[];
  groupCode: Map<string, number>;
  groupNames: GroupName[];
  readonly linkEntry: number[] = [];
  readonly linkGroup: number[] = [];
  /** Where the rid→entry merge of `addLink` stands. */
  private linkCursor = 0;

  constructor(capacity: number, base: EventIndex | null) {
    this.rid = new Int32Array(capacity);
    this.dayStart = new Int32Array(capacity);
    this.dayEnd = new Int32Array(capacity);
    this.counted = new Uint8Array(capacity);
    this.low = new Float64Array(capacity);
    this.best = new Float64Array(capacity);
    this.high = new Float64Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.reviewed = new Uint8Array(capacity);
    this.placeId = new Int32Array(capacity);
    this.placeGov = new Int32Array(capacity);
    this.placeText = new Int32Array(capacity);
    this.destGroup = new Int32Array(capacity);
    this.destArea = new Int32Array(capacity);
    this.destText = new Int32Array(capacity);
    this.reportRid = new Int32Array(capacity);
    this.strings = base ? base.strings : [];
    this.stringCode = base ? base.stringCode : new Map();
    this.groupKeys = base ? base.groupKeys : [];
    this.groupCode = base ? base.groupCode : new Map();
    this.groupNames = base ? base.groupNames : [];
    this.sharedStrings = this.sharedGroups = base !== null;
  }

  /** The dictionaries are the base snapshot's until something is added (copy on write). */
  private sharedStrings: boolean;
  private sharedGroups: boolean;

  code(s: string | null): number {
    if (s === null) return -1;
    let c = this.stringCode.get(s);
    if (c === undefined) {
      if (this.sharedStrings) {
        this.strings = this.strings.slice();
        this.stringCode = new Map(this.stringCode);
        this.sharedStrings = false;
      }
      c = this.strings.length;
      this.strings.push(s);
      this.stringCode.set(s, c);
    }
    return c;
  }

  private ownGroups(): void {
    if (!this.sharedGroups) return;
    this.groupKeys = this.groupKeys.slice();
    this.groupCode = new Map(this.groupCode);
    this.groupNames = this.groupNames.slice();
    this.sharedGroups = false;
  }

  /**
   * The code of a group, added when new. With `merge` (an update), a known group keeps the smallest
   * names seen, like the full build's MIN(); a name whose only events were deleted may linger until
   * the next full build (facets prefer the gazetteer's names anyway).
   */
  groupOf(key: string, name: GroupName, merge: boolean): number {
    let g = this.groupCode.get(key);
    if (g === undefined) {
      this.ownGroups();
      g = this.groupKeys.length;
      this.groupKeys.push(key);
      this.groupCode.set(key, g);
      this.groupNames.push(name);
    } else if (merge) {
      const known = this.groupNames[g];
      const name_ar = name.name_ar < known.name_ar ? name.name_ar : known.name_ar;
      const name_en = known.name_en === null || (name.name_en !== null && name.name_en < known.name_en) ? name.name_en : known.name_en;
      if (name_ar !== known.name_ar || name_en !== known.name_en) {
        this.ownGroups();
        this.groupNames[g] = { name_ar, name_en };
      }
    }
    return g;
  }

  addRow(e: RawEvent): void {
    const i = this.n++;
    this.rid[i] = e[0];
    if (e[0] > this.maxRid) this.maxRid = e[0];
    this.dayStart[i] = e[1];
    this.dayEnd[i] = e[2];
    this.counted[i] = e[4] === null ? 0 : 1;
    this.low[i] = e[3] ?? 0;
    this.best[i] = e[4] ?? 0;
    this.high[i] = e[5] ?? 0;
    this.kind[i] = KIND_CODES[e[6]] ?? 255;
    this.placeId[i] = this.code(e[7]);
    this.placeGov[i] = this.code(e[8]);
    this.placeText[i] = this.code(e[9]);
    this.destGroup[i] = this.code(e[10]);
    this.destArea[i] = this.code(e[11]);
    this.destText[i] = this.code(e[12]);
    this.reportRid[i] = e[13];
    this.reviewed[i] = e[14];
    if (e[13] > this.maxReportRid) this.maxReportRid = e[13];
  }

  /** A link of the full build, in ascending (rid, position) order. */
  addLink(eventRid: number, key: string, name: () => GroupName): void {
    while (this.linkCursor < this.n && this.rid[this.linkCursor] < eventRid) this.linkCursor++;
    if (this.linkCursor >= this.n || this.rid[this.linkCursor] !== eventRid) return;
    const g = this.groupCode.get(key) ?? this.groupOf(key, name(), false);
    this.linkEntry.push(this.linkCursor);
    this.linkGroup.push(g);
  }

  finish(): EventIndex {
    // Links were added in entry order, so offsets are a running count.
    const groupOffsets = new Int32Array(this.n + 1);
    for (const e of this.linkEntry) groupOffsets[e + 1] += 1;
    for (let k = 0; k < this.n; k++) groupOffsets[k + 1] += groupOffsets[k];
    return this.finishWith(groupOffsets, Int32Array.from(this.linkGroup));
  }

  /** The snapshot, given the group links of every entry (CSR: offsets per entry into codes). */
  finishWith(groupOffsets: Int32Array, groupCodes: Int32Array): EventIndex {
    const size = this.n;
    const entryOfRid = new Int32Array(this.maxRid + 1).fill(-1);
    for (let k = 0; k < size; k++) entryOfRid[this.rid[k]] = k;
    const perGroup = new Int32Array(this.groupKeys.length);
    for (const g of groupCodes) perGroup[g] += 1;
    const groupEntries = Array.from(perGroup, (count) => new Int32Array(count));
    const fill = new Int32Array(this.groupKeys.length);
    for (let i = 0; i < size; i++) {
      for (let k = groupOffsets[i]; k < groupOffsets[i + 1]; k++) {
        const g = groupCodes[k];
        groupEntries[g][fill[g]++] = i;
      }
    }
    return {
      n: size,
      rid: this.rid.subarray(0, size),
      entryOfRid,
      dayStart: this.dayStart.subarray(0, size),
      dayEnd: this.dayEnd.subarray(0, size),
      counted: this.counted.subarray(0, size),
      low: this.low.subarray(0, size),
      best: this.best.subarray(0, size),
      high: this.high.subarray(0, size),
      kind: this.kind.subarray(0, size),
      reviewed: this.reviewed.subarray(0, size),
      placeId: this.placeId.subarray(0, size),
      placeGov: this.placeGov.subarray(0, size),
      placeText: this.placeText.subarray(0, size),
      destGroup: this.destGroup.subarray(0, size),
      destArea: this.destArea.subarray(0, size),
      destText: this.destText.subarray(0, size),
      reportRid: this.reportRid.subarray(0, size),
      maxReportRid: this.maxReportRid,
      groupOffsets,
      groupCodes,
      groupEntries,
      groupKeys: this.groupKeys,
      groupCode: this.groupCode,
      groupNames: this.groupNames,
      strings: this.strings,
      stringCode: this.stringCode,
      ordinals: new Map(),
      matches: new Map(),
    };
  }
}

/** For incident-view.ts: a new snapshot's columns filled from a base snapshot's dictionaries. */
export function newBuilder(capacity: number, base: EventIndex): IndexBuilder {
  return new IndexBuilder(capacity, base);
}
