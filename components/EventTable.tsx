"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState } from "@tanstack/react-table";
import type { ConflictType, EventRow, SortColumn, SortDir } from "@/lib/query/types";
import { t, withLang, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { listIn, reviewStatusWord } from "@/lib/i18n/look";
import { formatDateRange, formatCount } from "./format";
import { PendingMark } from "./PendingMark";

/** Sorting and paging happen in SQL; the table renders one page in the order the server sent it. */
const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, EventRow>();

const GRAINS = new Set(["day", "week", "month", "quarter", "year", "span"]);
const KINDS = new Set(["defection", "desertion", "attempted"]);

/** A word from the catalogue for a value of a known list; an unexpected value is shown as it is. */
function word(lang: Lang, prefix: "grain" | "kind", value: string, known: Set<string>): string {
  return known.has(value) ? t(lang, `${prefix}.${value}` as MessageKey) : value;
}

function eventHref(id: string, lang: Lang): string {
  return withLang(`/events/${encodeURIComponent(id)}`, lang);
}

/**
 * An incident whose tellings disagree: a marker in words, named for assistive technology with the
 * kinds of disagreement, linking to where the incident page explains them.
 */
function ConflictMark({ lang, incidentId, conflicts }: { lang: Lang; incidentId: string; conflicts: ConflictType[] }) {
  const kinds = listIn(lang, conflicts.map((c) => t(lang, `incidents.conflictKind.${c}`)));
  const label = t(lang, "incidents.conflictLabel", { kinds });
  return (
    <Link
      href={`${withLang(`/incidents/${encodeURIComponent(incidentId)}`, lang)}#conflicts`}
      className="conflict-mark small"
      data-testid="conflict-mark"
      data-conflicts={conflicts.join(" ")}
      aria-label={label}
      title={label}
    >
      {t(lang, "incidents.conflictMark")}
    </Link>
  );
}

/** The columns in one language (built once per language: stable references for the table). */
function makeColumns(lang: Lang) {
  return [
    helper.display({
      id: "date",
      header: t(lang, "col.date"),
      cell: ({ row }) => {
        const e = row.original;
        return (
          <Link href={eventHref(e.id, lang)} title={e.dateText ?? t(lang, "row.noDateText")} className="date-link">
            {formatDateRange(e.start, e.end, lang)}
            <span className="grain"> · {word(lang, "grain", e.grain, GRAINS)}</span>
          </Link>
        );
      },
    }),
    helper.display({
      id: "groups",
      header: t(lang, "col.groups"),
      cell: ({ row }) => (
        <ul className="groups">
          {row.original.groups.map((g) => (
            <li key={g.key} data-group-key={g.key}>
              {/* The Arabic interface names groups in Arabic; the English one in English where it can. */}
              {g.name_en && lang === "en" ? (
                <span title={g.name_ar}>{g.name_en}</span>
              ) : (
                <span className="ar" dir="rtl" lang="ar" title={g.name_en ?? undefined}>
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
      header: t(lang, "col.count"),
      cell: ({ row }) => {
        const c = row.original.count;
        return c ? (
          <span className="num" title={c.text} data-count-best={c.best}>
            {formatCount(c, lang)}
          </span>
        ) : (
          <span className="muted no-count">{t(lang, "row.noCount")}</span>
        );
      },
    }),
    helper.display({ id: "kind", header: t(lang, "col.kind"), cell: ({ row }) => word(lang, "kind", row.original.kind, KINDS) }),
    helper.display({
      id: "place",
      header: t(lang, "col.place"),
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
      header: t(lang, "col.destination"),
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
      header: t(lang, "col.report"),
      cell: ({ row }) => (
        <>
          <Link href={withLang(`/reports/${encodeURIComponent(row.original.reportId)}`, lang)} className="ar report-link" dir="rtl" lang="ar">
            {row.original.reportTitle}
          </Link>
          {row.original.incidentId !== null && row.original.tellings > 1 && (
            <Link href={withLang(`/incidents/${encodeURIComponent(row.original.incidentId)}`, lang)} className="told-by small" data-testid="told-by">
              {t(lang, "incidents.toldBy", { n: row.original.tellings })}
            </Link>
          )}
          {row.original.incidentId !== null && row.original.conflicts.length > 0 && <ConflictMark lang={lang} incidentId={row.original.incidentId} conflicts={row.original.conflicts} />}
        </>
      ),
    }),
    helper.display({
      id: "confidence",
      header: t(lang, "col.confidence"),
      // The review status rides with the confidence (a person's decision outranks the machine's score).
      cell: ({ row }) => (
        <>
          <span className="num">{row.original.confidence.toFixed(2)}</span>
          {row.original.reviewStatus !== "unreviewed" && (
            <span className="small muted review-status" data-testid="row-review-status">
              {" "}
              {reviewStatusWord(lang, row.original.reviewStatus)}
            </span>
          )}
        </>
      ),
    }),
  ];
}

const COLUMNS = { en: makeColumns("en"), ar: makeColumns("ar") } satisfies Record<Lang, unknown>;

interface Props {
  rows: EventRow[];
  sort: SortColumn;
  dir: SortDir;
  /** Per column, the link that sorts by it (server-built, canonical). */
  sortHrefs: Record<SortColumn, string>;
  lang: Lang;
}

export function EventTable({ rows, sort, dir, sortHrefs, lang }: Props) {
  const router = useRouter();
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  const table = useTable({
    features,
    columns: COLUMNS[lang],
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
                        {t(lang, sorted === "asc" ? "sort.ascending" : sorted === "desc" ? "sort.descending" : "sort.none")}
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
                router.push(eventHref(row.id, lang));
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
