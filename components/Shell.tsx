import Link from "next/link";
import { dirOf, t, withLang, type Lang } from "@/lib/i18n/messages";
import { getViewer } from "@/lib/auth/viewer";

interface Props {
  lang: Lang;
  /** This same view in the other language (the toggle in the header). */
  toggleHref: string;
  children: React.ReactNode;
}

/**
 * The page frame: header, navigation and the language toggle. `<html lang dir>` comes from the
 * path (app/[lang]/layout.tsx); the wrapper repeats them because the 404 page, which cannot read
 * the path, is English inside an Arabic document too.
 */
export async function Shell({ lang, toggleHref, children }: Props) {
  const other: Lang = lang === "ar" ? "en" : "ar";
  const viewer = await getViewer();
  return (
    <div className={`shell shell-${lang}`} lang={lang} dir={dirOf(lang)} data-testid="shell">
      <header className="site-header">
        <Link href={withLang("/", lang)} className="brand">
          inshiqaq <span className="ar brand-ar" lang="ar" dir="rtl">انشقاق</span>
        </Link>
        <span className="muted small tagline">{t(lang, "site.tagline")}</span>
        <nav className="site-nav">
          <Link href={withLang("/", lang)}>{t(lang, "nav.dashboard")}</Link>
          <Link href={withLang("/reports", lang)}>{t(lang, "nav.reports")}</Link>
          <Link href={toggleHref} hrefLang={other} lang={other} dir={dirOf(other)} title={t(lang, "nav.toggleLabel")} className="lang-toggle" data-testid="lang-toggle">
            {t(lang, "nav.toggle")}
          </Link>
          {viewer ? (
            <>
              <Link href={withLang("/review", lang)} data-testid="nav-review">{t(lang, "nav.review")}</Link>
              <Link href={withLang("/reports/new", lang)} data-testid="nav-add-report">{t(lang, "nav.addReport")}</Link>
              <form method="post" action="/api/sign-out" className="inline-form">
                <button type="submit" className="link-button" title={t(lang, "auth.signedInAs", { name: viewer.name, role: viewer.role })}>{t(lang, "auth.signOut")}</button>
              </form>
            </>
          ) : (
            <Link href={withLang("/sign-in", lang)} data-testid="nav-sign-in">{t(lang, "auth.signIn")}</Link>
          )}
        </nav>
      </header>
      <main>{children}</main>
    </div>
  );
}
