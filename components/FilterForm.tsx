"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import type { GroupFacet } from "@/lib/query/types";
import { dashboardHref, DEFAULTS, GRAINS, KINDS, parseDashboardParams, type DashboardQuery } from "@/lib/query/url";
import { t, withLang, type MessageKey } from "@/lib/i18n/messages";

interface Props {
  query: DashboardQuery;
  facets: GroupFacet[];
  /** Where "Clear filters" goes (the default view, in the same language). */
  clearHref: string;
}

/**
 * A plain GET form: without JavaScript the browser submits it and the server redirects to the
 * canonical address. With JavaScript, the same fields go through the same schema and a client
 * navigation, so chart, table and URL change together without a full reload.
 */
export function FilterForm({ query, facets, clearHref }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const f = query.filter;
  const lang = query.lang;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(key, value);
    startTransition(() => router.push(dashboardHref({ ...parseDashboardParams(params).query, lang })));
  };

  return (
    <form method="get" action={withLang("/", lang)} className="filters" onSubmit={onSubmit} data-testid="filters">
      <fieldset className="groups-field">
        <legend>{t(lang, "filters.groups")}</legend>
        <div className="group-list">
          {facets.length === 0 && <p className="muted small">{t(lang, "filters.noGroups")}</p>}
          {facets.map((g) => (
            <label key={g.key} className="group-option" data-group-key={g.key}>
              <input type="checkbox" name="groups" value={g.key} defaultChecked={f.groups.includes(g.key)} />
              <span className="group-name">
                {g.name_en && lang === "en" ? (
                  g.name_en
                ) : (
                  <span className="ar" dir="rtl" lang="ar" title={g.name_en ?? undefined}>
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
          {t(lang, "filters.from")} <input type="month" name="from" defaultValue={f.from ?? ""} min="1990-01" max="2099-12" />
        </label>
        <label>
          {t(lang, "filters.to")} <input type="month" name="to" defaultValue={f.to ?? ""} min="1990-01" max="2099-12" />
        </label>
        <label>
          {t(lang, "filters.place")} <input type="text" name="place" defaultValue={f.place ?? ""} dir="auto" maxLength={120} />
        </label>
        <label>
          {t(lang, "filters.destination")} <input type="text" name="destination" defaultValue={f.destination ?? ""} dir="auto" maxLength={120} />
        </label>
        <label>
          {t(lang, "filters.kind")}
          <select name="kind" defaultValue={f.kind ?? ""}>
            <option value="">{t(lang, "filters.kindAny")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(lang, `kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, "filters.q")} <input type="search" name="q" defaultValue={f.q ?? ""} dir="auto" maxLength={120} placeholder={t(lang, "filters.qPlaceholder")} />
        </label>
        <label>
          <input type="checkbox" name="reviewed" value="1" defaultChecked={f.reviewed === true} data-testid="reviewed-only" /> {t(lang, "review.reviewedOnly")}
        </label>
        <label>
          {t(lang, "filters.grain")}
          <select name="grain" defaultValue={query.grain}>
            {GRAINS.map((g) => (
              <option key={g} value={g}>
                {t(lang, `grain.${g}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, "filters.metric")}
          <select name="metric" defaultValue={query.metric}>
            <option value="people">{t(lang, "filters.metricPeople")}</option>
            <option value="incidents">{t(lang, "filters.metricIncidents")}</option>
          </select>
        </label>
      </div>
      {/* Sort and page size survive a filter change (the language is the path's); the page goes back to 1. */}
      {query.sort !== DEFAULTS.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== DEFAULTS.dir && <input type="hidden" name="dir" value={query.dir} />}
      {query.pageSize !== DEFAULTS.pageSize && <input type="hidden" name="size" value={query.pageSize} />}
      {query.unit !== DEFAULTS.unit && <input type="hidden" name="unit" value={query.unit} />}
      <div className="form-actions">
        <button type="submit" data-testid="apply-filters">
          {t(lang, "filters.apply")}
        </button>
        <a href={clearHref} className="small">
          {t(lang, "filters.clear")}
        </a>
        {pending && (
          <span className="small muted" role="status">
            {t(lang, "filters.loading")}
          </span>
        )}
      </div>
    </form>
  );
}
