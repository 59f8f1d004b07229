import type { DefectionEvent, EventGroup, EventKind } from "../extract/types";
import type { EventPatch } from "./types";
import type { ErrorRef } from "../i18n/errors";

/**
 * The Edit / Add form of the review queue, read into event values (pure). A field left as the form
 * showed it keeps the machine's object untouched (with its words as written); a changed one is built
 * from the gazetteers. Every error names its field.
 */

export interface GazetteerLookup {
  group(nameOrId: string): { id: string; name_ar: string; name_en: string } | null;
  place(nameOrId: string): { id: string; name_ar: string; governorate: string | null } | null;
}

export type FormFields = Record<string, string | undefined>;

const KINDS: readonly EventKind[] = ["defection", "desertion", "attempted"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_COUNT = 1_000_000;

/** The groups as the form shows them: gazetteer ids, or names for groups outside it, one per line. */
export function groupsField(groups: readonly EventGroup[]): string {
  return groups.map((g) => g.id ?? g.name_ar).join("\n");
}

function splitList(s: string): string[] {
  return s
    .split(/[\n,،]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function validDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100;
}

/**
 * Reads the fields into values. `current` is the event the form was filled from (null when adding):
 * an unchanged field keeps its object.
 */
export function readEventForm(fields: FormFields, current: DefectionEvent | null, gazetteer: GazetteerLookup): { ok: true; values: Required<EventPatch> } | { ok: false; errors: ErrorRef[] } {
  const errors: ErrorRef[] = [];
  const get = (k: string) => (fields[k] ?? "").trim();

  const kindText = get("kind");
  const kind = KINDS.find((k) => k === kindText);
  if (!kind) errors.push({ key: "error.form.kind", vars: { kinds: KINDS.join(", ") } });

  const groupNames = splitList(get("groups"));
  let groups: EventGroup[] = [];
  if (groupNames.length === 0) errors.push({ key: "error.form.groupsMissing" });
  else if (current && groupNames.join("\n") === groupsField(current.groups)) groups = current.groups;
  else if (groupNames.some((n) => n.length > 120)) errors.push({ key: "error.form.groupTooLong" });
  else {
    groups = groupNames.map((n) => {
      const g = gazetteer.group(n);
      return g ? { id: g.id, name_ar: g.name_ar, name_en: g.name_en, text: n, known: true } : { id: null, name_ar: n, name_en: null, text: n, known: false };
    });
  }

  const [lowText, bestText, highText] = [get("count_low"), get("count_best"), get("count_high")];
  let count: DefectionEvent["count"] = null;
  if (lowText || bestText || highText) {
    const nums = [lowText || bestText, bestText, highText || bestText].map((s) => (s === "" ? NaN : Number(s)));
    if (!bestText) errors.push({ key: "error.form.countBest" });
    else if (nums.some((n) => !Number.isInteger(n) || n < 0 || n > MAX_COUNT)) errors.push({ key: "error.form.countWhole", vars: { max: MAX_COUNT } });
    else if (!(nums[0] <= nums[1] && nums[1] <= nums[2])) errors.push({ key: "error.form.countOrder" });
    else {
      const [low, best, high] = nums;
      count = current?.count && current.count.low === low && current.count.best === best && current.count.high === high ? current.count : { low, best, high, text: low === high ? String(best) : `${low}–${high}` };
    }
  }

  const [start, end] = [get("date_start"), get("date_end")];
  let date = current?.date ?? null;
  if (!validDay(start) || !validDay(end)) errors.push({ key: "error.form.dateDays" });
  else if (start > end) errors.push({ key: "error.form.dateOrder" });
  else if (!current || current.date.start !== start || current.date.end !== end) {
    date = {
      start,
      end,
      grain: start === end ? "day" : "span",
      basis: current?.date.basis ?? "expression",
      text: current?.date.text ?? null,
      rule: "review",
      explanation: `set by a reviewer: ${start === end ? start : `${start}..${end}`}`,
    };
  }

  const placeText = get("place");
  let place: DefectionEvent["place"] = null;
  if (placeText.length > 120) errors.push({ key: "error.form.placeTooLong" });
  else if (placeText && current?.place && current.place.text === placeText) place = current.place;
  else if (placeText) {
    const p = gazetteer.place(placeText);
    place = { text: placeText, id: p?.id ?? null, name_ar: p?.name_ar ?? null, governorate: p?.governorate ?? null };
  }

  const destText = get("destination");
  let destination: DefectionEvent["destination"] = null;
  if (destText.length > 120) errors.push({ key: "error.form.destinationTooLong" });
  else if (destText && current?.destination && current.destination.text === destText) destination = current.destination;
  else if (destText) {
    const g = gazetteer.group(destText);
    destination = { text: destText, group_id: g?.id ?? null, area: g ? null : destText };
  }

  if (errors.length > 0 || !kind || !date) return { ok: false, errors };
  return { ok: true, values: { kind, groups, count, date, place, destination } };
}
