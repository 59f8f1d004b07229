/** A route id as the store knows it; null for anything malformed or too long (→ 404, never 500). */
export function routeId(raw: string): string | null {
  let id = raw;
  try {
    if (id.includes("%")) id = decodeURIComponent(id);
  } catch {
    return null;
  }
  return id.length > 0 && id.length <= 200 ? id : null;
}
