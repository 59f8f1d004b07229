/**
 * Implausible counts: a population, a camp, a force's strength or a toll read beside a trigger is
 * set aside (count null, flag, confidence ≤ 0.2); real large incidents keep their figure.
 */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../arabic/normalize";
import { findCounts } from "../counts";
import { tokenize } from "../tokens";
import { run } from "./corpus";
import { doubtCount, type CountDoubt } from "./plausibility";

/** [text, why its first figure is not an incident's head count (null: it is one)]. */
const DOUBT_EXAMPLES: Array<[string, CountDoubt | null]> = [
  ["في مخيم الهول الذي يقطنه 60 ألف شخص", "crowd"],
  ["نزوح 3000 مدني من البلدة", "crowd"],
  ["الفيلق الذي يبلغ قوامه 30 ألف مقاتل", "force-strength"],
  ["ميليشيا يقدر تعدادها بنحو 8 آلاف عنصر", "force-strength"],
  ["خسر التنظيم 500 مقاتل في المعارك", "losses"],
  ["يضم المخيم 2000 عنصر من عائلات التنظيم", "camp"],
  ["في بلدة يسكنها 700 عنصر من الميليشيا مع ذويهم", "population"],
  ["انخفض عدد الجيش إلى 150 عنصراً في اللواء", "force-strength"],
  // (round 14) "their number" after a verb of amounting counts the people told; a force's own number stays its strength
  ["ويُقدّر عددهم بنحو 15 عنصراً", null],
  ["ويبلغ عددهم 120 عنصراً", null],
  ["ويبلغ تعدادهم 3000 مقاتل", "force-strength"],
  ["فقد التنظيم 40 مقاتلاً في المعارك", "losses"],
  ["انشقاق 60 ألف جندي منذ بداية الثورة", "magnitude"],
  // negatives: real incidents, small and large
  ["انشق 20 عنصراً من ميليشيا الدفاع الوطني", null],
  ["ألفي ضابط وجندي من الجيش السوري عبروا إلى العراق", null],
  ["أكثر من 1000 مسلح من أبناء العشائر أعلنوا انشقاقهم", null],
  ["انشق أكثر من 5 آلاف عنصر منذ سقوط النظام", null],
  ["فرار 12 شخصاً من البلدة", null],
  // lost contact with, or the trace of, people: no toll
  ["فُقد الاتصال بـ14 عنصراً من الفرقة بعد فرارهم", null],
  ["فُقد أثر 6 عناصر من قسد", null],
  // (round 11, r11-figure) a population word that names the telling's source, not the people counted
  ["وبحسب أسرة أحدهم، انشق 4 عناصر من قوات النظام", null],
  ["وقالت عائلة أحدهم إن 4 عناصر من قوات النظام انشقوا", null],
  ["وبحسب أحد سكان البلدة، فرّ 7 عناصر من قسد", null],
  // … but people of a place counted after a source stay a population ("بحسب مصادر، … من سكان")
  ["وبحسب مصادر محلية، انشق 20 عنصراً من سكان البلدة", "population"],
  ["وقالت مصادر إن 20 عنصراً من أهالي بلدة نوى فروا", "population"],
  // (round 11, lead) a camp named as where it happened or where the men went is a place, not the people counted
  ["وفي مخيم الركبان، انشق 4 عناصر من قوات النظام", null],
  ["انشق 4 عناصر من قوات النظام ووصلوا إلى مخيم الركبان", null],
  ["فرّ 9 عناصر من قسد باتجاه مخيم الهول", null],
  // … but a camp that holds them, or its people, stays the camp's
  ["يؤوي المخيم 900 عنصر من عائلات التنظيم", "camp"],
  ["فرّ 40 عنصراً من المخيم", "camp"],
];

/**
 * (round 16) A population, a camp or a strength told before the trigger, the trigger between it and the figure: the
 * trigger governs the figure, the men's. [text, the event's count, or the reason its figure is set aside].
 */
const TRIGGER_BETWEEN_EXAMPLES: Array<[string, number | CountDoubt]> = [
  ["ويقطن مخيم الركبان نحو 8 آلاف نازح، وقد انشق 5 عناصر من قوات النظام ووصلوا إليه أمس.", 5],
  ["يبلغ عدد سكان البلدة نحو 40 ألف نسمة، وقد فرّ 7 عناصر من ميليشيا الدفاع الوطني أمس.", 7],
  ["وشهد الفيلق الخامس الذي يضم نحو 15 ألف مقاتل انشقاق 30 من عناصره أمس.", 30],
  ["وشهدت قسد التي تضم قرابة 20 ألف مقاتل انشقاق 14 من عناصرها أمس.", 14],
  // negatives: the figure after the trigger still the camp's or the population's; a strength the only figure
  ["وقالت مصادر إن 20 عنصراً من أهالي بلدة نوى فروا من قوات النظام أمس.", "population"],
  ["أفادت مصادر بانشقاق عناصر من الفيلق الخامس الذي يضم نحو 15 ألف مقاتل.", "force-strength"],
  // (the figure after the trigger is read only when nothing doubts it: 12 thousand is beyond one incident)
  ["وشهد الفيلق الخامس الذي يضم نحو 15 ألف مقاتل انشقاق 12 ألف عنصر منذ تأسيسه.", "force-strength"],
];

describe("a population or a strength before the trigger", () => {
  it.each(TRIGGER_BETWEEN_EXAMPLES)("%s → %s", (text, outcome) => {
    const [e, ...rest] = run(text);
    expect(rest).toEqual([]);
    if (typeof outcome === "number") expect([e.count?.best, e.flags]).toEqual([outcome, undefined]);
    else expect([e.count, e.countSetAside?.reason]).toEqual([null, outcome]);
  });
});

describe("doubtCount", () => {
  it.each(DOUBT_EXAMPLES)("%s → %s", (input, doubt) => {
    const text = normalizeArabic(input).text;
    const tokens = tokenize(text);
    const [first] = findCounts(text, tokens).filter((c) => c.value);
    expect(first, "the example must contain a figure of people").toBeDefined();
    expect(doubtCount(tokens, first, 0, tokens.length - 1)).toBe(doubt);
  });
});

/** [text, why the figure read beside the trigger counts another verb's people (null: the leavers')] — the rules that read the trigger too. */
const GOVERNED_EXAMPLES: Array<[string, CountDoubt | null]> = [
  ["نشرت قسد 2000 عنصر في المنطقة أمس بعد فرار عناصر من صفوفها.", "deployment"],
  ["قالت مصادر إن 3000 عنصر من قوات النظام يتمركزون في المنطقة، وقد فر عدد منهم أمس.", "deployment"],
  // (a figure of men who abandoned their posts stays theirs when only some reached a side: the conventions count it)
  ["ترك أكثر من 200 عنصر من الدفاع الوطني مواقعهم أمس، وهرب بعضهم إلى مناطق قسد.", null],
  ["أضاف أن التضييق المادي دفع عشرات العناصر إلى الانشقاق عن الفيلق الخامس أمس.", null],
  // negatives: the leavers told where they were posted; a figure the trigger governs; a figure after "كانوا يقاتلون"
  ["فرّ 15 عنصراً من الفرقة الرابعة كانوا متمركزين على حاجز في ريف درعا أمس.", null],
  ["انشق 700 عنصر من قوات النظام أمس ووصلوا إلى ريف إدلب.", null],
  ["أكدت مصادر أن أكثر من 1000 مسلح من أبناء العشائر كانوا يقاتلون في صفوف قسد انشقوا عنها أمس.", null],
  ["فرّ عشرات العناصر من الفيلق الخامس أمس، وكان الفيلق قد جند 3000 شاب العام الماضي.", null],
  // a roundup ("حصيلة الأسبوع/الشهر") or a loss word before the trigger: the figure after the trigger is the leavers'
  ["حصيلة الأسبوع: فرار 3 عناصر من قوات النظام في درعا.", null],
  ["حصيلة الشهر الماضي انشقاق 12 عنصراً من قسد في ريف دير الزور.", null],
  ["بعد خسائر فادحة في المعارك، فرّ 9 عناصر من الفرقة الرابعة أمس.", null],
  // a toll whose figure stands before the trigger is still a toll
  ["ارتفعت حصيلة خسائر الفرقة الرابعة إلى 40 عنصراً بعد انشقاق عدد من عناصرها أمس.", "losses"],
];

describe("a figure another verb governs", () => {
  it.each(GOVERNED_EXAMPLES)("%s → %s", (text, doubt) => {
    const events = run(text);
    expect(events).toHaveLength(1);
    expect(events[0].countSetAside?.reason ?? null).toBe(doubt);
    if (doubt) expect(events[0].confidence).toBeLessThanOrEqual(0.2);
  });
});

describe("an event with an implausible figure", () => {
  it("keeps no count, is flagged for review with the figure set aside, and is never confident", () => {
    const [e, ...rest] = run("انشقاق عناصر من قسد في مخيم الهول الذي يقطنه 60 ألف شخص أمس.");
    expect(rest).toEqual([]);
    expect(e.count).toBeNull();
    expect(e.flags).toEqual(["implausible-count"]);
    expect(e.countSetAside).toMatchObject({ best: 60000, reason: "crowd" });
    expect(e.confidence).toBeLessThanOrEqual(0.2);
  });
  it("takes a plausible figure of the same incident over the implausible one", () => {
    const events = run("انشق عناصر من الفيلق الخامس الذي يبلغ قوامه 30 ألف مقاتل أمس. وأكدت المصادر انشقاق 25 عنصراً من الفيلق الخامس.");
    expect(events.map((e) => e.count?.best ?? null)).toEqual([25]);
    expect(events[0].flags).toBeUndefined();
  });
  it("leaves a real incident of thousands alone", () => {
    const [e] = run("انشق ألفا ضابط وجندي من الجيش السوري أمس وعبروا إلى الأراضي العراقية.");
    expect(e.count?.best).toBe(2000);
    expect(e.flags).toBeUndefined();
  });
});

/**
 * (round 11) A large figure with no day of its own in a statistic: [text, what becomes of it] — "dropped" (a statistic
 * of a whole's losses: no event), "review" (the event stays, its figure set aside as a statistic's, flagged, ≤ 0.2),
 * "counted" (an incident or a total with its own day or period: the figure is the event's).
 */
const STATISTIC_EXAMPLES: Array<[string, "dropped" | "review" | "counted"]> = [
  ["تشير إحصائية للمرصد إلى فرار أكثر من 300 عنصر من صفوف قسد ومقتل 40 آخرين.", "dropped"],
  ["وثّق مركز توثيق حقوقي انشقاق 420 عنصراً عن قوات النظام، فضلاً عن عمليات الاغتيال التي طالت ضباطه.", "dropped"],
  ["وأشارت إحصائيات المرصد إلى هروب المئات من العناصر من صفوف الفرقة الرابعة، في وقت تتواصل فيه عمليات القتل في المنطقة.", "dropped"],
  ["تشير إحصائية للمرصد إلى فرار أكثر من 300 عنصر من صفوف قسد.", "review"],
  ["بلغ عدد الفارين من صفوف الفرقة الرابعة 250 عنصراً، بحسب ناشطين.", "review"],
  ["أحصى ناشطون انشقاق 500 عنصر عن الفيلق الخامس.", "review"],
  // (round 13) «رصد» over a plural of incidents heads a tally …
  ["رصدت شبكة محلية فرار أكثر من 300 عنصر من صفوف قسد في عمليات متفرقة.", "review"],
  ["رصد ناشطون انشقاق 400 عنصر عن الفرقة الرابعة على دفعات.", "review"],
  // … over the verbal noun of one flight it reports one incident; a network named «الرصد» is no verb of counting
  ["رصدت شبكة محلية انشقاق 150 عنصراً عن قسد.", "counted"],
  ["رصد المرصد السوري فرار أكثر من 300 عنصر من صفوف الفرقة الرابعة.", "counted"],
  ["فرّ 120 عنصراً من صفوف قسد، وفق شبكة الرصد المحلية.", "counted"],
  ["رصد مركز توثيق حقوقي هروب 1200 عنصر من صفوف قسد.", "counted"],
  ["قُتل 40 عنصراً من قسد في ريف دير الزور، وفرّ أكثر من 200 آخرين من صفوفها.", "review"],
  // (round 17) an estimate over the whole war whose verbal noun has its own figure: an event, its figure set aside
  ["وتشير تقديرات إلى انشقاق نحو 3000 عنصر عن قسد منذ عام 2011.", "review"],
  ["وتشير تقديرات إلى انشقاق 40 عنصراً عن الفرقة الرابعة منذ بداية الثورة.", "review"],
  // (round 17) … but not the losses of a fight the flight's sentence describes after it (a relative clause, «فيها»)
  ["فرّ أكثر من 400 عنصر من قوات النظام، خلال معركة خسر فيها النظام نحو 2000 قتيل.", "counted"],
  ["انشق 300 عنصر عن قسد، في معارك سقط فيها 150 قتيلاً من صفوفها.", "counted"],
  ["خلال معركة قُتل فيها 40 عنصراً من قسد، انشق 300 عنصر عن صفوفها.", "review"],
  // a day or a period of its own; a figure under a hundred; a statistic that is only the source of a dated incident
  ["وثّق المرصد فرار 300 عنصر من صفوف قسد أمس.", "counted"],
  ["وثّق المرصد فرار أكثر من 300 عنصر من صفوف قسد منذ بداية العام.", "counted"],
  ["بلغ عدد المنشقين عن قسد خلال العام الماضي 400 عنصر.", "counted"],
  ["تشير إحصائية للمرصد إلى فرار 40 عنصراً من صفوف قسد ومقتل 12 آخرين.", "counted"],
  ["انشق 300 عنصر من الفرقة 17 ليل الأحد بعد مقتل قائدهم، بحسب إحصائية للمرصد.", "counted"],
  ["انشق 1200 عنصر عن الفيلق الخامس يوم الاثنين الماضي.", "counted"],
  // (round 12) «عدد/أعداد» + a definite noun or a pronoun elsewhere in the sentence: a tally of a set
  ["انشق 420 عنصراً عن الفرقة الرابعة، وسط ارتفاع عدد القتلى في صفوفها.", "dropped"],
  ["في وقت ارتفع فيه عدد القتلى في صفوف قسد، فرّ 300 عنصر من صفوف قسد.", "dropped"],
  ["انشق 420 عنصراً عن الفرقة الرابعة، في حين وصل عدد الحواجز التي أخلتها في المنطقة إلى 40.", "review"],
  ["انشق 420 عنصراً عن الفرقة الرابعة، بينما تراجع عدد المتطوعين في صفوفها.", "review"],
  // … not the leavers themselves away from the trigger (the heading rule's; a total dated by its context: real-tune r28)
  ["انشق 420 عنصراً عن الفرقة الرابعة، ويتوقع ناشطون أن يرتفع عددهم.", "counted"],
  // … but «عدد من»/«عددٌ من»/«أعداد كبيرة من» ("several", "many"); a day, a town or a named post of its own; a figure
  // under a hundred; «عدد» in another sentence
  ["فرّ 120 عنصراً من صفوف قسد بحسب عدد من المصادر المحلية.", "counted"],
  ["فرّ 120 عنصراً من صفوف قسد بعد مقتل عدد من رفاقهم في قصف.", "counted"],
  ["انشق 420 عنصراً عن الفرقة الرابعة، وفق ما أفاد به عددٌ من الناشطين.", "counted"],
  ["انشق 420 عنصراً عن الفرقة الرابعة، بينما تشهد المنطقة انتشار أعداد كبيرة من عناصر الميليشيات.", "counted"],
  ["انشق 420 عنصراً عن الفرقة الرابعة ليل الأحد، وسط ارتفاع عدد القتلى في صفوفها.", "counted"],
  ["فرّ 420 عنصراً من صفوف قسد في مدينة الميادين، وسط ارتفاع عدد القتلى في صفوفها.", "counted"],
  ["فرّ 420 عنصراً من صفوف قسد من حاجز السبع بحرات، وسط ارتفاع عدد القتلى في صفوفها.", "counted"],
  ["فرّ 40 عنصراً من صفوف قسد، وسط ارتفاع عدد القتلى في صفوفها.", "counted"],
  ["فرّ 300 عنصر من صفوف قسد. وارتفع عدد القتلى في صفوفها إلى 450 عنصراً.", "counted"],
];

describe("a large figure of a statistic with no day of its own", () => {
  it.each(STATISTIC_EXAMPLES)("%s → %s", (text, fate) => {
    const events = run(text);
    if (fate === "dropped") return expect(events).toEqual([]);
    expect(events).toHaveLength(1);
    const [e] = events;
    if (fate === "counted") {
      expect(e.count).not.toBeNull();
      expect(e.flags).toBeUndefined();
    } else {
      expect(e.count).toBeNull();
      expect(e.flags).toEqual(["implausible-count"]);
      expect(e.countSetAside?.reason).toBe("statistic");
      expect(e.confidence).toBeLessThanOrEqual(0.2);
    }
  });
});
