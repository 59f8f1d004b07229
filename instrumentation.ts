/**
 * Warms the store's in-memory event index when the server starts, so the first visitor does not wait
 * about a second for it (100,000 events). Node runtime only (better-sqlite3 is a native module), and
 * never during `next build`, which must not open or create the database.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmDataLayer } = await import("./lib/query/dal");
  const started = performance.now();
  try {
    const events = warmDataLayer();
    console.log(`event index: ${events} events in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    // A missing or broken database is reported by the pages themselves.
    console.error("event index: warming failed", error);
  }
}
