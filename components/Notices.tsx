import { t, type Lang } from "@/lib/i18n/messages";

/** Problems with the address, as plain text (React escapes it; url.ts already strips markup characters). */
export function Notices({ notices, canonicalHref, lang }: { notices: string[]; canonicalHref?: string; lang: Lang }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      <strong>{t(lang, "notices.heading")}</strong>
      <ul>
        {notices.map((n, i) => (
          // Some notices are English in both interfaces (they come from the URL schema): each keeps its own direction.
          <li key={i} dir="auto">
            {n}
          </li>
        ))}
      </ul>
      {canonicalHref && (
        <a href={canonicalHref} className="small">
          {t(lang, "notices.cleaned")}
        </a>
      )}
    </div>
  );
}
