/**
 * The top-level pages under app/[lang] (served in English at the bare path, in Arabic under /ar).
 * A new page must be listed here: next.config.ts rewrites `/<route>/…` to `app/[lang]` with lang "en",
 * and proxy.ts answers any other first segment with the 404 page (else `/zz` would be read as lang "zz").
 */
export const PAGE_ROUTES = ["reports", "events", "incidents", "review", "sign-in"] as const;
export type PageRoute = (typeof PAGE_ROUTES)[number];

export function isPageRoute(segment: string): segment is PageRoute {
  return (PAGE_ROUTES as readonly string[]).includes(segment);
}
