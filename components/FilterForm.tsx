"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import type { GroupFacet } from "@/lib/query/types";
import { canonicalSearch, GRAINS, KINDS, parseDashboardParams, type DashboardQuery } from "@/lib/query/url";

interface Props {
  query: DashboardQuery;
  facets: GroupFacet[];
}

/**
 * A plain GET form: without JavaScript the browser submits it and the server redirects to the
 * canonical address. With JavaScript, the same fields go through the same schema and a client
 * navigation, so chart, table and URL change together without a full reload.
 */
export function FilterForm({ query, facets }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const f = query.filter;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(key, value);
    const search = canonicalSearch(parseDashboardParams(params).query);
    startTransition(() => router.push(search ? `/?${search}` : "/"));
  };

  return (
    <form method="get" action="/" className="filters" onSubmit={onSubmit} data-testid="filters">
      <fieldset className="groups-field">
        <legend>Groups</legend>
        <div className="group-list">
          {facets.length === 0 && <p className="muted small">No groups in the store yet.</p>}
          {facets.map((g) => (
            <label key={g.key} className="group-option" data-group-key={g.key}>
              <input type="checkbox" name="groups" value={g.key} defaultChecked={f.groups.includes(g.key)} />
              <span className="group-name">
                {g.name_en ?? (
                  <span className="ar" dir="rtl" lang="ar">
                    {g.name_ar}
                  </span>
                )}
              </span>
              <span className="count muted">{g.events}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-grid">
        <label>
          From <input type="month" name="from" defaultValue={f.from ?? ""} min="1990-01" max="2099-12" />
        </label>
        <label>
          To <input type="month" name="to" defaultValue={f.to ?? ""} min="1990-01" max="2099-12" />
        </label>
        <label>
          Place or governorate <input type="text" name="place" defaultValue={f.place ?? ""} dir="auto" maxLength={120} />
        </label>
        <label>
          Destination <input type="text" name="destination" defaultValue={f.destination ?? ""} dir="auto" maxLength={120} />
        </label>
        <label>
          Kind
          <select name="kind" defaultValue={f.kind ?? ""}>
            <option value="">any</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search report text <input type="search" name="q" defaultValue={f.q ?? ""} dir="auto" maxLength={120} placeholder="e.g. انشقاق" />
        </label>
        <label>
          Grain
          <select name="grain" defaultValue={query.grain}>
            {GRAINS.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label>
          Metric
          <select name="metric" defaultValue={query.metric}>
            <option value="people">people (sum of counts)</option>
            <option value="incidents">incidents (number of events)</option>
          </select>
        </label>
      </div>
      {/* Sort and page size survive a filter change; the page goes back to 1. */}
      {query.sort !== "date" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "desc" && <input type="hidden" name="dir" value={query.dir} />}
      {query.pageSize !== 25 && <input type="hidden" name="size" value={query.pageSize} />}
      <div className="form-actions">
        <button type="submit" data-testid="apply-filters">
          Apply
        </button>
        <a href="/" className="small">
          Clear filters
        </a>
        {pending && (
          <span className="small muted" role="status">
            Loading…
          </span>
        )}
      </div>
    </form>
  );
}
