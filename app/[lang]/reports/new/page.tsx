import type { Metadata } from "next";
import { Shell } from "@/components/Shell";
import { requireEditorPage } from "@/lib/auth/viewer";
import { langParam, t, withLang } from "@/lib/i18n/messages";
import { NewReportForm } from "./NewReportForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a report — inshiqaq" };

type Params = Promise<{ lang: string }>;

export default async function NewReportPage({ params }: { params: Params }) {
  const lang = langParam((await params).lang);
  await requireEditorPage(withLang("/reports/new", lang));
  const m = (k: Parameters<typeof t>[1]) => t(lang, k);
  return (
    <Shell lang={lang} toggleHref={withLang("/reports/new", lang === "ar" ? "en" : "ar")}>
      <section className="narrow">
        <h1>{m("report.new")}</h1>
        <NewReportForm
          labels={{
            title: m("report.field.title"),
            outlet: m("report.field.outlet"),
            url: m("report.field.url"),
            published: m("report.field.published"),
            text: m("report.field.text"),
            preview: m("report.preview"),
            save: m("review.save"),
            previewTitle: m("report.previewTitle"),
            invalid: m("report.invalid"),
          }}
        />
      </section>
    </Shell>
  );
}
