/** Examples of what counts.ts reads itself (pass 2): duals, «two» after a person noun, digits glued to their noun. */
import { describe, it } from "vitest";
import { type CountExample, checkCountExample } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  ["انشقاق عنصرين", [2, 2, 2]],
  ["أعلن قياديان في الفصيل انشقاقهما", [2, 2, 2]],
  ["فر مقاتلان من الكتيبة", [2, 2, 2]],
  ["انشقاق قياديين اثنين من الميليشيا", [2, 2, 2]],
  ["انشق 15عنصراً من قوات النظام", [15, 15, 15]],
  ["انشق مقاتلان اثنان من الفصيل يوم الاثنين", [2, 2, 2]],
];

describe("counts: pass 2 (duals, «two», glued digits)", () => {
  it.each(EXAMPLES)("%s", checkCountExample);
});
