import type { Command } from "commander";

/** `resolve` (stub, to be built). */
export function registerResolve(program: Command): void {
  program.command("resolve").description("not built yet").action(() => {
    process.stderr.write("resolve: not built yet\n");
    process.exit(2);
  });
}
