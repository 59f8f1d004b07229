import Link from "next/link";
import { Shell } from "@/components/Shell";
import { t, withLang, type Lang } from "@/lib/i18n/messages";

/** The 404 page's body, in a language (the status comes from proxy.ts or from notFound()). */
export function NotFoundView({ lang }: { lang: Lang }) {
  return (
    <Shell lang={lang} toggleHref={withLang("/", lang === "ar" ? "en" : "ar")}>
      <section className="not-found" data-testid="not-found">
        <h1>{t(lang, "notFound.title")}</h1>
        <p>{t(lang, "notFound.body")}</p>
        <p>
          <Link href={withLang("/", lang)}>{t(lang, "notFound.back")}</Link> · <Link href={withLang("/reports", lang)}>{t(lang, "notFound.reports")}</Link>
        </p>
      </section>
    </Shell>
  );
}
