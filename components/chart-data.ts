import type { BinGrain, SeriesResult } from "@/lib/query/types";
import { t, type Lang } from "@/lib/i18n/messages";
import { monthName } from "./format";

/** Distinct by dash pattern and marker as well as colour, so the chart reads without colour vision. */
export const SERIES_STYLES = [
  { color: "#111827", dash: undefined, marker: "circle" },
  { color: "#b45309", dash: "8 4", marker: "square" },
  { color: "#1d4ed8", dash: "2 3", marker: "triangle" },
  { color: "#047857", dash: "12 4 2 4", marker: "diamond" },
  { color: "#7c3aed", dash: "4 4", marker: "cross" },
  { color: "#be123c", dash: "1 6", marker: "star" },
  { color: "#0e7490", dash: "10 2", marker: "wye" },
] as const;

/** A bin's name in words: "Jun 2021", "2021 Q2", "2021", "wk 2021-06-14" (Arabic: "حزيران 2021", "الربع 2 2021"…). */
export function binLabel(bin: string, grain: BinGrain, lang: Lang = "en"): string {
  const [y, m] = bin.split("-").map(Number);
  switch (grain) {
    case "year":
      return String(y);
    case "quarter":
      return t(lang, "chart.quarter", { year: y, q: Math.floor((m - 1) / 3) + 1 });
    case "month":
      return `${monthName(m, lang)} ${y}`;
    default:
      return t(lang, "chart.week", { date: bin });
  }
}

export interface ChartRow {
  bin: string;
  label: string;
  [key: string]: number | [number, number] | string;
}

/** Rounds for display and tooltips: spreading an event over days gives fractions. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * What the client chart receives: parallel number arrays instead of one object per point, rounded,
 * because every byte here is sent twice (in the HTML's payload and as props).
 */
export interface CompactSeriesResult {
  lang: Lang;
  grain: BinGrain;
  metric: SeriesResult["metric"];
  bins: string[];
  series: { key: string; label: string; e: number[]; c: number[]; p: number[]; u: number[] }[];
}

export function compactSeries(result: SeriesResult, lang: Lang = "en"): CompactSeriesResult {
  return {
    lang,
    grain: result.grain,
    metric: result.metric,
    bins: result.bins,
    series: result.series.map((s) => ({
      key: s.key,
      label: s.key === "total" ? t(lang, "chart.total") : s.label,
      e: s.points.map((p) => round(p.expected)),
      c: s.points.map((p) => round(p.certain)),
      p: s.points.map((p) => round(p.possible)),
      u: s.points.map((p) => p.uncounted),
    })),
  };
}

/** One row per bin with, per series `i`: e{i} (expected), b{i} ([certain, possible]), c{i}, p{i}, u{i} (uncounted). */
export function toChartRows(result: CompactSeriesResult): ChartRow[] {
  return result.bins.map((bin, b) => {
    const row: ChartRow = { bin, label: binLabel(bin, result.grain, result.lang) };
    result.series.forEach((s, i) => {
      row[`e${i}`] = s.e[b] ?? 0;
      row[`c${i}`] = s.c[b] ?? 0;
      row[`p${i}`] = s.p[b] ?? 0;
      row[`b${i}`] = [s.c[b] ?? 0, s.p[b] ?? 0];
      row[`u${i}`] = s.u[b] ?? 0;
    });
    return row;
  });
}

/** The total is always the solid black line; groups take the other styles in order. */
export function seriesStyle(result: { series: { key: string }[] }, index: number) {
  if (result.series[index]?.key === "total") return SERIES_STYLES[0];
  const before = result.series.slice(0, index).filter((s) => s.key !== "total").length;
  return SERIES_STYLES[1 + (before % (SERIES_STYLES.length - 1))];
}
