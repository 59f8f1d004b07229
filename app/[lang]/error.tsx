"use client";

import { useParams } from "next/navigation";
import { t, langParam } from "@/lib/i18n/messages";

/**
 * A page that failed on the server (a broken database, a bug): the reader gets a plain message in the
 * page's language and a retry, inside the normal layout, instead of Next's blank error screen. The
 * details stay in the server log; `digest` lets an operator find them there.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = langParam(useParams<{ lang?: string }>().lang);
  return (
    <main className="page-error" data-testid="page-error" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
      <h1>{t(lang, "error.title")}</h1>
      <p>{t(lang, "error.body")}</p>
      {error.digest && (
        <p className="small muted">
          {t(lang, "error.reference")} <code dir="ltr">{error.digest}</code>
        </p>
      )}
      <p>
        <button type="button" onClick={reset}>
          {t(lang, "error.retry")}
        </button>{" "}
        <a href={lang === "ar" ? "/ar" : "/"}>{t(lang, "notFound.back")}</a>
      </p>
    </main>
  );
}
