"use client";

import { useLinkStatus } from "next/link";

/** Inside a <Link>: a small "loading" mark while the linked view is being fetched (slow queries never look like a dead click). */
export function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span className="pending-mark" role="status" aria-label="Loading">
      {" "}
      …
    </span>
  ) : null;
}
