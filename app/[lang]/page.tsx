import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { langParam, t } from "@/lib/i18n/messages";
import { canonicalSearch, dashboardHref, parseDashboardParams } from "@/lib/query/url";
import { Dashboard, type SearchParams } from "@/app/_components/Dashboard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> };

/** Rebuilds the query string as received, to compare it with the canonical one. */
function receivedSearch(sp: SearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(sp)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params.toString();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: t(langParam((await params).lang), "site.title") };
}

export default async function Home({ params, searchParams }: Props) {
  const lang = langParam((await params).lang);
  const sp = await searchParams;
  // A well-formed but non-canonical address (a submitted GET form, keys out of order) becomes the
  // canonical one with a real redirect. An address with problems stays, so its notices can be read.
  const { query, notices } = parseDashboardParams(sp);
  query.lang = lang;
  if (notices.length === 0 && receivedSearch(sp) !== canonicalSearch(query)) redirect(dashboardHref(query));
  // No Suspense boundary here: the queries are synchronous, and a streamed boundary would leave
  // the table hidden for a browser without JavaScript. Client navigations show a pending state.
  return <Dashboard searchParams={sp} lang={lang} />;
}
