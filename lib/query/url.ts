import type { EventKind } from "../extract/types";
import { DEFAULT_LANG, LANGS, t, withLang, type Lang, type MessageKey, type MessageVars } from "../i18n/messages";
import { COUNT_UNITS, SORT_COLUMNS, type BinGrain, type CountUnit, type EventFilter, type GroupKey, type Metric, type SortColumn, type SortDir } from "./types";

/**
 * The one URL schema of the dashboard (`/`, `/api/events`, `/api/events.csv`).
 *
 * Parsing never throws: a value that is malformed, out of range or repeated is ignored or clamped,
 * and the reason is returned as a notice (a message key and its values: see `Notice`). Notices quote parameter values only through
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
  /** Interface language, from the path (`/ar/…`): changes words and direction only, never the data. */
  lang: Lang;
  /** Count incidents (default) or every report's telling (`unit=tellings`). */
  unit: CountUnit;
}

export const DEFAULTS = {
  grain: "month" as BinGrain,
  metric: "people" as Metric,
  sort: "date" as SortColumn,
  dir: "desc" as SortDir,
  page: 1,
  pageSize: 25,
  lang: DEFAULT_LANG,
  unit: "incidents" as CountUnit,
};

/** Canonical key order; also the set of keys the schema knows. */
export const PARAM_KEYS = ["groups", "from", "to", "place", "destination", "kind", "q", "reviewed", "grain", "metric", "sort", "dir", "page", "size", "lang", "unit"] as const;
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
  return { filter: emptyFilter(), grain: DEFAULTS.grain, metric: DEFAULTS.metric, sort: DEFAULTS.sort, dir: DEFAULTS.dir, page: DEFAULTS.page, pageSize: DEFAULTS.pageSize, lang: DEFAULTS.lang, unit: DEFAULTS.unit };
}

/** The filter the queries run with: the URL's filter and what a row counts. */
export function queryFilter(query: DashboardQuery): EventFilter {
  return { ...query.filter, unit: query.unit };
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

/**
 * The parameters whose value is one of a list: one row each (the values, what the notice says when a
 * value is not one of them, how it is read from and written to the query, and the value left out of
 * the canonical address).
 */
interface EnumParam {
  values: readonly string[];
  get(query: DashboardQuery): string | null;
  set(query: DashboardQuery, value: string): void;
  omitted: string | null;
}
type EnumKey = "kind" | "reviewed" | "grain" | "metric" | "sort" | "dir" | "unit";
const ENUM_PARAMS: Record<EnumKey, EnumParam> = {
  kind: { values: KINDS, get: (q) => q.filter.kind, set: (q, v) => (q.filter.kind = v as EventKind), omitted: null },
  // reviewed=1: only events a person reviewed (issue 11); 0 or absent: every event not rejected.
  reviewed: { values: ["0", "1"], get: (q) => (q.filter.reviewed ? "1" : null), set: (q, v) => (q.filter.reviewed = v === "1"), omitted: null },
  grain: { values: GRAINS, get: (q) => q.grain, set: (q, v) => (q.grain = v as BinGrain), omitted: DEFAULTS.grain },
  metric: { values: METRICS, get: (q) => q.metric, set: (q, v) => (q.metric = v as Metric), omitted: DEFAULTS.metric },
  sort: { values: SORT_COLUMNS, get: (q) => q.sort, set: (q, v) => (q.sort = v as SortColumn), omitted: DEFAULTS.sort },
  dir: { values: SORT_DIRS, get: (q) => q.dir, set: (q, v) => (q.dir = v as SortDir), omitted: DEFAULTS.dir },
  unit: { values: COUNT_UNITS, get: (q) => q.unit, set: (q, v) => (q.unit = v as CountUnit), omitted: DEFAULTS.unit },
};

/**
 * A problem with an address, as a message key (lib/i18n/messages.ts, "notice.*") and its values, so
 * that the page shows it in its own language; `noticeText` gives the words. Values quoted from the
 * URL went through `preview()`.
 */
export interface Notice {
  key: MessageKey;
  vars?: MessageVars;
}
type NoticeKey = Extract<MessageKey, `notice.${string}` | "pager.pastEnd">;

export function noticeText(notice: Notice, lang: Lang = DEFAULT_LANG): string {
  return t(lang, notice.key, notice.vars);
}

export interface ParsedDashboard {
  query: DashboardQuery;
  notices: Notice[];
}

/**
 * Reads the dashboard state from search parameters. `knownGroups`, when given, is the set of group
 * keys that exist; other groups are dropped with a notice.
 */
export function parseDashboardParams(input: SearchParamsInput, knownGroups?: ReadonlySet<GroupKey>): ParsedDashboard {
  const notices: Notice[] = [];
  let hidden = 0;
  const notice = (key: NoticeKey, vars: MessageVars = {}) => {
    if (notices.length < MAX_NOTICES) notices.push({ key, vars });
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
    notice("notice.unknownParams", { count: unknownKeys.size, names });
  }

  /** The single value of a key; empty values (an untouched form field) count as absent. */
  const single = (key: ParamKey): string | null => {
    const values = (seen.get(key) ?? []).filter((v) => v.trim() !== "");
    if (values.length === 0) return null;
    const distinct = new Set(values);
    if (distinct.size > 1) notice("notice.repeated", { key, n: values.length });
    return values[0].trim();
  };

  /** Free text: control characters removed, length capped. */
  const text = (key: ParamKey, label: string): string | null => {
    const raw = single(key);
    if (raw === null) return null;
    const clean = raw.replace(CONTROL, "");
    if (clean !== raw) notice("notice.control", { key });
    let value = clean.replace(/\s+/g, " ").trim();
    if (value.length > MAX_TEXT) {
      value = value.slice(0, MAX_TEXT).trim();
      notice("notice.tooLong", { key, max: MAX_TEXT });
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
    notice("notice.unknownGroups", { count: rejected.length, names: rejected.slice(0, 3).map((g) => `“${preview(g)}”`).join(", ") });
  }
  if (groups.length > MAX_GROUPS) {
    notice("notice.tooManyGroups", { max: MAX_GROUPS });
    groups.length = MAX_GROUPS;
  }
  query.filter.groups = groups.sort();

  for (const key of ["from", "to"] as const) {
    const raw = single(key);
    if (raw === null) continue;
    const month = parseMonth(raw);
    if (month) query.filter[key] = month;
    else notice("notice.badMonth", { key, value: preview(raw) });
  }
  if (query.filter.from && query.filter.to && query.filter.from > query.filter.to) {
    [query.filter.from, query.filter.to] = [query.filter.to, query.filter.from];
    notice("notice.swapped");
  }

  query.filter.place = text("place", "place");
  query.filter.destination = text("destination", "destination");
  query.filter.q = text("q", "search text");

  for (const [key, param] of Object.entries(ENUM_PARAMS) as [EnumKey, EnumParam][]) {
    const raw = single(key);
    if (raw === null) continue;
    if (param.values.includes(raw)) param.set(query, raw);
    else notice("notice.badValue", { key, value: preview(raw), values: param.values.join(", ") });
  }

  const page = single("page");
  if (page !== null) {
    const n = /^[+-]?\d{1,12}$/.test(page) ? Number(page) : Number.NaN;
    if (Number.isNaN(n)) notice("notice.badPage", { value: preview(page) });
    else if (n < 1) notice("notice.pageBelow", { value: preview(page) });
    else if (n > MAX_PAGE) {
      query.page = MAX_PAGE;
      notice("notice.pageTooLarge", { value: preview(page) });
    } else query.page = n;
  }

  const size = single("size");
  if (size !== null) {
    const n = /^[+-]?\d{1,12}$/.test(size) ? Number(size) : Number.NaN;
    const largest = PAGE_SIZES[PAGE_SIZES.length - 1];
    if (Number.isNaN(n) || n < 1) notice("notice.badSize", { value: preview(size), sizes: PAGE_SIZES.join(", ") });
    else if (n > largest) {
      query.pageSize = largest;
      notice("notice.sizeTooLarge", { max: largest });
    } else {
      const fit = PAGE_SIZES.find((s) => s >= n) ?? largest;
      query.pageSize = fit;
      if (fit !== n) notice("notice.sizeRounded", { sizes: PAGE_SIZES.join(", "), size: fit });
    }
  }

  // The pages' language is the path's (`/ar/…`; proxy.ts redirects the old `?lang=ar|en` addresses there and
  // the page sets it after parsing); the exports read it here, for the order of the groups column (exportSearch).
  const lang = single("lang");
  if (lang !== null) {
    const known = oneOf(LANGS, lang);
    if (known !== null) query.lang = known;
    else notice("notice.badValue", { key: "lang", value: preview(lang), values: LANGS.join(", ") });
  }

  if (hidden > 0) notices.push({ key: "notice.more", vars: { n: hidden } });
  return { query, notices };
}

/**
 * The canonical query string (no leading "?"): defaults left out, keys in PARAM_KEYS order, groups
 * sorted. The language is not in it: it is the path's prefix (see dashboardHref).
 */
export function canonicalSearch(query: DashboardQuery): string {
  const params = new URLSearchParams();
  const f = query.filter;
  const put = (key: ParamKey, value: string | null) => {
    if (value !== null) params.set(key, value);
  };
  for (const key of PARAM_KEYS) {
    if (key === "groups") for (const g of [...f.groups].sort()) params.append("groups", g);
    else if (key === "from" || key === "to" || key === "place" || key === "destination" || key === "q") put(key, f[key]);
    else if (key === "page") put(key, query.page !== DEFAULTS.page ? String(query.page) : null);
    else if (key === "size") put(key, query.pageSize !== DEFAULTS.pageSize ? String(query.pageSize) : null);
    else if (key !== "lang") {
      const value = ENUM_PARAMS[key].get(query);
      put(key, value !== ENUM_PARAMS[key].omitted ? value : null);
    }
  }
  return params.toString();
}

/** A link to the dashboard (or another path taking the same parameters) for a query, in the query's language. */
export function dashboardHref(query: DashboardQuery, path = "/"): string {
  const search = canonicalSearch(query);
  return withLang(search ? `${path}?${search}` : path, query.lang);
}

/**
 * The language whose labels a sort reads: the page's for the groups column, English for every other
 * (place and destination show the same Arabic words in both interfaces). The dashboard's data cache
 * keys results by it (app/_lib/cache.ts).
 */
export function sortLanguage(sort: SortColumn, lang: Lang): Lang {
  return sort === "groups" ? lang : DEFAULTS.lang;
}

/**
 * The query string of the exports: the same filter and order, without the page or its size. The interface
 * language travels only when it changes the rows' order (the groups column in Arabic), as `lang=ar`.
 */
export function exportSearch(query: DashboardQuery): string {
  const search = canonicalSearch({ ...query, page: DEFAULTS.page, pageSize: DEFAULTS.pageSize });
  const lang = sortLanguage(query.sort, query.lang);
  if (lang === DEFAULTS.lang) return search;
  return search ? `${search}&lang=${lang}` : `lang=${lang}`;
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
