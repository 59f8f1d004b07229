import type { SpanRole } from "@/lib/extract/types";
import { t, type Lang } from "@/lib/i18n/messages";

export type HighlightRole = SpanRole | "event" | "date-expression";

export interface Highlight {
  role: HighlightRole;
  start: number;
  end: number;
  /** Shown on hover (e.g. how a date was resolved). */
  title?: string;
}

/** Paragraph ranges of a text (split at blank lines), so a long report reads as paragraphs. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const gap = /\n[\s\u00a0]*\n/g;
  let start = 0;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    if (text.slice(start, m.index).trim()) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/**
 * A slice of report text with highlighted spans, as React elements (never an HTML string).
 * Overlapping spans are cut at every boundary; a piece covered by several spans carries all
 * their roles, and the narrowest span gives its title.
 */
export function Highlighted({ text, from = 0, to = text.length, spans }: { text: string; from?: number; to?: number; spans: Highlight[] }) {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(from, s.start), end: Math.min(to, s.end) }))
    .filter((s) => s.start < s.end);
  const cuts = new Set<number>([from, to]);
  for (const s of inside) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: React.ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && s.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start));
    if (covering.length === 0) {
      pieces.push(piece);
      continue;
    }
    const roles = [...new Set(covering.map((s) => s.role))];
    // The narrowest span gives the colour (a group inside a count phrase stays visible as a group);
    // a piece inside several spans gets an outline.
    const className = `hl-${roles[0]}${roles.filter((r) => r !== "event").length > 1 ? " hl-nested" : ""}`;
    pieces.push(
      <mark key={a} className={className} data-roles={roles.join(" ")} title={covering.find((s) => s.title)?.title ?? roles.join(", ")}>
        {piece}
      </mark>,
    );
  }
  return <>{pieces}</>;
}

/** The key's words come from the catalogue: `hl.<role>`. */
export function roleWord(role: HighlightRole, lang: Lang = "en"): string {
  return t(lang, `hl.${role}`);
}

export function HighlightKey({ roles, lang = "en" }: { roles: HighlightRole[]; lang?: Lang }) {
  return (
    <ul className="hl-key" aria-label={t(lang, "hl.label")}>
      {roles.map((r) => (
        <li key={r}>
          <mark className={`hl-${r}`}>{roleWord(r, lang)}</mark>
        </li>
      ))}
    </ul>
  );
}
