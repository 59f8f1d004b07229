import type { Command } from "commander";

/** `ingest` (stub, to be built). */
export function registerIngest(program: Command): void {
  program.command("ingest").description("not built yet").action(() => {
    process.stderr.write("ingest: not built yet\n");
    process.exit(2);
  });
}
