// A worker thread of the parallel ingest (lib/store/ingest.ts): reads, validates and extracts report
// files it is sent and posts back the results. Plain JavaScript so that it starts the same way under
// tsx, Vitest or plain node: it registers tsx itself, then loads the TypeScript modules.
const { parentPort } = require("node:worker_threads");
require("tsx/cjs/api").register();
const { prepareReport } = require("./ingest.ts");

parentPort.on("message", ({ index, dir, name, today }) => {
  parentPort.postMessage({ index, prepared: prepareReport(dir, name, today) });
});
