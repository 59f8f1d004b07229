"use client";

import dynamic from "next/dynamic";
import type { CompactSeriesResult } from "./chart-data";

/** recharts is most of the page's script: load it after the table, behind a same-size placeholder. */
const TrendChart = dynamic(() => import("./TrendChart"), {
  ssr: false,
  loading: () => <div className="chart-skeleton" aria-hidden="true" />,
});

export default function TrendChartLazy({ result }: { result: CompactSeriesResult }) {
  return <TrendChart result={result} />;
}
