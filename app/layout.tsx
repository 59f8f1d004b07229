import type { Metadata, Viewport } from "next";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "inshiqaq — defections from armed groups in Syria",
  description: "A timeline of defections and desertions from armed groups in the Syrian war, read from Arabic news reports.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The header lives in each page's <Shell>: only a page knows the `lang` of its address, and a
 * layout gets no searchParams. So <html> keeps lang="en" and the Shell wrapper carries the page's
 * lang and dir (right-to-left for ?lang=ar).
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>{children}</body>
    </html>
  );
}
