"use client";

import { useRef } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Symbols, Tooltip, XAxis, YAxis } from "recharts";
import { t } from "@/lib/i18n/messages";
import { seriesStyle, toChartRows, type ChartRow, type CompactSeriesResult } from "./chart-data";

interface Props {
  result: CompactSeriesResult;
}

const HEIGHT = 340;

interface TooltipEntry {
  payload?: ChartRow;
}

function ChartTooltip({ active, payload, result }: { active?: boolean; payload?: readonly TooltipEntry[]; result: CompactSeriesResult }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const lang = result.lang;
  const unit = t(lang, result.metric === "people" ? "tooltip.unit.people" : "tooltip.unit.incidents");
  return (
    // The tooltip follows the page's language and direction; the chart around it stays left-to-right.
    <div className="chart-tooltip" dir={lang === "ar" ? "rtl" : "ltr"} lang={lang}>
      <strong>{row.label}</strong>
      <table>
        <thead>
          <tr>
            <th>{t(lang, "tooltip.series")}</th>
            <th>{t(lang, "tooltip.expected")}</th>
            <th>{t(lang, "tooltip.range")}</th>
            {result.metric === "people" && <th>{t(lang, "tooltip.noCount")}</th>}
          </tr>
        </thead>
        <tbody>
          {result.series.map((s, i) => (
            <tr key={s.key}>
              <td>{s.label}</td>
              <td>{String(row[`e${i}`])}</td>
              <td dir="ltr">
                {String(row[`c${i}`])}–{String(row[`p${i}`])}
              </td>
              {result.metric === "people" && <td>{String(row[`u${i}`])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="muted">{unit}</div>
    </div>
  );
}

/** Serialises the chart's SVG with its fonts and colours inlined enough to stand alone. */
function svgMarkup(container: HTMLElement | null): { markup: string; width: number; height: number } | null {
  const svg = container?.querySelector("svg.recharts-surface");
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(Math.round(width)));
  clone.setAttribute("height", String(Math.round(height)));
  clone.setAttribute("style", "font: 12px system-ui, sans-serif; background: #fff");
  const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#fff");
  clone.insertBefore(bg, clone.firstChild);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

function download(url: string, name: string) {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export default function TrendChart({ result }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const rows = toChartRows(result);

  const saveSvg = () => {
    const svg = svgMarkup(ref.current);
    if (!svg) return;
    const url = URL.createObjectURL(new Blob([svg.markup], { type: "image/svg+xml" }));
    download(url, "inshiqaq-trend.svg");
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const savePng = () => {
    const svg = svgMarkup(ref.current);
    if (!svg) return;
    const url = URL.createObjectURL(new Blob([svg.markup], { type: "image/svg+xml" }));
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(svg.width * scale);
      canvas.height = Math.round(svg.height * scale);
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (!blob) return;
        const png = URL.createObjectURL(blob);
        download(png, "inshiqaq-trend.png");
        setTimeout(() => URL.revokeObjectURL(png), 1000);
      }, "image/png");
    };
    img.src = url;
  };

  return (
    <div className="chart" dir="ltr" data-testid="trend-chart" data-series={result.series.map((s) => s.key).join(",")}>
      <div ref={ref} className="chart-surface" style={{ height: HEIGHT }}>
        <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 800, height: HEIGHT }}>
          <ComposedChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis tick={{ fontSize: 11 }} width={44} allowDecimals={false} />
            <Tooltip content={(props) => <ChartTooltip active={props.active} payload={props.payload as readonly TooltipEntry[]} result={result} />} />
            {result.series.map((s, i) => {
              const style = seriesStyle(result, i);
              return (
                <Area
                  key={`band-${s.key}`}
                  name={`${s.label} band`}
                  dataKey={(row: ChartRow) => row[`b${i}`]}
                  stroke="none"
                  fill={style.color}
                  fillOpacity={s.key === "total" ? 0.07 : 0.12}
                  isAnimationActive={false}
                  legendType="none"
                  className={`band band-${i}`}
                />
              );
            })}
            {result.series.map((s, i) => {
              const style = seriesStyle(result, i);
              return (
                <Line
                  key={`line-${s.key}`}
                  name={s.label}
                  dataKey={`e${i}`}
                  stroke={style.color}
                  strokeWidth={s.key === "total" ? 2.5 : 1.75}
                  strokeDasharray={style.dash}
                  isAnimationActive={false}
                  className={`series series-${i}`}
                  dot={(p: { cx?: number; cy?: number; index?: number }) => (
                    <Symbols key={`dot-${i}-${p.index}`} cx={p.cx} cy={p.cy} type={style.marker} size={28} fill={style.color} />
                  )}
                />
              );
            })}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <div className="chart-actions">
        <button type="button" onClick={saveSvg}>
          {t(result.lang, "chart.downloadSvg")}
        </button>
        <button type="button" onClick={savePng}>
          {t(result.lang, "chart.downloadPng")}
        </button>
      </div>
    </div>
  );
}
