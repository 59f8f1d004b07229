"use client";

import { useState } from "react";

/** Copies the current address; shows it in a field too, for browsers that refuse clipboard access. */
export function CopyLink() {
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
        Copy link
      </button>
      {copied && (
        <>
          <span role="status" className="small muted">
            {failed ? " Select and copy:" : " Copied."}
          </span>
          <input readOnly value={copied} aria-label="Link to this view" data-testid="copied-url" onFocus={(e) => e.currentTarget.select()} />
        </>
      )}
    </span>
  );
}
