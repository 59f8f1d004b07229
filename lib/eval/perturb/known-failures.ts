/**
 * Cases of the invariance suite (perturbation × short report) the extractor does not meet yet, each with
 * why. They run as expected failures (`it.fails`), so a case that starts passing must leave this list.
 */
export const INVARIANCE_FAILURES: Record<string, string> = {
  "run-on × checklist/two-incidents-two-sentences":
    "two incidents in one run-on sentence: the crew's trigger, with no figure of its own, takes the nine soldiers told after the comma (count choice reads the whole sentence), and their destination",
};
