import Link from "next/link";
import { Shell } from "@/components/Shell";

export const metadata = { title: "Not found — inshiqaq" };

export default function NotFound() {
  return (
    <Shell lang="en" toggleHref="/?lang=ar">
      <section className="not-found" data-testid="not-found">
        <h1>Not found</h1>
        <p>There is no such event or report here. It may have been removed by a re-ingest, or the address is wrong.</p>
        <p>
          <Link href="/">Back to the dashboard</Link> · <Link href="/reports">All reports</Link>
        </p>
      </section>
    </Shell>
  );
}
