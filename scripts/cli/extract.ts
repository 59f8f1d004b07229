import type { Command } from "commander";

/** `extract` (stub, to be built). */
export function registerExtract(program: Command): void {
  program.command("extract").description("not built yet").action(() => {
    process.stderr.write("extract: not built yet\n");
    process.exit(2);
  });
}
