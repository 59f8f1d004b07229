import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "inshiqaq — defections from armed groups in Syria",
  description: "A timeline of defections and desertions from armed groups in the Syrian war, read from Arabic news reports.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            inshiqaq <span className="ar brand-ar" lang="ar" dir="rtl">انشقاق</span>
          </Link>
          <span className="muted small tagline">Defections from armed groups in the Syrian war, read from Arabic news reports</span>
          <nav className="site-nav">
            <Link href="/">Dashboard</Link>
            <Link href="/reports">Reports</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
