import type { Metadata } from "next";
import { Shell } from "@/components/Shell";
import { langParam, t, withLang } from "@/lib/i18n/messages";
import { SignInForm } from "./SignInForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in — inshiqaq" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Params = Promise<{ lang: string }>;

/** Only a path of this site may follow the sign-in (never another site's address). */
function safeNext(raw: string | string[] | undefined): string {
  const s = Array.isArray(raw) ? raw[0] : raw;
  return s && s.startsWith("/") && !s.startsWith("//") && !s.includes("\\") ? s : "/review";
}

export default async function SignInPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const sp = await searchParams;
  const lang = langParam((await params).lang);
  return (
    <Shell lang={lang} toggleHref={withLang("/sign-in", lang === "ar" ? "en" : "ar")}>
      <section className="narrow">
        <h1>{t(lang, "auth.signIn")}</h1>
        <p className="muted">{t(lang, "auth.intro")}</p>
        <SignInForm next={safeNext(sp.next)} labels={{ email: t(lang, "auth.email"), password: t(lang, "auth.password"), submit: t(lang, "auth.signIn"), failed: t(lang, "auth.failed") }} />
      </section>
    </Shell>
  );
}
