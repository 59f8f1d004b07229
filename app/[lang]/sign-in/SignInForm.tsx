"use client";
import { useState } from "react";

interface Labels {
  email: string;
  password: string;
  submit: string;
  failed: string;
}

/** Posts to better-auth's sign-in endpoint (rate-limited, origin-checked), then goes on to `next`. */
export function SignInForm({ labels, next }: { labels: Labels; next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: data.get("email"), password: data.get("password"), rememberMe: true }),
      });
      if (res.ok) {
        window.location.assign(next);
        return;
      }
      const body = (await res.json().catch(() => null)) as { message?: string } | null;
      setError(labels.failed.replace("{reason}", res.status === 429 ? "too many attempts, wait a minute" : (body?.message ?? `error ${res.status}`)));
    } catch {
      setError(labels.failed.replace("{reason}", "the server did not answer"));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="sign-in-form" data-testid="sign-in-form">
      <label>
        {labels.email}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {labels.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={busy}>{labels.submit}</button>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
