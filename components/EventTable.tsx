"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState } from "@tanstack/react-table";
import type { EventRow, SortColumn, SortDir } from "@/lib/query/types";
import { formatDateRange, formatCount } from "./format";
import { PendingMark } from "./PendingMark";

/** Sorting and paging happen in SQL; the table renders one page in the order the server sent it. */
const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, EventRow>();

const GRAIN_WORD: Record<string, string> = { day: "day", week: "week", month: "month", quarter: "quarter", year: "year", span: "span" };

const columns = [
  helper.display({
    id: "date",
    header: "Date",
    cell: ({ row }) => {
      const e = row.original;
      return (
        <Link href={`/events/${encodeURIComponent(e.id)}`} title={e.dateText ?? "no date expression: the report's publication window"} className="date-link">
          {formatDateRange(e.start, e.end)}
          <span className="grain"> · {GRAIN_WORD[e.grain] ?? e.grain}</span>
        </Link>
      );
    },
  }),
  helper.display({
    id: "groups",
    header: "Group(s)",
    cell: ({ row }) => (
      <ul className="groups">
        {row.original.groups.map((g) => (
          <li key={g.key} data-group-key={g.key}>
            {g.name_en ? (
              <span title={g.name_ar}>{g.name_en}</span>
            ) : (
              <span className="ar" dir="rtl" lang="ar">
                {g.name_ar}
              </span>
            )}
          </li>
        ))}
      </ul>
    ),
  }),
  helper.display({
    id: "count",
    header: "Count",
    cell: ({ row }) => {
      const c = row.original.count;
      return c ? (
        <span className="num" title={c.text} data-count-best={c.best}>
          {formatCount(c)}
        </span>
      ) : (
        <span className="muted no-count">no count</span>
      );
    },
  }),
  helper.display({ id: "kind", header: "Kind", cell: ({ row }) => row.original.kind }),
  helper.display({
    id: "place",
    header: "Place",
    cell: ({ row }) => {
      const p = row.original.place;
      if (!p) return <span className="muted">—</span>;
      return (
        <span className="ar" dir="rtl" lang="ar" title={p.governorate ?? undefined}>
          {p.name_ar ?? p.text}
        </span>
      );
    },
  }),
  helper.display({
    id: "destination",
    header: "Destination",
    cell: ({ row }) => {
      const d = row.original.destination;
      if (!d) return <span className="muted">—</span>;
      return (
        <span className="ar" dir="rtl" lang="ar">
          {d.text}
        </span>
      );
    },
  }),
  helper.display({
    id: "report",
    header: "Report",
    cell: ({ row }) => (
      <Link href={`/reports/${encodeURIComponent(row.original.reportId)}`} className="ar report-link" dir="rtl" lang="ar">
        {row.original.reportTitle}
      </Link>
    ),
  }),
  helper.display({
    id: "confidence",
    header: "Confidence",
    cell: ({ row }) => <span className="num">{row.original.confidence.toFixed(2)}</span>,
  }),
];

interface Props {
  rows: EventRow[];
  sort: SortColumn;
  dir: SortDir;
  /** Per column, the link that sorts by it (server-built, canonical). */
  sortHrefs: Record<SortColumn, string>;
}

export function EventTable({ rows, sort, dir, sortHrefs }: Props) {
  const router = useRouter();
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    // Sorting changes go through the URL (header links), never client-side.
    onSortingChange: () => {},
  });

  return (
    <div className="scroll-x">
      <table className="events" data-testid="events-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id as SortColumn;
                const sorted = header.column.getIsSorted();
                const aria = sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
                return (
                  <th key={header.id} aria-sort={aria} scope="col" data-column={id}>
                    <Link href={sortHrefs[id]} className="sort-link" scroll={false}>
                      <table.FlexRender header={header} />
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : " ↕"}
                      </span>
                      <PendingMark />
                      <span className="visually-hidden">
                        {sorted ? `, sorted ${aria}; activate to reverse` : ", activate to sort"}
                      </span>
                    </Link>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-event-id={row.id}
              className="clickable"
              onClick={(e) => {
                if ((e.target as HTMLElement).closest("a")) return;
                router.push(`/events/${encodeURIComponent(row.id)}`);
              }}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
