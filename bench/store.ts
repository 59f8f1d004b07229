/**
 * `npm run bench:store`: the store's ingest and query figures on synthetic corpora (bench/synth.ts).
 *
 * 1. 10,000 report files made from templates, ingested with the real extractor (fresh database):
 *    time, database size; then a second ingest (everything unchanged).
 * 2. A 100,000-event store written directly from the templates' events (the extractor is not
 *    needed to measure queries; `--full` ingests 100,000 report files through the extractor instead).
 * 3. The dashboard's queries on it, each run many times: median and 95th percentile.
 * Targets: 10,000 reports ingested in < 20 s; each query < 20 ms at p95 with 100,000 events.
 * Each query is also timed through the SQL-only reference (lib/query/testing/sql-reference.ts), run by
 * run in turn with the index, to show what the in-memory event index saves (the "sql" columns).
 * Options: --reports N (default 10000), --events N (default 100000), --runs N (default 60), --full,
 * --store FILE (an existing store, e.g. .data/bench-web.sqlite), --no-sql.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/store/db";
import { clearMatches, eventIndex } from "../lib/query/event-index";
import { ingestDirectory, ingestDirectoryParallel } from "../lib/store/ingest";
import os from "node:os";
import { countEvents, queryEventPage, queryTotals } from "../lib/query/events";
import { forgetIndex } from "../lib/query/event-index";
import { queryDestinations, queryGroupFacets, queryPlaces } from "../lib/query/facets";
import { querySeries } from "../lib/query/series";
import { queryDestinationsSql, queryEventPageSql, queryGroupFacetsSql, queryPlacesSql, querySeriesSql } from "../lib/query/testing/sql-reference";
import type { EventFilter, EventPageQuery, SeriesQuery } from "../lib/query/types";
import { ensureSyntheticStore, writeSyntheticCorpus } from "./synth";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const REPORTS = option("reports", 10_000);
const EVENTS = option("events", 100_000);
const RUNS = option("runs", 60);
const FULL = args.includes("--full");
const STORE = args.includes("--store") ? path.resolve(args[args.indexOf("--store") + 1]) : null;
const WITH_SQL = !args.includes("--no-sql");
const WORK = path.resolve(__dirname, ".corpus");

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const fileSize = (f: string) => ["", "-wal"].reduce((s, x) => s + (fs.existsSync(f + x) ? fs.statSync(f + x).size : 0), 0);
function fresh(file: string) {
  for (const x of ["", "-wal", "-shm"]) fs.rmSync(file + x, { force: true });
}

async function ingestBench(n: number, label: string): Promise<string> {
  const dir = path.join(WORK, `reports-${n}`);
  if (!fs.existsSync(dir) || fs.readdirSync(dir).length !== n) {
    fs.rmSync(dir, { recursive: true, force: true });
    const t = performance.now();
    writeSyntheticCorpus(dir, n);
    console.log(`${label}: wrote ${n} synthetic report files in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const file = path.join(WORK, `ingest-${n}.sqlite`);
  fresh(file);
  const db = openDatabase(file);
  const cpu = process.cpuUsage();
  let t = performance.now();
  const s = await ingestDirectoryParallel(db, dir); // what `npm run -s cli -- ingest` does
  const wall = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const events = (db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
  db.pragma("wal_checkpoint(TRUNCATE)");
  console.log(
    `${label}: ${s.added} added (${events} events, ${s.failed} failed) by the real extractor with ${Math.min(os.availableParallelism(), 4)} worker threads ` +
      `in ${wall.toFixed(1)} s (${((wall * 1000) / n).toFixed(2)} ms/report; CPU of all threads ${((used.user + used.system) / 1e6).toFixed(1)} s); database ${mb(fileSize(file))}`,
  );
  t = performance.now();
  const again = ingestDirectory(db, dir);
  console.log(`${label}: second ingest (${again.unchanged} unchanged) in ${((performance.now() - t) / 1000).toFixed(2)} s`);
  db.close();
  return file;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const NONE: EventFilter = { groups: [], from: null, to: null, place: null, destination: null, kind: null, q: null };

async function main() {
  fs.mkdirSync(WORK, { recursive: true });
  console.log(`bench:store  (node ${process.version}, ${new Date().toISOString()})`);
  if (REPORTS > 0) await ingestBench(REPORTS, `${REPORTS} reports`);

  let storeFile: string;
  if (STORE) storeFile = STORE;
  else if (FULL) storeFile = await ingestBench(EVENTS, `${EVENTS} reports`);
  else {
    storeFile = path.join(WORK, `store-${EVENTS}.sqlite`);
    const t = performance.now();
    const built = ensureSyntheticStore(storeFile, EVENTS);
    console.log(
      `${built.events} events in ${built.reports} reports written directly (no extractor)` +
        (built.built ? ` in ${((performance.now() - t) / 1000).toFixed(1)} s` : " (reused)") +
        `; database ${mb(fileSize(storeFile))}`,
    );
  }

  const db = openDatabase(storeFile);
  let t0 = performance.now();
  eventIndex(db);
  console.log(`in-memory event index built in ${(performance.now() - t0).toFixed(0)} ms (once per process and after each ingest)`);
  t0 = performance.now();
  for (const grain of ["week", "month", "quarter", "year"] as const) querySeries(db, { filter: NONE, grain, metric: "people", topGroups: 5 });
  console.log(`first series at each grain (bin ordinals computed once per grain) in ${(performance.now() - t0).toFixed(0)} ms`);
  const facets = queryGroupFacets(db, NONE);
  const [g1, g2, g3] = facets.map((f) => f.key);
  const places = queryPlaces(db);
  const gov = places.governorates[0]?.governorate ?? null;
  const town = places.places.find((p) => p.id !== gov)?.id ?? null;
  const page = (filter: Partial<EventFilter>, sort: EventPageQuery["sort"] = "date", dir: EventPageQuery["dir"] = "desc", pageNo = 1): EventPageQuery => ({
    filter: { ...NONE, ...filter },
    sort,
    dir,
    page: pageNo,
    pageSize: 50,
  });
  const series = (filter: Partial<EventFilter>, grain: SeriesQuery["grain"] = "month", metric: SeriesQuery["metric"] = "people"): SeriesQuery => ({
    filter: { ...NONE, ...filter },
    grain,
    metric,
    topGroups: 5,
  });
  const dashboard = (filter: Partial<EventFilter>) => () => {
    const f = { ...NONE, ...filter };
    queryEventPage(db, page(filter));
    querySeries(db, series(filter));
    queryGroupFacets(db, f);
    queryPlaces(db, f);
    queryDestinations(db, f);
  };
  const cases: [string, () => unknown][] = [
    ["page: no filter, date desc", () => queryEventPage(db, page({}))],
    ["page: no filter, count desc", () => queryEventPage(db, page({}, "count"))],
    ["page: no filter, groups asc", () => queryEventPage(db, page({}, "groups", "asc"))],
    ["page: no filter, place asc, page 500", () => queryEventPage(db, page({}, "place", "asc", 500))],
    ["page: no filter, last page", () => queryEventPage(db, page({}, "date", "desc", 1e9))],
    [`page: group ${g1}`, () => queryEventPage(db, page({ groups: [g1] }))],
    [`page: group ${g3}, count desc`, () => queryEventPage(db, page({ groups: [g3] }, "count"))],
    ["page: 2 groups, 2015–2016", () => queryEventPage(db, page({ groups: [g1, g2], from: "2015-01", to: "2016-12" }))],
    [`page: governorate ${gov}`, () => queryEventPage(db, page({ place: gov }))],
    [`page: place ${town}, kind desertion`, () => queryEventPage(db, page({ place: town, kind: "desertion" }))],
    ["page: destination الشمال السوري, confidence", () => queryEventPage(db, page({ destination: "الشمال السوري" }, "confidence"))],
    ["page: q حاولوا (search)", () => queryEventPage(db, page({ q: "حاولوا" }))],
    ["page: q دير الزور + group", () => queryEventPage(db, page({ q: "دير الزور", groups: [g1] }))],
    ["series: month, no filter, top 5", () => querySeries(db, series({}))],
    ["series: week, 2016–2017, top 5", () => querySeries(db, series({ from: "2016-01", to: "2017-12" }, "week"))],
    ["series: quarter, 3 groups, incidents", () => querySeries(db, series({ groups: [g1, g2, g3] }, "quarter", "incidents"))],
    [`series: month, governorate ${gov}`, () => querySeries(db, series({ place: gov }))],
    ["series: month, q حاولوا", () => querySeries(db, series({ q: "حاولوا" }))],
    // Counting incidents (the dashboard's default unit): each incident once, at its combined values.
    ["incidents: page, date desc", () => queryEventPage(db, page({ unit: "incidents" }))],
    ["incidents: page, count desc", () => queryEventPage(db, page({ unit: "incidents" }, "count"))],
    [`incidents: page, group ${g1}`, () => queryEventPage(db, page({ unit: "incidents", groups: [g1] }))],
    ["incidents: series month, top 5", () => querySeries(db, series({ unit: "incidents" }))],
    ["incidents: totals + facets", () => [queryTotals(db, { ...NONE, unit: "incidents" }), queryGroupFacets(db, { ...NONE, unit: "incidents" })]],
    ["facets: groups, no filter", () => queryGroupFacets(db, NONE)],
    ["facets: groups, 2015–2016", () => queryGroupFacets(db, { ...NONE, from: "2015-01", to: "2016-12" })],
    ["facets: places + destinations", () => [queryPlaces(db), queryDestinations(db)]],
    ["dashboard /: page + series + facets, no filter", dashboard({})],
    [`dashboard /: group ${g1}, 2014–2018`, dashboard({ groups: [g1], from: "2014-01", to: "2018-12" })],
  ];
  // The SQL-only reference of each case (same arguments), by case name.
  const reference = new Map<string, () => unknown>();
  const pageCase = (name: string, q: EventPageQuery) => reference.set(name, () => queryEventPageSql(db, q));
  pageCase("page: no filter, date desc", page({}));
  pageCase("page: no filter, count desc", page({}, "count"));
  pageCase(`page: group ${g1}`, page({ groups: [g1] }));
  pageCase("page: 2 groups, 2015–2016", page({ groups: [g1, g2], from: "2015-01", to: "2016-12" }));
  pageCase(`page: governorate ${gov}`, page({ place: gov }));
  pageCase("page: q حاولوا (search)", page({ q: "حاولوا" }));
  reference.set("series: month, no filter, top 5", () => querySeriesSql(db, series({})));
  reference.set("series: week, 2016–2017, top 5", () => querySeriesSql(db, series({ from: "2016-01", to: "2017-12" }, "week")));
  reference.set("series: quarter, 3 groups, incidents", () => querySeriesSql(db, series({ groups: [g1, g2, g3] }, "quarter", "incidents")));
  reference.set("facets: groups, no filter", () => queryGroupFacetsSql(db, NONE));
  reference.set("facets: groups, 2015–2016", () => queryGroupFacetsSql(db, { ...NONE, from: "2015-01", to: "2016-12" }));
  reference.set("facets: places + destinations", () => [queryPlacesSql(db), queryDestinationsSql(db)]);
  reference.set("dashboard /: page + series + facets, no filter", () => {
    queryEventPageSql(db, page({}));
    querySeriesSql(db, series({}));
    queryGroupFacetsSql(db, NONE);
    queryPlacesSql(db, NONE);
    queryDestinationsSql(db, NONE);
  });
  // What a new snapshot costs the first query that counts incidents (the incident view, or before it the first-telling mask).
  const firstOnSnapshot: number[] = [];
  for (let i = 0; i < 7; i++) {
    forgetIndex(db);
    countEvents(db, NONE); // builds the snapshot
    const t = performance.now();
    countEvents(db, { ...NONE, unit: "incidents" });
    firstOnSnapshot.push(performance.now() - t);
  }
  firstOnSnapshot.sort((a, b) => a - b);
  console.log(`first query counting incidents on a new snapshot: median ${percentile(firstOnSnapshot, 50).toFixed(1)} ms (min ${firstOnSnapshot[0].toFixed(1)}, max ${firstOnSnapshot[firstOnSnapshot.length - 1].toFixed(1)})`);
  console.log(`\nqueries on ${storeFile.replace(process.cwd() + "/", "")} (${RUNS} runs each after 3 warm-up runs; filter results not reused between runs; ms)`);
  console.log(`${"query".padEnd(52)} ${"median".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)} ${"cpu med".padStart(7)} ${"sql med".padStart(8)} ${"sql p95".padStart(8)}  rows`);
  let worst = 0;
  for (const [name, run] of cases) {
    for (let i = 0; i < 3; i++) run();
    const times: number[] = [];
    const cpus: number[] = [];
    const sqlTimes: number[] = [];
    const sql = WITH_SQL ? reference.get(name) : undefined;
    let result: unknown;
    for (let i = 0; i < RUNS; i++) {
      clearMatches(db);
      const c = process.cpuUsage();
      const t = performance.now();
      result = run();
      times.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpus.push((u.user + u.system) / 1000);
      if (sql) {
        const ts = performance.now();
        sql();
        sqlTimes.push(performance.now() - ts);
      }
    }
    sqlTimes.sort((a, b) => a - b);
    cpus.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    if (!name.startsWith("dashboard")) worst = Math.max(worst, p95);
    const r = (result ?? {}) as { total?: number; bins?: unknown[]; series?: unknown[] } | unknown[];
    const rows = Array.isArray(r)
      ? `${r.length} items`
      : r.total !== undefined
        ? `${r.total} events`
        : r.bins
          ? `${r.bins.length} bins × ${r.series?.length} series`
          : "";
    const sqlCols = sqlTimes.length > 0 ? `${percentile(sqlTimes, 50).toFixed(2).padStart(8)} ${percentile(sqlTimes, 95).toFixed(2).padStart(8)}` : `${"".padStart(8)} ${"".padStart(8)}`;
    console.log(`${name.padEnd(52)} ${percentile(times, 50).toFixed(2).padStart(7)} ${p95.toFixed(2).padStart(7)} ${times[times.length - 1].toFixed(2).padStart(7)} ${percentile(cpus, 50).toFixed(2).padStart(7)} ${sqlCols}  ${rows}`);
  }
  console.log(`\nworst p95 of a single query: ${worst.toFixed(2)} ms (target < 20 ms); load average now ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.availableParallelism()} cores`);
  db.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
