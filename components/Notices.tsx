import { t, type Lang } from "@/lib/i18n/messages";
import { noticeText, type Notice } from "@/lib/query/url";

/** Problems with the address in the page's language, as plain text (React escapes it; url.ts already strips markup characters from quoted values). */
export function Notices({ notices, canonicalHref, lang }: { notices: Notice[]; canonicalHref?: string; lang: Lang }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      <strong>{t(lang, "notices.heading")}</strong>
      <ul>
        {notices.map((n, i) => (
          // A notice quotes values from the address (often Latin): each keeps its own direction.
          <li key={i} dir="auto">
            {noticeText(n, lang)}
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
