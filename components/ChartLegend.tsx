import { emphasisParts, t } from "@/lib/i18n/messages";
import { seriesStyle, type CompactSeriesResult } from "./chart-data";

/** A marker like the chart's, drawn with the same dash pattern, so the legend matches without colour. */
function Sample({ result, index }: { result: CompactSeriesResult; index: number }) {
  const s = seriesStyle(result, index);
  const markers: Record<string, React.ReactNode> = {
    circle: <circle cx="14" cy="6" r="3" fill={s.color} />,
    square: <rect x="11" y="3" width="6" height="6" fill={s.color} />,
    triangle: <path d="M14 2 L18 9 L10 9 Z" fill={s.color} />,
    diamond: <path d="M14 2 L18 6 L14 10 L10 6 Z" fill={s.color} />,
    cross: <path d="M12 2h4v3h3v2h-3v3h-4V7H9V5h3z" fill={s.color} />,
    star: <path d="M14 1 L15.5 5 L19.5 5 L16.3 7.5 L17.5 11 L14 8.8 L10.5 11 L11.7 7.5 L8.5 5 L12.5 5 Z" fill={s.color} />,
    wye: <path d="M13 6 L10 2 M15 6 L18 2 M14 6 L14 11" stroke={s.color} strokeWidth="2" />,
  };
  return (
    <svg width="28" height="12" aria-hidden="true" className="legend-sample">
      <rect x="0" y="1" width="28" height="10" fill={s.color} opacity="0.12" />
      <line x1="0" y1="6" x2="28" y2="6" stroke={s.color} strokeWidth="2" strokeDasharray={s.dash} />
      {markers[s.marker]}
    </svg>
  );
}

/** A catalogue message with its **marked** words in bold. */
function Emphasised({ text }: { text: string }) {
  return (
    <>
      {emphasisParts(text).map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}
    </>
  );
}

export function ChartLegend({ result }: { result: CompactSeriesResult }) {
  const lang = result.lang;
  const unit = t(lang, result.metric === "people" ? "legend.unit.people" : "legend.unit.incidents");
  return (
    <div className="legend">
      <ul className="legend-series">
        {result.series.map((s, i) => (
          <li key={s.key} data-series-key={s.key}>
            <Sample result={result} index={i} /> <span>{s.label}</span>
          </li>
        ))}
      </ul>
      <p className="legend-words">
        <Emphasised text={t(lang, "legend.words", { unit })} />
        {result.metric === "people" && t(lang, "legend.uncounted")}
      </p>
    </div>
  );
}
