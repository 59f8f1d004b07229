import type { EventKind } from "../extract/types";
import { DEFAULT_LANG, LANGS, type Lang } from "../i18n/messages";
import { SORT_COLUMNS, type BinGrain, type EventFilter, type GroupKey, type Metric, type SortColumn, type SortDir } from "./types";

/**
 * The one URL schema of the dashboard (`/`, `/api/events`, `/api/events.csv`).
 *
 * Parsing never throws: a value that is malformed, out of range or repeated is ignored or clamped,
 * and the reason is returned as a human notice. Notices quote parameter values only through
 * `preview()`, which keeps letters, digits and a few harmless marks, so no markup can travel
 * from a URL into a page even before React escapes it.
 */

export const GRAINS = ["week", "month", "quarter", "year"] as const satisfies readonly BinGrain[];
export const METRICS = ["people", "incidents"] as const satisfies readonly Metric[];
export const KINDS = ["defection", "desertion", "attempted"] as const satisfies readonly EventKind[];
export const SORT_DIRS = ["asc", "desc"] as const satisfies readonly SortDir[];
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface DashboardQuery {
  filter: EventFilter;
  grain: BinGrain;
  metric: Metric;
  sort: SortColumn;
  dir: SortDir;
  page: number;
  pageSize: number;
  /** Interface language: changes words and direction only, never the data (exports ignore it). */
  lang: Lang;
}

export const DEFAULTS = {
  grain: "month" as BinGrain,
  metric: "people" as Metric,
  sort: "date" as SortColumn,
  dir: "desc" as SortDir,
  page: 1,
  pageSize: 25,
  lang: DEFAULT_LANG,
};

/** Canonical key order; also the set of keys the schema knows. */
export const PARAM_KEYS = ["groups", "from", "to", "place", "destination", "kind", "q", "reviewed", "grain", "metric", "sort", "dir", "page", "size", "lang"] as const;
type ParamKey = (typeof PARAM_KEYS)[number];

/** Limits that keep a hostile URL from costing anything: longer values are cut, more groups are dropped. */
export const MAX_TEXT = 120;
export const MAX_GROUP_KEY = 160;
export const MAX_GROUPS = 20;
export const MAX_PAGE = 100_000;
const MAX_NOTICES = 8;

export function emptyFilter(): EventFilter {
  return { groups: [], from: null, to: null, place: null, destination: null, kind: null, q: null };
}

export function defaultQuery(): DashboardQuery {
  return { filter: emptyFilter(), grain: DEFAULTS.grain, metric: DEFAULTS.metric, sort: DEFAULTS.sort, dir: DEFAULTS.dir, page: DEFAULTS.page, pageSize: DEFAULTS.pageSize, lang: DEFAULTS.lang };
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Flattens either form of search parameters into ordered [key, value] pairs. */
function entriesOf(input: SearchParamsInput): [string, string][] {
  if (input instanceof URLSearchParams) return [...input.entries()];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push([key, v]);
  }
  return out;
}

/** A short, inert rendering of a user value for a notice: letters, digits, spaces and - _ . : only. */
export function preview(value: string, max = 32): string {
  const cleaned = value.replace(/[^\p{L}\p{N} _.:-]/gu, "?");
  return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}

// Control characters (NUL included) and bidi overrides never belong in a filter value.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const MONTH = /^(\d{4})-(\d{2})$/;

function parseMonth(value: string): string | null {
  const m = MONTH.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  return value;
}

function oneOf<T extends string>(list: readonly T[], value: string): T | null {
  return (list as readonly string[]).includes(value) ? (value as T) : null;
}

export interface ParsedDashboard {
  query: DashboardQuery;
  notices: string[];
}

/**
 * Reads the dashboard state from search parameters. `knownGroups`, when given, is the set of group
 * keys that exist; other groups are dropped with a notice.
 */
export function parseDashboardParams(input: SearchParamsInput, knownGroups?: ReadonlySet<GroupKey>): ParsedDashboard {
  const notices: string[] = [];
  let hidden = 0;
  const notice = (text: string) => {
    if (notices.length < MAX_NOTICES) notices.push(text);
    else hidden++;
  };
  const query = defaultQuery();
  const seen = new Map<ParamKey, string[]>();
  const unknownKeys = new Set<string>();

  for (const [key, value] of entriesOf(input)) {
    const known = oneOf(PARAM_KEYS, key);
    if (!known) {
      if (key !== "" || value !== "") unknownKeys.add(key);
      continue;
    }
    const list = seen.get(known) ?? [];
    list.push(value);
    seen.set(known, list);
  }
  if (unknownKeys.size > 0) {
    const names = [...unknownKeys].slice(0, 5).map((k) => `“${preview(k, 20)}”`).join(", ");
    notice(`Ignored unknown parameter${unknownKeys.size > 1 ? "s" : ""} ${names}${unknownKeys.size > 5 ? ` and ${unknownKeys.size - 5} more` : ""}.`);
  }

  /** The single value of a key; empty values (an untouched form field) count as absent. */
  const single = (key: ParamKey): string | null => {
    const values = (seen.get(key) ?? []).filter((v) => v.trim() !== "");
    if (values.length === 0) return null;
    const distinct = new Set(values);
    if (distinct.size > 1) notice(`“${key}” was given ${values.length} times; used the first value.`);
    return values[0].trim();
  };

  /** Free text: control characters removed, length capped. */
  const text = (key: ParamKey, label: string): string | null => {
    const raw = single(key);
    if (raw === null) return null;
    const clean = raw.replace(CONTROL, "");
    if (clean !== raw) notice(`Removed control characters from the ${label}.`);
    let value = clean.replace(/\s+/g, " ").trim();
    if (value.length > MAX_TEXT) {
      value = value.slice(0, MAX_TEXT).trim();
      notice(`The ${label} was longer than ${MAX_TEXT} characters and was shortened.`);
    }
    return value === "" ? null : value;
  };

  // groups: repeated keys and comma-separated lists are both accepted.
  const groupValues = (seen.get("groups") ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
  const groups: GroupKey[] = [];
  const rejected: string[] = [];
  for (const raw of groupValues) {
    const value = raw.replace(CONTROL, "");
    if (value === "" || value.length > MAX_GROUP_KEY || (knownGroups && !knownGroups.has(value))) {
      rejected.push(raw);
      continue;
    }
    if (!groups.includes(value)) groups.push(value);
  }
  if (rejected.length > 0) {
    notice(`Ignored unknown group${rejected.length > 1 ? "s" : ""} ${rejected.slice(0, 3).map((g) => `“${preview(g)}”`).join(", ")}${rejected.length > 3 ? ` and ${rejected.length - 3} more` : ""}.`);
  }
  if (groups.length > MAX_GROUPS) {
    notice(`Only the first ${MAX_GROUPS} groups are used.`);
    groups.length = MAX_GROUPS;
  }
  query.filter.groups = groups.sort();

  for (const key of ["from", "to"] as const) {
    const raw = single(key);
    if (raw === null) continue;
    const month = parseMonth(raw);
    if (month) query.filter[key] = month;
    else notice(`Ignored “${key}=${preview(raw)}”: a month is written YYYY-MM, e.g. 2021-06.`);
  }
  if (query.filter.from && query.filter.to && query.filter.from > query.filter.to) {
    [query.filter.from, query.filter.to] = [query.filter.to, query.filter.from];
    notice(`“from” was after “to”; the two months were swapped.`);
  }

  query.filter.place = text("place", "place");
  query.filter.destination = text("destination", "destination");
  query.filter.q = text("q", "search text");

  const kind = single("kind");
  if (kind !== null) {
    const value = oneOf(KINDS, kind);
    if (value) query.filter.kind = value;
    else notice(`Ignored “kind=${preview(kind)}”: the kinds are ${KINDS.join(", ")}.`);
  }
  const reviewed = single("reviewed");
  if (reviewed === "1") query.filter.reviewed = true;
  else if (reviewed !== null && reviewed !== "0") notice(`Ignored “reviewed=${preview(reviewed)}”: use reviewed=1 for reviewed events only.`);

  const grain = single("grain");
  if (grain !== null) {
    const value = oneOf(GRAINS, grain);
    if (value) query.grain = value;
    else notice(`Ignored “grain=${preview(grain)}”: the grains are ${GRAINS.join(", ")}.`);
  }

  const metric = single("metric");
  if (metric !== null) {
    const value = oneOf(METRICS, metric);
    if (value) query.metric = value;
    else notice(`Ignored “metric=${preview(metric)}”: the metrics are people and incidents.`);
  }

  const sort = single("sort");
  if (sort !== null) {
    const value = oneOf(SORT_COLUMNS, sort);
    if (value) query.sort = value;
    else notice(`Ignored “sort=${preview(sort)}”: sortable columns are ${SORT_COLUMNS.join(", ")}.`);
  }

  const dir = single("dir");
  if (dir !== null) {
    const value = oneOf(SORT_DIRS, dir);
    if (value) query.dir = value;
    else notice(`Ignored “dir=${preview(dir)}”: use asc or desc.`);
  }

  const page = single("page");
  if (page !== null) {
    const n = /^[+-]?\d{1,12}$/.test(page) ? Number(page) : Number.NaN;
    if (Number.isNaN(n)) notice(`Ignored “page=${preview(page)}”: a page is a whole number.`);
    else if (n < 1) notice(`Page ${preview(page)} does not exist; showing page 1.`);
    else if (n > MAX_PAGE) {
      query.page = MAX_PAGE;
      notice(`Page ${preview(page)} is too large; showing the last page.`);
    } else query.page = n;
  }

  const size = single("size");
  if (size !== null) {
    const n = /^[+-]?\d{1,12}$/.test(size) ? Number(size) : Number.NaN;
    const largest = PAGE_SIZES[PAGE_SIZES.length - 1];
    if (Number.isNaN(n) || n < 1) notice(`Ignored “size=${preview(size)}”: page sizes are ${PAGE_SIZES.join(", ")}.`);
    else if (n > largest) {
      query.pageSize = largest;
      notice(`A page holds at most ${largest} rows; showing ${largest}.`);
    } else {
      const fit = PAGE_SIZES.find((s) => s >= n) ?? largest;
      query.pageSize = fit;
      if (fit !== n) notice(`Page sizes are ${PAGE_SIZES.join(", ")}; showing ${fit} rows.`);
    }
  }

  const lang = single("lang");
  if (lang !== null) {
    const value = oneOf(LANGS, lang);
    if (value) query.lang = value;
    else notice(`Ignored “lang=${preview(lang)}”: the interface languages are ${LANGS.join(", ")}.`);
  }

  if (hidden > 0) notices.push(`…and ${hidden} more problem${hidden > 1 ? "s" : ""} with this address.`);
  return { query, notices };
}

/** The canonical query string (no leading "?"): defaults left out, keys in PARAM_KEYS order, groups sorted. */
export function canonicalSearch(query: DashboardQuery): string {
  const params = new URLSearchParams();
  const f = query.filter;
  for (const g of [...f.groups].sort()) params.append("groups", g);
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.place) params.set("place", f.place);
  if (f.destination) params.set("destination", f.destination);
  if (f.kind) params.set("kind", f.kind);
  if (f.q) params.set("q", f.q);
  if (f.reviewed) params.set("reviewed", "1");
  if (query.grain !== DEFAULTS.grain) params.set("grain", query.grain);
  if (query.metric !== DEFAULTS.metric) params.set("metric", query.metric);
  if (query.sort !== DEFAULTS.sort) params.set("sort", query.sort);
  if (query.dir !== DEFAULTS.dir) params.set("dir", query.dir);
  if (query.page !== DEFAULTS.page) params.set("page", String(query.page));
  if (query.pageSize !== DEFAULTS.pageSize) params.set("size", String(query.pageSize));
  if (query.lang !== DEFAULTS.lang) params.set("lang", query.lang);
  return params.toString();
}

/** A link to the dashboard (or another path taking the same parameters) for a query. */
export function dashboardHref(query: DashboardQuery, path = "/"): string {
  const search = canonicalSearch(query);
  return search ? `${path}?${search}` : path;
}

/** The query string of the exports: the same filter and order, without the page, its size or the interface language. */
export function exportSearch(query: DashboardQuery): string {
  return canonicalSearch({ ...query, page: DEFAULTS.page, pageSize: DEFAULTS.pageSize, lang: DEFAULTS.lang });
}

/** A copy of the query with some fields changed; any change to filters, size or sort goes back to page 1 (a language change does not). */
export function withChanges(query: DashboardQuery, change: Partial<Omit<DashboardQuery, "filter">> & { filter?: Partial<EventFilter> }): DashboardQuery {
  const next: DashboardQuery = { ...query, ...change, filter: { ...query.filter, ...change.filter } };
  if (change.page === undefined && (change.filter || change.sort || change.dir || change.pageSize)) next.page = 1;
  return next;
}

/** True when the filter narrows anything (used to offer "clear filters"). */
export function hasFilters(filter: EventFilter): boolean {
  return filter.groups.length > 0 || !!(filter.from || filter.to || filter.place || filter.destination || filter.kind || filter.q || filter.reviewed);
}
