"use client";

import { useState } from "react";
import { t, type Lang } from "@/lib/i18n/messages";

/** Copies the current address; shows it in a field too, for browsers that refuse clipboard access. */
export function CopyLink({ lang }: { lang: Lang }) {
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const copy = async () => {
    const href = window.location.href;
    setCopied(href);
    try {
      await navigator.clipboard.writeText(href);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy} data-testid="copy-link">
        {t(lang, "copy.button")}
      </button>
      {copied && (
        <>
          <span role="status" className="small muted">
            {t(lang, failed ? "copy.failed" : "copy.done")}
          </span>
          <input readOnly value={copied} aria-label={t(lang, "copy.field")} dir="ltr" data-testid="copied-url" onFocus={(e) => e.currentTarget.select()} />
        </>
      )}
    </span>
  );
}
