/** Folding tellings into incidents: one incident told twice is one event; a follow-up incident is its own. */
import { describe, expect, it } from "vitest";
import { brief, run } from "./corpus";

/** [text, the events as kind/groups/count]. */
const INCIDENT_EXAMPLES: Array<[string, Array<[string, string[], [number, number, number] | null]>]> = [
  // one incident told twice (vague, then its figure): one event with the figure
  ["فرّ عدة عناصر من ميليشيا لواء الباقر أمس. وأكدت المصادر فرار سبعة عناصر من لواء الباقر نحو مناطق قسد.", [["defection", ["liwa-al-baqir"], [7, 7, 7]]]],
  // a follow-up incident of another group on another day: two events
  ["انشق عنصران من الفرقة الرابعة أمس، فيما فرّ ثلاثة عناصر آخرون من ميليشيا الدفاع الوطني في حادثة منفصلة يوم الاثنين.", [["defection", ["4th-division"], [2, 2, 2]], ["desertion", ["ndf"], [3, 3, 3]]]],
  // a unit written as the group's name ("كتيبة …") is no count of units: the second telling joins the first
  ["انشق خمسة عناصر من كتيبة الاقتحام فجر اليوم. وأوضح مصدر أن العناصر من كتيبة الاقتحام كانوا في مهمة حراسة ففرّوا منها إلى نقطة للأسايش.", [["defection", ["كتيبة الاقتحام"], [5, 5, 5]]]],
  // those who made it and those caught trying in the same sentence are two incidents
  ["تمكن 4 عناصر من الفرار من صفوف الفرقة الرابعة صباح اليوم، فيما ألقت دورية للفرقة القبض على عنصرين آخرين أثناء محاولتهما الفرار.", [["desertion", ["4th-division"], [4, 4, 4]], ["attempted", ["4th-division"], [2, 2, 2]]]],
  // the report states the militia belongs to the army: the army's wave and the militia's figure are one incident
  ["شهدت صفوف قوات النظام اليوم موجة انشقاق جديدة تمثلت في فرار مجموعة من العناصر. وقالت مصادر إن خمسة عناصر من الدفاع الوطني انشقوا فجر اليوم. وقال قيادي في الدفاع الوطني التابع لقوات النظام إن الشرطة داهمت منازلهم.", [["defection", ["ndf"], [5, 5, 5]]]],
  // … but without that statement the two are not known to be one
  ["شهدت صفوف قوات النظام اليوم موجة انشقاق جديدة تمثلت في فرار مجموعة من العناصر. وقالت مصادر إن خمسة عناصر من الدفاع الوطني انشقوا فجر اليوم.", [["desertion", ["syrian-army"], null], ["defection", ["ndf"], [5, 5, 5]]]],
  // one incident told again with the group's parent, a unit of it or another of its names: one event, shown with the unit
  ["انشق 12 عنصراً من قوات النظام أمس. وأفادت مصادر بانشقاق 12 عنصراً من الفرقة الرابعة أمس.", [["defection", ["4th-division"], [12, 12, 12]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة أمس. وبذلك يكون 12 عنصراً من قوات النظام قد فرّوا أمس.", [["defection", ["4th-division"], [12, 12, 12]]]],
  // the next sentence names their unit by a verb of belonging (not another group: "ينتمون إلى الجيش الوطني" after قسد)
  ["انشق 12 عنصراً من قوات النظام أمس. وينتمي العناصر المنشقون إلى الفرقة الرابعة.", [["defection", ["4th-division"], [12, 12, 12]]]],
  ["انشق 12 عنصراً من قسد أمس. وينتمي العناصر المنشقون إلى الجيش الوطني.", [["defection", ["sdf"], [12, 12, 12]]]],
  // a part of the people told ("ثلاثة من العناصر الفارين") is no incident of its own, dated or not, and keeps the figure
  ["انشق نحو 40 عنصراً من قسد أمس. وتمكن ثلاثة من العناصر الفارين من الأسايش من الوصول إلى مناطق المعارضة.", [["defection", ["asayish"], [32, 40, 48]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة أمس. ووصل اثنان من المنشقين عن قوات النظام إلى إدلب أمس.", [["defection", ["4th-division"], [12, 12, 12]]]],
  // … but more than were told, another day, or others ("آخرون") are their own incident; so is a sister unit's
  ["انشق عنصران من الفرقة الرابعة أمس. ووصل ثلاثة من المنشقين عن قوات النظام إلى إدلب.", [["defection", ["4th-division"], [2, 2, 2]], ["defection", ["syrian-army"], [3, 3, 3]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة أمس. كما انشق ثلاثة عناصر آخرون من قوات النظام.", [["defection", ["4th-division"], [12, 12, 12]], ["defection", ["syrian-army"], [3, 3, 3]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة أمس. وأفادت مصادر بانشقاق 12 عنصراً من الحرس الجمهوري أمس.", [["defection", ["4th-division"], [12, 12, 12]], ["defection", ["republican-guard"], [12, 12, 12]]]],
  // (round 15) a telling after a turn to another story («وفي سياق آخر»، «من جهة أخرى»، «على صعيد آخر», the next item of a
  // list) continues no incident told before the turn: another incident of the same group
  ["انشق 5 عناصر من قسد في ريف الحسكة. وفي سياق آخر، انشق اليوم 14 عنصراً من قوات النظام. وقال مصدر إن مجموعة من قسد انشقت أيضاً.", [["defection", ["sdf"], [5, 5, 5]], ["defection", ["syrian-army"], [14, 14, 14]], ["defection", ["sdf"], null]]],
  ["أبرز الأحداث:\n- انشق 5 عناصر من قسد في ريف الحسكة.\n- أعلن ناشطون انشقاق مجموعة من قسد في ريف دير الزور.", [["defection", ["sdf"], [5, 5, 5]], ["defection", ["sdf"], null]]],
  // (r15-digest2) … and so does «كما» with a verb of telling and a teller of its own (roles.ts turnsToAnotherStory)
  ["انشق 5 عناصر من قسد في ريف الحسكة. كما تحدث نشطاء، الجمعة، عن انشقاق مجموعة من قسد في ريف دير الزور.", [["defection", ["sdf"], [5, 5, 5]], ["defection", ["sdf"], null]]],
  ["انشق 5 عناصر من قسد في ريف الحسكة. كما ذكرت وكالة الأناضول أمس انشقاق مجموعة من قسد في ريف دير الزور.", [["defection", ["sdf"], [5, 5, 5]], ["defection", ["sdf"], null]]],
  ["انشق 5 عناصر من قسد في ريف الحسكة. كما انشق اليوم 14 عنصراً من قوات النظام في مدينة دير الزور. وقال مصدر إن مجموعة من قسد انشقت أيضاً.", [["defection", ["sdf"], [5, 5, 5]], ["defection", ["syrian-army"], [14, 14, 14]], ["defection", ["sdf"], null]]],
  // (r15-digest2) «ويأتي ذلك بعد …»، «وجاء ذلك عقب …» tells an earlier happening: no retelling of the story's incident …
  ["انشق 30 عسكرياً من قوات النظام أمس في ريف درعا. ويأتي ذلك بعد انشقاق 7 عناصر عن الفرقة الرابعة.", [["defection", ["syrian-army"], [30, 30, 30]], ["defection", ["4th-division"], [7, 7, 7]]]],
  ["انشق 30 عسكرياً من قوات النظام أمس في ريف درعا. وجاء ذلك عقب انشقاق 7 عناصر عن الحرس الجمهوري.", [["defection", ["syrian-army"], [30, 30, 30]], ["defection", ["republican-guard"], [7, 7, 7]]]],
  // … but the unit's men told with no such clause retell it
  ["انشق 30 عسكرياً من قوات النظام أمس في ريف درعا. وأوضحت مصادر أن الانشقاق شمل 7 عناصر من الفرقة الرابعة.", [["defection", ["4th-division"], [30, 30, 30]]]],
  // … nor, as a loose retelling, the latest incident of its lineage (a unit's men after the army's, in the next item; an item opening with «و» would go on with the story, roles.ts)
  ["أبرز الأحداث:\n- عبر ألفا جندي من الجيش السوري إلى العراق. وسمحت السلطات لمئات الجنود الفارين بالعبور.\n- أوضحت مراسلة أن الانشقاق شمل 7 عناصر من الفرقة الرابعة.", [["desertion", ["syrian-army"], [2000, 2000, 2000]], ["defection", ["4th-division"], [7, 7, 7]]]],
  // … but with no turn, or a related topic («وفي سياق متصل»), it continues the incident of its group told before
  ["انشق 5 عناصر من قسد في ريف الحسكة. وانشق اليوم 14 عنصراً من قوات النظام. وقال مصدر إن مجموعة من قسد انشقت أيضاً.", [["defection", ["sdf"], [5, 5, 5]], ["defection", ["syrian-army"], [14, 14, 14]]]],
  ["انشق 5 عناصر من قسد في ريف الحسكة. وفي سياق متصل، أعلن ناشطون انشقاق مجموعة من قسد.", [["defection", ["sdf"], [5, 5, 5]]]],
  // … and «كما» with the story's teller («المصادر») or none adds to the story
  ["انشق 5 عناصر من قسد في ريف الحسكة. كما أفادت المصادر بانشقاق مجموعة من قسد.", [["defection", ["sdf"], [5, 5, 5]]]],
  ["انشق 5 عناصر من قسد في ريف الحسكة. كما انشقت مجموعة من قسد.", [["defection", ["sdf"], [5, 5, 5]]]],
  ["انشق 5 عناصر من قسد في ريف الحسكة. كما انشق 14 عنصراً من قوات النظام في مدينة دير الزور. وقال مصدر إن مجموعة من قسد انشقت أيضاً.", [["defection", ["sdf"], [5, 5, 5]], ["defection", ["syrian-army"], [14, 14, 14]]]],
  // … and so does a list item's own second sentence (the item is one story)
  ["أبرز الأحداث:\n- انشق 5 عناصر من قسد في ريف الحسكة. وأكد ناشطون انشقاق عناصر من قسد هناك.\n- قصفت قوات النظام ريف إدلب.", [["defection", ["sdf"], [5, 5, 5]]]],
  // (r17-shapes) the list's first item turns from nothing: it tells the headline's story (a kicker before it or not)
  ["وصلوا إلى إدلب.. انشقاق 12 عنصراً من قسد\n- نقلت وكالة الأناضول عن مصادر خاصة، الأحد، أن 12 عنصراً من قسد انشقوا ووصلوا إلى إدلب.\n- وسلّم المنشقون أسلحتهم لفصائل المعارضة.", [["defection", ["sdf"], [12, 12, 12]]]],
  // … a later item on «وقد» or «أما … فـ» goes on with the story; «كما» with a day of its own opens another
  ["أبرز الأحداث:\n- انشق 12 عنصراً من قسد أمس في ريف الحسكة.\n- وتوجه المنشقون إلى مناطق المعارضة.\n- وقد أعلن العناصر الـ12 انشقاقهم عن قسد في تسجيل مصور.", [["defection", ["sdf"], [12, 12, 12]]]],
  ["أبرز الأحداث:\n- انشق 12 عنصراً من قسد أمس في ريف الحسكة.\n- وتوجه المنشقون إلى مناطق المعارضة.\n- أما العناصر الـ12 فقد انشقوا بعد تأخر رواتبهم أشهراً.", [["defection", ["sdf"], [12, 12, 12]]]],
  ["أبرز الأحداث:\n- انشق 12 عنصراً من قسد أمس في ريف الحسكة.\n- كما انشق اليوم 7 عناصر من قسد في ريف الرقة.", [["defection", ["sdf"], [12, 12, 12]], ["defection", ["sdf"], [7, 7, 7]]]],
  // a total that grows replaces the figure told before
  ["انشق 8 عناصر من الفرقة الرابعة فجر اليوم، قبل أن يرتفع عدد المنشقين إلى 15 عنصراً.", [["defection", ["4th-division"], [15, 15, 15]]]],
  // a tally since an earlier day told in the incident's own sentence is its own incident (conventions: kept as written)
  ["انشق 8 عناصر من الفرقة الرابعة أمس، ليرتفع عدد المنشقين عنها منذ مطلع العام إلى 60 عنصراً.", [["defection", ["4th-division"], [8, 8, 8]], ["defection", ["4th-division"], [60, 60, 60]]]],
  // (round 13) … and so it is in a sentence after an incident of the very same group, by its name or an alias
  // ("عدد"، "حصيلة"، "مجموع"، "إجمالي" alike; the gold keeps it "separate as written", dev-reports d41) …
  ["انشق 8 عناصر من الفرقة الرابعة أمس. وبذلك يرتفع عدد المنشقين عن الفرقة الرابعة منذ مطلع العام إلى 60 عنصراً.", [["defection", ["4th-division"], [8, 8, 8]], ["defection", ["4th-division"], [60, 60, 60]]]],
  ["فرّ 12 عنصراً من قوات النظام أمس. وارتفعت حصيلة الفارين من قوات النظام منذ بداية العام إلى 340 عنصراً.", [["desertion", ["syrian-army"], [12, 12, 12]], ["desertion", ["syrian-army"], [340, 340, 340]]]],
  ["انشق 12 عنصراً من قوات النظام أمس. وبلغ إجمالي المنشقين عن قوات النظام خلال الشهر الجاري 90 عنصراً.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["syrian-army"], [90, 90, 90]]]],
  ["انشق 12 عنصراً من #قسد أمس. وبلغ عدد المنشقين عن قوات سوريا الديمقراطية منذ مطلع الشهر الجاري 40 عنصراً.", [["defection", ["sdf"], [12, 12, 12]], ["defection", ["sdf"], [40, 40, 40]]]],
  // … as is a total of the incident's parent (twins family, apart/monthly-total)
  ["انشق 12 عنصراً من الفرقة الرابعة أمس. وبلغ إجمالي المنشقين عن قوات النظام خلال الشهر الجاري 90 عنصراً.", [["defection", ["4th-division"], [12, 12, 12]], ["defection", ["syrian-army"], [90, 90, 90]]]],
  // … but with no incident of its group before it, a total with its own period is an event of that period
  ["وارتفعت حصيلة الفارين من قوات النظام منذ بداية العام إلى 340 عنصراً.", [["desertion", ["syrian-army"], [340, 340, 340]]]],
  ["بلغ مجموع المنشقين عن قسد خلال الشهر الماضي 45 عنصراً.", [["defection", ["sdf"], [45, 45, 45]]]],
  ["انشق 12 عنصراً من هيئة تحرير الشام أمس. وارتفعت حصيلة الفارين من قوات النظام منذ بداية العام إلى 340 عنصراً.", [["defection", ["hts"], [12, 12, 12]], ["desertion", ["syrian-army"], [340, 340, 340]]]],
  // a reference to people already told opens nothing
  ["انشق ستة عناصر من الفرقة الرابعة أمس. وقالت المصادر إن العناصر الذين فروا وصلوا إلى إدلب.", [["defection", ["4th-division"], [6, 6, 6]]]],
  // "وفي حادثة أخرى/منفصلة/مماثلة": the connective says the next telling is another incident, even with the same
  // group and figure and no date or place of its own (r9-leftovers)
  ["انشق 5 عناصر من الفرقة الرابعة يوم الاثنين في ريف درعا. وفي حادثة أخرى، انشق 5 عناصر من الفرقة الرابعة.", [["defection", ["4th-division"], [5, 5, 5]], ["defection", ["4th-division"], [5, 5, 5]]]],
  ["فرّ 3 عناصر من الدفاع الوطني أمس في ريف حمص. وفي حادثة منفصلة فرّ 3 عناصر من الدفاع الوطني.", [["desertion", ["ndf"], [3, 3, 3]], ["desertion", ["ndf"], [3, 3, 3]]]],
  ["انشق عنصران من قسد أمس. وفي واقعة مماثلة، انشق عنصران من قسد ووصلا إلى مدينة الباب.", [["defection", ["sdf"], [2, 2, 2]], ["defection", ["sdf"], [2, 2, 2]]]],
  ["انشق 7 عناصر من الفيلق الخامس أمس. وفي حادث آخر، انشق عناصر من الفيلق الخامس.", [["defection", ["5th-corps"], [7, 7, 7]], ["defection", ["5th-corps"], null]]],
  ["انشق 4 عناصر من الفرقة الرابعة أمس. وفي سياق آخر، أفادت مصادر بانشقاق 4 عناصر من الفرقة الرابعة.", [["defection", ["4th-division"], [4, 4, 4]], ["defection", ["4th-division"], [4, 4, 4]]]],
  // … but "في سياق متصل" only links the topic, and "الحادثة ذاتها" is the same incident: one event
  ["انشق 5 عناصر من الفرقة الرابعة يوم الاثنين في ريف درعا. وفي سياق متصل، انشق 5 عناصر من الفرقة الرابعة.", [["defection", ["4th-division"], [5, 5, 5]]]],
  ["فرّ 3 عناصر من الدفاع الوطني أمس. وفي الحادثة ذاتها، فرّ 3 عناصر من الدفاع الوطني نحو مناطق المعارضة.", [["defection", ["ndf"], [3, 3, 3]]]],
  // a pluperfect retelling ("وكان 12 عنصراً قد فروا …") with the same group and figure and days that meet is the
  // same incident (r9-leftovers) …
  ["انشق 12 عنصراً من الفرقة الرابعة يوم الاثنين في ريف درعا. وكان 12 عنصراً قد فروا من الفرقة الرابعة يوم الاثنين.", [["defection", ["4th-division"], [12, 12, 12]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة يوم الاثنين في ريف درعا. وكان 12 عنصراً من الفرقة الرابعة قد فروا.", [["defection", ["4th-division"], [12, 12, 12]]]],
  ["انشق نحو 40 عنصراً من قسد أمس. وكان نحو 40 عنصراً من قسد قد انشقوا أمس.", [["defection", ["sdf"], [32, 40, 48]]]],
  // … unless something differs: another date, group or place, or "آخرون"
  ["انشق 12 عنصراً من الفرقة الرابعة يوم الاثنين. وكان 12 عنصراً قد فروا من الفرقة الرابعة يوم الأحد.", [["defection", ["4th-division"], [12, 12, 12]], ["desertion", ["4th-division"], [12, 12, 12]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة يوم الاثنين. وكان 12 عنصراً من الدفاع الوطني قد فروا يوم الاثنين.", [["defection", ["4th-division"], [12, 12, 12]], ["desertion", ["ndf"], [12, 12, 12]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة يوم الاثنين في ريف درعا. وكان 12 عنصراً قد فروا من الفرقة الرابعة يوم الاثنين في ريف حمص.", [["defection", ["4th-division"], [12, 12, 12]], ["desertion", ["4th-division"], [12, 12, 12]]]],
  ["انشق 12 عنصراً من الفرقة الرابعة يوم الاثنين. وكان 12 عنصراً آخرين قد فروا من الفرقة الرابعة يوم الاثنين.", [["defection", ["4th-division"], [12, 12, 12]], ["desertion", ["4th-division"], [12, 12, 12]]]],
  // (round 16) a total beyond any one incident (its figure set aside as a magnitude) is no telling of an incident with a
  // figure: its own event, uncounted …
  ["انشق 5 عناصر من قوات النظام أمس. وانشق عن جيش النظام منذ عام 2011 أكثر من 100 ألف عسكري، بحسب تقديرات.", [["defection", ["syrian-army"], [5, 5, 5]], ["defection", ["syrian-army"], null]]],
  // … but a figureless incident still takes a figure's retelling, and a plausible total is counted as told
  ["انشق عناصر من قوات النظام أمس. وانشق عن قوات النظام أمس 5 عناصر.", [["defection", ["syrian-army"], [5, 5, 5]]]],
];

describe("incidents", () => {
  it.each(INCIDENT_EXAMPLES)("%s", (text, events) => {
    expect(run(text).map((e) => { const b = brief(e); return [b.kind, b.groups, b.count]; })).toEqual(events);
  });
});

describe("the headline", () => {
  // A headline sums up the lead incident: its trigger is evidence of the first event, not of a background
  // incident of a unit of the same army told at the end (which once stretched that event's evidence over the whole text).
  it.each([
    "انشقاق عناصر من جيش النظام على جبهات الشمال\nانشق 10 عناصر من قوات النظام على جبهات ريف إدلب أمس. وكان عناصر من الفيلق الخامس قد انشقوا عن الفيلق أواخر العام الماضي على جبهات ريف حماة.",
    "فرار عناصر من قوات النظام\nفرّ 6 عناصر من قوات النظام في ريف درعا أمس. وكان عناصر من الفرقة الرابعة قد فرّوا منها مطلع العام الماضي.",
  ])("%s", (text) => {
    const events = run(text);
    expect(events.length).toBe(2);
    const headlineEnd = text.indexOf("\n");
    const inHeadline = (e: (typeof events)[number]) => e.evidence.spans.some((s) => s.role === "trigger" && s.end <= headlineEnd);
    expect(events.map(inHeadline)).toEqual([true, false]);
  });
});
