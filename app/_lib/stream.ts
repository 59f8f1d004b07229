import type { EventRow } from "@/lib/query/types";

/**
 * A whole export as a stream: rows are encoded a few hundred at a time, and the server serves other
 * requests between batches (a 100,000-event export must not hold the process for seconds).
 * `rows` reads the store in complete chunks (iterateEvents), so the shared connection is never left
 * mid-statement between batches.
 */
export function streamRows(head: string, rows: Iterator<EventRow>, encode: (row: EventRow, first: boolean) => string, tail: string, batch = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = true;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Yield to the event loop first: stream pulls chain as microtasks, which would starve other requests.
      if (started) await new Promise((resolve) => setImmediate(resolve));
      let out = started ? "" : head;
      started = true;
      for (let i = 0; i < batch; i++) {
        const next = rows.next();
        if (next.done) {
          controller.enqueue(encoder.encode(out + tail));
          controller.close();
          return;
        }
        out += encode(next.value, first);
        first = false;
      }
      controller.enqueue(encoder.encode(out));
    },
    cancel() {
      rows.return?.(undefined);
    },
  });
}
