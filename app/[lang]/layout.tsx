import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "../globals.css";
import { dirOf, isLang, LANGS, t } from "@/lib/i18n/messages";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The two interface languages are the only values of the segment; anything else is a 404. */
type Props = { children: React.ReactNode; params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { lang } = await params;
  const l = isLang(lang) ? lang : "en";
  return { title: t(l, "site.title"), description: t(l, "site.tagline") };
}

/**
 * The root layout. The language is the first path segment (`/ar/…`; English is served at the bare
 * paths, which proxy.ts rewrites to `/en/…`), so `<html>` carries the page's `lang` and `dir`.
 */
export default async function RootLayout({ children, params }: Props) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body>{children}</body>
    </html>
  );
}
