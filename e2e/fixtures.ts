import { test as base, expect } from "@playwright/test";

/** A page that fails the test on any console error, page error or hydration warning. */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (msg) => {
        const text = msg.text();
        // The resource's address makes a failed load diagnosable ("404" alone does not say what was asked for).
        const where = msg.location().url;
        if (msg.type() === "error" || /hydrat/i.test(text)) problems.push(`${msg.type()}: ${text}${where ? ` (${where})` : ""}`);
      });
      page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
      await use(problems);
      expect(problems, "console errors or hydration warnings").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
