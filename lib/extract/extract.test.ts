/**
 * The whole extractor on short texts written for these tests (not taken from the seeds or the
 * development set): governing dates, report-day anchoring, merging, kinds, places, non-events.
 */
import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "./index";
import type { DefectionEvent } from "./types";

const P = (day: string) => ({ start: day, end: day });
const run = (body: string, day = "2022-03-16") => extractEventsStrict({ id: "t", body, published: P(day) });
const brief = (e: DefectionEvent) => ({
  kind: e.kind,
  groups: e.groups.map((g) => g.id ?? g.text),
  count: e.count ? [e.count.low, e.count.best, e.count.high] : null,
  date: [e.date.start, e.date.end, e.date.basis],
});

describe("governing date", () => {
  it("takes the expression of the trigger's own clause", () => {
    // 2022-03-16 is a Wednesday; the Monday before is the 14th.
    const [e] = run("فرّ تسعة عناصر من ميليشيا الدفاع الوطني يوم الاثنين الماضي نحو مناطق قسد.");
    expect(brief(e)).toEqual({ kind: "defection", groups: ["ndf"], count: [9, 9, 9], date: ["2022-03-14", "2022-03-14", "expression"] });
    expect(e.date.text).toBe("يوم الاثنين الماضي");
  });

  it("ignores an expression in a clause about a raid, and falls back to [P-7, P]", () => {
    const [e] = run("داهمت دوريات الأمن العسكري أمس منازل في البلدة، بعد أن انشق ستة عناصر من الفرقة الرابعة.");
    expect(e.date).toMatchObject({ start: "2022-03-09", end: "2022-03-16", basis: "default", text: null });
  });

  it("bounds the incident by the week before a day that dates the telling", () => {
    const [e] = run("قالت مصادر محلية، أمس الثلاثاء، إن 14 عنصراً من قوات النظام انشقوا في ريف إدلب.");
    expect(e.date).toMatchObject({ start: "2022-03-08", end: "2022-03-15", basis: "expression" });
    expect(e.date.rule).toMatch(/report-day/);
  });

  it("takes, for a unit that declares its split, the group it left", () => {
    const [e] = run("أعلن لواء الصقور الحمر انشقاقه عن الجيش الوطني السوري.");
    expect(e.groups.map((g) => g.id)).toEqual(["sna"]);
  });

  it("bounds the incident by a report day named after it ('بحسب ما أفادت مصادر أمس')", () => {
    const [e] = run("انشق خمسة عناصر من الفرقة الرابعة في ريف درعا، بحسب ما أفادت مصادر محلية أمس.");
    expect(e.date).toMatchObject({ start: "2022-03-08", end: "2022-03-15" });
  });

  it("keeps the day when a unit declares its own split", () => {
    const [e] = run("أعلن لواء أحرار الرقة اليوم الأربعاء انشقاقه عن قوات سوريا الديمقراطية.");
    expect(e.date).toMatchObject({ start: "2022-03-16", end: "2022-03-16" });
  });

  it("takes the arrival in an area held by the other side as the date ('مناطق سيطرة' is territory, not a takeover)", () => {
    const [e] = run("وصل 30 شخصاً، بينهم 12 جندياً منشقين عن قوات النظام، إلى مناطق سيطرة المعارضة في ريف إدلب فجر أمس.");
    expect(e.date).toMatchObject({ start: "2022-03-15", end: "2022-03-15" });
    expect(e.count).toMatchObject({ best: 12 });
  });

  it("still ignores a date in a clause about a takeover", () => {
    const [e] = run("انشق ستة جنود من قوات النظام، وسيطرت الفصائل على البلدة أمس.");
    expect(e.date.basis).toBe("default");
  });

  it("never takes a dateline as the event date", () => {
    const body = "أخبار سورية ٢ آذار ٢٠٢٢\nانشق ثلاثة عناصر من جيش العشائر باتجاه مناطق قسد.";
    const [e] = run(body);
    expect(e.date.basis).toBe("default");
  });
});

describe("merging", () => {
  it("folds a vague first mention and a precise later one into one incident with the figure and its date", () => {
    const events = run(
      "وأفادت شبكات محلية بهروب بضعة عناصر من لواء القدس إلى الشمال السوري قبل أيام.\nوقال مصدر إن خمسة عناصر من لواء القدس فروا يوم السبت الماضي إلى مناطق المعارضة.",
    );
    expect(events.map(brief)).toEqual([{ kind: "defection", groups: ["liwa-al-quds"], count: [5, 5, 5], date: ["2022-03-12", "2022-03-12", "expression"] }]);
  });

  it("takes the figure from a neighbouring sentence that counts the same group's soldiers", () => {
    const events = run("وصل ثلاثة آلاف جندي من الجيش السوري إلى الأراضي اللبنانية. وقالت مصادر إن مئات الجنود السوريين الفارين عبروا معبر جديدة يابوس.");
    expect(events.map(brief)).toEqual([{ kind: "desertion", groups: ["syrian-army"], count: [3000, 3000, 3000], date: ["2022-03-09", "2022-03-16", "default"] }]);
  });

  it("keeps a background incident with its own date and figure apart", () => {
    const events = run("انشق 12 عنصراً من الدفاع الوطني أمس في مدينة الميادين. وسبق أن انشق أربعة عناصر من الميليشيا ذاتها في كانون الثاني الماضي.");
    expect(events.map((e) => [e.count?.best, e.date.start])).toEqual([
      [12, "2022-03-15"],
      [4, "2022-01-01"],
    ]);
  });

  it("opens a background incident told as 'after his defection' when it has its own group and date", () => {
    const events = run("وصل القيادي أبو خالد إلى إدلب أمس، بعد انشقاقه عن جيش النظام في آذار 2013 والتحاقه بالجيش الحر.");
    expect(events.map((e) => [e.groups[0].id, e.date.start, e.date.end])).toEqual([["syrian-army", "2013-03-01", "2013-03-31"]]);
  });

  it("keeps one incident for two verbs on one figure, dated by the first", () => {
    const events = run("أفاد مراسلنا بأن خمسة عناصر من قوات النظام فروا ليلة الأحد الماضي من حاجز قرب خان شيخون، وسلموا أنفسهم لفصائل المعارضة صباح الاثنين.");
    expect(events.map(brief)).toEqual([{ kind: "defection", groups: ["syrian-army"], count: [5, 5, 5], date: ["2022-03-13", "2022-03-13", "expression"] }]);
  });

  it("counts 'آخرون' as people of their own incident", () => {
    const events = run("انشق في منتصف الشهر الماضي نحو 12 عنصراً من فيلق الرحمن في الغوطة الشرقية، فيما انشق 4 آخرون قبل نحو أسبوعين.");
    expect(events.map((e) => e.count?.best)).toEqual([12, 4]);
  });

  it("keeps two groups joined by و in one incident", () => {
    const [e] = run("انشق نحو 30 مقاتلاً من ميليشيا الدفاع الوطني وكتائب البعث في ريف حماة.");
    expect(e.groups.map((g) => g.id)).toEqual(["ndf", "baath-brigades"]);
    expect(e.count).toMatchObject({ low: 24, best: 30, high: 36 });
  });
});

describe("kinds, places and destinations", () => {
  it("calls going abroad a desertion", () => {
    const [e] = run("فرّ ضابطان من جيش النظام إلى الأراضي اللبنانية.");
    expect(e.kind).toBe("desertion");
    expect(e.count).toMatchObject({ best: 2 });
  });

  it("calls a defection that ends abroad a desertion even with no 'to' phrase, and counts a titled man named far before 'انشقاقه'", () => {
    const events = run("ونقلت وسائل إعلام تركية خبر وصول زوجة العقيد الطيار السوري سامر الحمد وأطفاله إلى أنطاكيا مساء السبت، بعد يوم من انشقاقه بمروحيته التي هبطت في تركيا.");
    expect(events.map((e) => [e.kind, e.count?.best])).toEqual([["desertion", 1]]);
  });

  it("calls being caught while trying an attempt, counting those caught", () => {
    const [e] = run("اعتقلت الشرطة العسكرية خمسة مجندين من الفرقة 17 أثناء محاولتهم الفرار نحو مناطق قسد.");
    expect(e.kind).toBe("attempted");
    expect(e.count).toMatchObject({ best: 5 });
  });

  it("calls a flight that ends in capture an attempt, with the companions counted", () => {
    const [e] = run("فرّ قيادي في ميليشيا لواء فاطميون مع ثلاثة من مرافقيه باتجاه الحدود العراقية، قبل أن تلقي دورية للحرس الثوري القبض عليهم قرب مدينة البوكمال.");
    expect(e.kind).toBe("attempted");
    expect(e.count).toMatchObject({ best: 4 });
    expect(e.groups[0].id).toBe("fatemiyoun");
  });

  it("calls going home a desertion and ignores a date of the grievance", () => {
    const [e] = run("انشق 11 عنصراً من ميليشيا حزب الله في القلمون الغربي وعادوا إلى بلداتهم، احتجاجاً على تأخر صرف رواتبهم منذ ثلاثة أشهر.");
    expect(e.kind).toBe("desertion");
    expect(e.date.basis).toBe("default");
  });

  it("calls abandonment with only some reaching the other side a desertion", () => {
    const [e] = run("ترك عشرات العناصر مواقعهم في بادية حمص، وهرب بعضهم إلى مناطق سيطرة الفصائل في الشمال السوري، بعد غارات على مقرات الحرس الثوري.");
    expect(e.kind).toBe("desertion");
  });

  it("names the specific group when another telling of the incident gives it", () => {
    const events = run("فرّ قرابة 30 عنصراً من الميليشيات الإيرانية في مدينة الميادين خلال اليومين الماضيين.\nوتمكن أبو علي، وهو عنصر محلي في ميليشيا لواء فاطميون، من الفرار مع عدد من رفاقه خلال اليومين الماضيين.");
    expect(events).toHaveLength(1);
    expect(events[0].groups.map((g) => g.id)).toEqual(["fatemiyoun"]);
    expect(events[0].count).toMatchObject({ best: 30 });
  });

  it("names the specific group the headline gives when the body only says 'the Iran-backed militias'", () => {
    const [e] = run("فرار جماعي في صفوف لواء فاطميون بريف حمص\nفرّ أكثر من 40 عنصراً من الميليشيات الإيرانية في بادية حمص خلال الأيام الماضية.");
    expect(e.groups.map((g) => g.id)).toEqual(["fatemiyoun"]);
    const [f] = run("فرار جماعي في ريف حمص\nفرّ أكثر من 40 عنصراً من الميليشيات الإيرانية في بادية حمص خلال الأيام الماضية.");
    expect(f.groups.map((g) => g.id)).toEqual(["iranian-militias"]);
  });

  it("finds the place and the destination group", () => {
    const [e] = run("انشق ثمانية عناصر من ميليشيا الحرس الثوري في بلدة الشحيل بريف دير الزور الشرقي وانضموا إلى قوات سوريا الديمقراطية.");
    expect(e.place).toMatchObject({ id: "shuhayl", governorate: "دير الزور" });
    expect(e.place!.text).toBe("بلدة الشحيل بريف دير الزور الشرقي");
    expect(e.destination).toMatchObject({ group_id: "sdf" });
  });

  it("keeps whom they joined as written when it is not a known name, and one named official as one person", () => {
    const [a] = run("انشق مجموعة من عناصر لواء الباقر في ريف دير الزور وانضموا إلى قوات العشائر العربية.");
    expect(a.destination).toMatchObject({ text: "قوات العشائر العربية", group_id: null });
    expect(a.count).toBeNull();
    const [b] = run("أعلن رئيس الوزراء انشقاقه عن نظام الأسد وانضمامه إلى صفوف الثورة اليوم.");
    expect(b.count).toMatchObject({ low: 1, best: 1, high: 1 });
    expect(b.groups[0].id).toBe("syrian-army");
  });

  it("keeps an unknown group as written", () => {
    const [e] = run("انشق عشرة عناصر من كتيبة شهداء البادية في ريف حمص الشرقي.");
    expect(e.groups[0]).toMatchObject({ id: null, known: false, name_en: null });
    expect(e.groups[0].text).toBe("كتيبة شهداء البادية");
  });
});

describe("unseen wordings (categories of the blind set, new sentences)", () => {
  it("finds leaving posts with the subject between the verb and its object, and failing to return from leave", () => {
    const events = run(
      "ترك قرابة 25 مقاتلاً من ميليشيا الدفاع الوطني في ريف حماة الشرقي مواقعهم الأسبوع الماضي وعادوا إلى قراهم. وتخلّف ثمانية مجندين من الفرقة الرابعة عن الالتحاق بوحداتهم قبل أيام.",
    );
    expect(events.map(brief)).toEqual([
      // ("الأسبوع الماضي" and "قبل أيام" are both [P-7, P-1] in the conventions)
      { kind: "desertion", groups: ["ndf"], count: [20, 25, 30], date: ["2022-03-09", "2022-03-15", "expression"] },
      { kind: "desertion", groups: ["4th-division"], count: [8, 8, 8], date: ["2022-03-09", "2022-03-15", "expression"] },
    ]);
  });

  it("finds a surrender whose object follows a long subject, and a dual surrender as two people", () => {
    const events = run(
      "سلّم تسعة مسلحين من ميليشيا الدفاع الوطني العاملة في ريف حمص الشمالي أنفسهم لفصائل المعارضة أمس. وكان عنصران من الميليشيا ذاتها قد سلّما نفسيهما في كانون الثاني الماضي.",
    );
    expect(events.map((e) => [e.groups[0].id, e.count?.best, e.date.start])).toEqual([
      ["ndf", 9, "2022-03-15"],
      ["ndf", 2, "2022-01-01"],
    ]);
  });

  it("reads a background defection of one man named as the subject before 'قد'", () => {
    const events = run(
      "انشق 15 عنصراً من قوات النظام في ريف إدلب أمس. وبين المنشقين 3 ضباط أبرزهم الرائد محمد العلي، وكان الأخير قد انشق عن الفرقة الرابعة عام 2019 ثم عاد إليها.",
    );
    expect(events.map((e) => [e.groups[0].id, e.count?.best, e.date.start])).toEqual([
      ["syrian-army", 15, "2022-03-15"],
      ["4th-division", 1, "2019-01-01"],
    ]);
  });

  it("takes the group of a sentence two back for a background incident with its own date and figure", () => {
    const events = run(
      "سلّم 14 عنصراً من تنظيم داعش أنفسهم لقسد أمس. وأوضح مصدر أن بينهم مقاتلين أجانب. وكان أحد أمراء التنظيم قد سلّم نفسه مطلع الشهر الجاري.",
    );
    expect(events.map((e) => [e.groups[0].id, e.count?.best, e.date.start, e.date.end])).toEqual([
      ["isis", 14, "2022-03-15", "2022-03-15"],
      ["isis", 1, "2022-03-01", "2022-03-10"],
    ]);
  });

  it("reads 'قبل أن ينشق' in a sentence about one man as one person", () => {
    const events = run("وصل القيادي أبو حمزة إلى إدلب أمس. وكان قائداً ميدانياً في حركة أحرار الشام قبل أن ينشق عنها في أواخر عام 2016 ويلتحق بجبهة النصرة.");
    const background = events.find((e) => e.date.start === "2016-10-01");
    expect(background?.count).toMatchObject({ best: 1 });
    const [unit] = run("وكان لواء الفاتحين من أبرز فصائل المنطقة قبل أن ينشق عن الجبهة الشامية في أواخر عام 2016.");
    expect(unit?.count ?? null).toBeNull();
  });

  it("refers 'الفصيل ذاته' back to a group written with 'فصيل' before its name", () => {
    const events = run("انشق تسعة عناصر من فصيل «فرقة الحمزة» أمس. وأكد مصدر أن المنشقين وصلوا إلى منبج. وفي حزيران الماضي، وصل إلى منبج مقاتلين من الفصيل ذاته بعد أن سلّما نفسيهما لقسد.");
    expect(events.map((e) => [e.groups[0].id, e.count?.best, e.date.start])).toEqual([
      ["hamza-division", 9, "2022-03-15"],
      ["hamza-division", 2, "2021-06-01"],
    ]);
  });

  it("adds the companions of a named officer", () => {
    const [e] = run("أعلن النقيب سامي الأحمد انشقاقه عن قوات النظام في ريف درعا الغربي فجر اليوم، وبرفقته أربعة آخرون من عناصر الحاجز.");
    expect(e.count).toMatchObject({ low: 5, best: 5, high: 5 });
  });

  it("reads a nominative dual as two", () => {
    const [e] = run("أعلن قياديان في جبهة النصرة انشقاقهما عن الجبهة أمس.");
    expect(e.count).toMatchObject({ best: 2 });
  });

  it("refers 'الكتيبة' back to an unknown battalion named before", () => {
    const events = run("فرّ سبعة عناصر من كتيبة شهداء الفرات أمس. وكان أحد قادة الكتيبة قد انشق عنها في تموز الماضي والتحق بقسد.");
    expect(events.map((e) => [e.groups[0].text, e.count?.best])).toEqual([
      ["كتيبة شهداء الفرات", 7],
      ["كتيبة شهداء الفرات", 1],
    ]);
  });

  it("credits a return to the army to the group the man had joined in between", () => {
    const events = run("قالت مصادر إن نقيباً كان قد انشق عن قوات النظام عام 2013 والتحق بحركة أحرار الشام، عاد أمس إلى قوات النظام وسلّمها نفسه مع 40 عنصراً من مجموعته.");
    expect(events.map((e) => [e.groups[0].id, e.date.start])).toEqual([
      ["syrian-army", "2013-01-01"],
      ["ahrar-al-sham", "2022-03-15"],
    ]);
  });

  it("reads soldiers crossing a border abroad as a desertion, and counts the soldiers among a crowd", () => {
    const [a] = run("عبر قرابة 400 جندي من جيش النظام الحدود إلى لبنان فجر اليوم.");
    expect(brief(a)).toEqual({ kind: "desertion", groups: ["syrian-army"], count: [320, 400, 480], date: ["2022-03-16", "2022-03-16", "expression"] });
    const events = run("أفادت مصادر أن 80 شخصاً عبروا الحدود إلى الأردن أمس، بينهم 12 جندياً منشقاً عن جيش النظام.");
    expect(events.map((e) => e.count?.best)).toEqual([12]);
  });

  it("reads 'عن الجيش ذاته' as the army left before, not the army named as a parent", () => {
    const events = run("فرّ خمسة جنود من جيش النظام إلى مقر كتيبة تابعة للجيش الحر أمس. وكان ضابط من أبناء البلدة قد انشق عن الجيش ذاته العام الماضي.");
    expect(events.map((e) => [e.groups[0].id, e.count?.best])).toEqual([
      ["syrian-army", 5],
      ["syrian-army", 1],
    ]);
  });

  it("keeps an unknown battalion quoted after a militia descriptor", () => {
    const [e] = run("انشق عدد من عناصر ميليشيا «كتيبة أسود الوادي» الموالية للنظام يوم الأحد.");
    expect(e.groups[0]).toMatchObject({ known: false, text: "كتيبة أسود الوادي" });
  });
});

describe("«رصد» over a plural of incidents with the men's figure (round 14): a tally", () => {
  it.each([
    ["with a period: counted, dated by it", "رصدت شبكة محلية حالات انشقاق في صفوف قوات النظام منذ بداية العام بلغت 22 عنصراً.", [22, "2022-01-01"]],
    ["with none: an event, its figure of a statistic set aside", "رصد المرصد انشقاقات طالت 300 عنصر من قسد.", [null, null]],
    // (round 15) «سجّل/سُجّلت» as «رصد»: the same tally, with a period and with none (a figure under 100 counted)
    ["«سُجّلت» with a period", "سُجّلت حالات انشقاق في صفوف قوات النظام منذ بداية العام بلغت 22 عنصراً.", [22, "2022-01-01"]],
    ["«سجّل» with none", "سجّل المرصد حالات انشقاق في صفوف قسد بلغت 22 عنصراً.", [22, null]],
    // … and a vague quantity of incidents with a period of its own: that period's total, «عشرات» → {20, 30, 99}
    ["«عشرات حالات» with a period", "رصد المرصد عشرات حالات الانشقاق في صفوف قوات النظام خلال الشهر الماضي.", [30, "2022-02-01"]],
  ] as Array<[string, string, [number | null, string | null]]>)("%s", (_label, body, [best, start]) => {
    const [e, ...rest] = run(body);
    expect(rest).toEqual([]);
    expect(e.count?.best ?? null).toBe(best);
    if (start) expect(e.date.start).toBe(start);
  });
});

describe("non-events", () => {
  it.each([
    ["killed", "قُتل 12 عنصراً من الدفاع الوطني في هجوم على حاجز قرب السخنة أمس."],
    ["recruitment", "افتتح الفيلق الخامس مكتباً لتسجيل المنتسبين الجدد في مدينة الميادين ويقدم راتباً شهرياً."],
    ["conscription flight", "فرّ عشرات الشبان من مدينة الرقة هرباً من التجنيد الإجباري الذي تفرضه قسد."],
    ["a prison break", "تمكن 20 سجيناً من الفرار من سجن تابع لقسد في الحسكة."],
    ["dismissal", "سرّحت ميليشيا لواء القدس 40 عنصراً من صفوفها بسبب رفضهم القتال."],
    ["a trend", "تتزايد حالات الانشقاق في صفوف الميليشيات الإيرانية خلال الأشهر الأخيرة."],
    // (round 14) a trend with a figure is a tally only under «رصد»: with another verb, and a long period, still none
    ["a trend with a figure, no «رصد»", "تتزايد حالات الانشقاق في صفوف الميليشيات الإيرانية منذ عام 2019 وبلغت 300 حالة."],
    // (round 15) a vague quantity of incidents with no period: a trend (as «لوحظ حالات انشقاق …»), observed or recorded
    ["dozens of cases, no period", "رصد المرصد عشرات حالات الانشقاق في صفوف قوات النظام."],
    ["hundreds of cases recorded, no period", "سجّلت شبكة محلية مئات حالات الفرار في صفوف قسد."],
    // … «سجّل» with no plural of incidents after it records something else
    ["«سجّل» over one incident's figure of another kind", "سجّلت قسد تقدماً على حساب داعش وقتل 12 عنصراً من التنظيم أمس."],
    ["an intention", "تخشى قيادة الدفاع الوطني من فرار المزيد من عناصرها نحو مناطق قسد."],
    ["a unit's own withdrawal", "ترك الطيران الروسي أثراً واضحاً على مواقعهم في ريف حماة أمس."],
    ["civilians crossing a border", "عبر نحو 500 مدني الحدود إلى تركيا هرباً من قصف قوات النظام على قراهم أمس."],
    ["civilians crossing, plural verb", "قالت مصادر إن عشرات العائلات عبروا الحدود إلى الأردن هرباً من قصف قوات النظام."],
    ["civilians fleeing, two sentences after a group", "شنت قوات النظام هجوماً على البلدة أمس. وقالت مصادر إن الاشتباكات استمرت ساعات. وفرّ عشرات المدنيين من البلدة باتجاه الحقول مساء أمس."],
    ["residents fleeing, two sentences after a group", "قصفت طائرات روسية مواقع لهيئة تحرير الشام في ريف إدلب. وأوضح المرصد أن الغارات أسفرت عن مقتل 4 مدنيين. وهرب السكان من القرية فجر اليوم."],
    ["a student", "تخلّف عشرات الطلاب من أبناء البلدة عن الامتحانات بسبب القصف."],
    ["talk about defection", "يرى محللون أن كل انشقاق جديد عن جيش النظام يفتح الباب أمام انشقاق آخر، وأن الانشقاق عن الجيش بات خياراً صعباً."],
  ])("%s", (_label, body) => {
    expect(run(body)).toEqual([]);
  });
});

// (round 16) a defector's testimony quoted after the incident: «أحد المنشقين» is one of the men told (cues.ts
// oneOfThem), and «انشققنا» after it takes no figure from before it (candidates.ts, lexicon SPEAKERS_OWN)
describe("a defector's testimony", () => {
  const told = "انشق 12 عنصراً من قوات النظام أمس ووصلوا إلى مناطق سيطرة المعارضة.";
  it.each([
    ["a motive", `${told} وقال أحد المنشقين لعنب بلدي: "قررنا ترك مواقعنا بعد أن تأخرت رواتبنا أشهراً".`, [["syrian-army", 12]]],
    ["the flight in the first person", `${told} وقال أحد المنشقين لعنب بلدي: "انشققنا لأننا رفضنا قتال أهلنا".`, [["syrian-army", 12]]],
    ["one of the men, their noun first", `${told} وروى أحد العناصر المنشقين: "خرجنا ليلاً دون أن يرانا أحد".`, [["syrian-army", 12]]],
    // negatives: one of the group's men is a man of his own; one man telling his own defection counts one
    ["one of the group's men", "انشق أحد عناصر قوات النظام أمس ووصل إلى مناطق سيطرة المعارضة.", [["syrian-army", 1]]],
    ["one man by his own words", 'وقال الملازم خالد العلي لعنب بلدي: "انشققت عن الفرقة 17 أمس ووصلت إلى إدلب".', [["17th-division", 1]]],
    ["eleven", "وصل أحد عشر عنصراً منشقاً عن قوات النظام إلى إدلب أمس.", [["syrian-army", 11]]],
  ])("%s", (_label, body, expected) => {
    expect(run(body).map((e) => [e.groups[0]?.id, e.count?.best ?? null])).toEqual(expected);
  });
});
