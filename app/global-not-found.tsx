import type { Metadata } from "next";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";
import { NotFoundView } from "@/app/_components/NotFoundView";

export const metadata: Metadata = { title: "Not found — inshiqaq" };

/** Any address no route serves (the layout is app/[lang]'s, so this one is a whole document, in English). */
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <NotFoundView lang="en" />
      </body>
    </html>
  );
}
