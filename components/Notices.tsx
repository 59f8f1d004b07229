/** Problems with the address, as plain text (React escapes it; url.ts already strips markup characters). */
export function Notices({ notices, canonicalHref }: { notices: string[]; canonicalHref?: string }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      <strong>Some of the address could not be used:</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {canonicalHref && (
        <a href={canonicalHref} className="small">
          Open the cleaned-up address
        </a>
      )}
    </div>
  );
}
