import Link from "next/link";
import { dirOf, t, withLang, type Lang } from "@/lib/i18n/messages";

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
export function Shell({ lang, toggleHref, children }: Props) {
  const other: Lang = lang === "ar" ? "en" : "ar";
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
        </nav>
      </header>
      <main>{children}</main>
    </div>
  );
}
