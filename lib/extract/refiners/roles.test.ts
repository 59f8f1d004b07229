/** The group left: the army implied by soldier nouns, the group of an earlier sentence the text continues, the group joined then left. */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../arabic/normalize";
import { findGroupMentions } from "../groups";
import { tokenize } from "../tokens";
import { findTriggers } from "../triggers";
import { brief, run } from "./corpus";
import { leftTheGroupJoined, subjectStart } from "./roles";

/** [text, the groups of each event]: positives and negatives of the roles read beyond the trigger's sentence. */
const ROLE_EXAMPLES: Array<[string, string[][]]> = [
  // soldier nouns with no group named are the army's
  ["انشق ثلاثون عسكرياً أمس في ريف درعا.", [["syrian-army"]]],
  ["انشق خمسة ضباط أمس في ريف حماة.", [["syrian-army"]]],
  ["فرّ عشرات الجنود من ثكناتهم أمس.", [["syrian-army"]]],
  ["انشق مئات العسكريين أمس في ريف درعا.", [["syrian-army"]]],
  // … but in a story that told a leaving from a group the sentence before, its soldiers are that group's men
  ["نجح عدد من العناصر العرب في قسد صباح اليوم في الانشقاق عنها. وقالت مصادر إن أكثر من 5 جنود وصلوا بعد انشقاقهم إلى مدينة البصيرة.", [["sdf"]]],
  ["ذكرت مصادر أن قسد اعتقلت قادتها إثر انشقاق عشرات العناصر وانتقالهم إلى مناطق الحكومة. وجاءت الاعتقالات أمس عقب انشقاق نحو 44 عسكرياً في المنطقة وانتقالهم إلى مناطق الحكومة.", [["sdf"]]],
  // (a sentence before that tells no leaving makes no story of its group: the army's soldiers still)
  ["قصفت قوات قسد القرية أمس. وانشق ثلاثون عسكرياً أمس في ريف درعا.", [["syrian-army"]]],
  ["وصل 3 عناصر من ميليشيا الدفاع الوطني إلى إدلب أمس. وأعلن المركز انشقاق 40 عسكرياً أمس.", [["syrian-army"]]],
  // (round 15) … nor a story the text turned from («وفي سياق آخر»، «من جهة أخرى»، «على صعيد آخر»، the next item of a list)
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. وفي سياق آخر، انشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["syrian-army"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة.\nمن جهة أخرى، أعلن ناشطون انشقاق 25 جندياً في ريف درعا.", [["sdf"], ["syrian-army"]]],
  ["أبرز الأحداث:\n- انشق 4 عناصر من قسد أمس في ريف الحسكة.\n- انشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["syrian-army"]]],
  // (round 16) … an item coordinated by «و» goes on with the story (its soldiers its group's); the «و» of a root does not
  ["أبرز الأحداث:\n- انشق 4 عناصر من قسد أمس في ريف الحسكة.\n- وانشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["sdf"]]],
  ["أبرز الأحداث:\n- انشق 4 عناصر من قسد أمس في ريف الحسكة.\n- وصل 30 عسكرياً منشقاً إلى ريف القنيطرة.", [["sdf"], ["syrian-army"]]],
  // … but a related topic, or no turn, goes on with the story: its soldiers are its group's (a lone marked line is no list)
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة.\n● انشق 30 عسكرياً في ريف الحسكة.", [["sdf"], ["sdf"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. وفي سياق متصل، انشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["sdf"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. انشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["sdf"]]],
  // (r15-digest2) «كما» with a verb of telling and a teller of its own (indefinite, or a body named by its name) turns too …
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. كما أعلن ناشطون انشقاق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["syrian-army"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. كما أعلن اتحاد تنسيقيات الثورة السورية تأمين انشقاق 170 عسكرياً في ريف القنيطرة.", [["sdf"], ["syrian-army"]]],
  // … and so does «كما» with a day of its own between its verb and its subject (a new happening) …
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. كما انشق اليوم 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["syrian-army"]]],
  // … but not when it tells more of the story's men («آخرون»)
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. كما انشق اليوم 30 عسكرياً آخرون في المنطقة.", [["sdf"], ["sdf"]]],
  // … but «كما» with no teller, the story's teller («المصادر»، «الوكالة» alone) or a pronoun adds to the story
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. كما انشق 30 عسكرياً آخرون في المنطقة.", [["sdf"], ["sdf"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. كما أفادت المصادر بانشقاق 25 جندياً في المنطقة.", [["sdf"], ["sdf"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. كما ذكرت الوكالة أن 12 عسكرياً انشقوا أيضاً.", [["sdf"], ["sdf"]]],
  // (r15-digest3) «إلى ذلك،» at the sentence's head, set off by a comma, adds another item of news …
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. إلى ذلك، انشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["syrian-army"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة.\nوإلى ذلك، أعلن ناشطون انشقاق 25 جندياً في ريف درعا.", [["sdf"], ["syrian-army"]]],
  // … but not headed by a noun of adding («وبالإضافة إلى ذلك،»), nor with no comma («إلى ذلك الحين»), nor inside the sentence
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. وبالإضافة إلى ذلك، انشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["sdf"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. وإلى ذلك الحين انشق 30 عسكرياً في ريف القنيطرة.", [["sdf"], ["sdf"]]],
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. وأشار المصدر إلى ذلك، وقال إن 30 عسكرياً انشقوا في المنطقة.", [["sdf"], ["sdf"]]],
  // (a turn inside the sentence, not at its opening, turns nothing: «بين X من جهة، وY من جهة أخرى»)
  ["انشق 4 عناصر من قسد أمس في ريف الحسكة. وقالت مصادر إن 30 جندياً انشقوا بعد اشتباكات بين قسد من جهة والعشائر من جهة أخرى.", [["sdf"], ["sdf"]]],
  // … but fighters with no group are nobody's (no event)
  ["انشق خمسة مقاتلين أمس في ريف حماة.", []],
  // (round 14) the group left told by its pronoun is the one the sentence before named, even with a side named after
  ["تنتشر ميليشيا الدفاع الوطني في المنطقة منذ سنوات. وانشق سبعة عناصر من صفوفها أمس وسلّموا أنفسهم لقوى الأمن الداخلي \"الأسايش\".", [["ndf"]]],
  ["يسيطر تنظيم داعش على عدد من القرى. وانشق 12 عنصراً عنه أمس وسلّموا أنفسهم لقوى الأمن الداخلي \"الأسايش\".", [["isis"]]],
  // … but a group named by the verb is the one left, whatever the sentence before named
  ["تنتشر ميليشيا الدفاع الوطني في المنطقة منذ سنوات. وانشق سبعة عناصر من الفرقة الرابعة أمس.", [["4th-division"]]],
  ["اعترفت قسد بفرار 12 عنصراً من صفوفها أمس.", [["sdf"]]],
  // the sentence before names the group the text continues
  ["فرّ سبعة عناصر من ميليشيا الدفاع الوطني أمس. وقالت المصادر إن العناصر فروا نحو مناطق قسد.", [["ndf"]]],
  // the helper, the captor and the enemy are never the group left
  ["وصل 7 منشقين عن قوات النظام إلى الشمال السوري بتأمين من الجيش الوطني السوري أمس.", [["syrian-army"]]],
  ["تمكن ضابط من الفرار من صفوف الحرس الجمهوري بمساعدة فصائل المعارضة ووصل إلى إدلب أمس.", [["republican-guard"]]],
  ["ضبطت دورية للأمن العسكري 6 عناصر من الفرقة الرابعة أثناء محاولتهم الفرار إلى لبنان أمس.", [["4th-division"]]],
  ["فرّ 9 عناصر من ميليشيا لواء القدس في مواجهة هيئة تحرير الشام على جبهة ريف حلب أمس.", [["liwa-al-quds"]]],
  // the people's group told in the next sentence by a verb of belonging, and only so
  ["سلّم 43 مسلحاً أنفسهم للجيش في ريف حمص اليوم. وذكر المراسل أن المسلحين ينتمون إلى ما يسمى جيش الإسلام.", [["jaysh-al-islam"]]],
  ["سلّم 43 مسلحاً أنفسهم للجيش في ريف حمص اليوم. وذكر المراسل أن جيش الإسلام يسيطر على المنطقة.", []],
  // … nor the group of the one who tells the news
  ["قال مصدر عسكري في الجيش الوطني السوري إن خمسة عناصر من قسد انشقوا ووصلوا إلى مدينة الباب أمس.", [["sdf"]]],
  ["قال مصدر عسكري في الجيش الوطني السوري إن خمسة عناصر انشقوا ووصلوا إلى مدينة الباب أمس.", []],
  // a join is a defection from the group the people came from; with none it is recruitment
  ["انضم 20 عنصراً من قسد إلى الجيش الوطني السوري أمس.", [["sdf"]]],
  ["التحق 12 عنصراً من الفرقة الرابعة بصفوف هيئة تحرير الشام أمس.", [["4th-division"]]],
  // "بـ" after the subject of التحق is the group joined
  ["التحق 5 جنود من قوات النظام بالجيش الحر في ريف حمص أمس.", [["syrian-army"]]],
  // the regime's "returned to the homeland's embrace": the group in the subject is the one left
  ["عاد 30 مسلحاً من جبهة النصرة إلى حضن الوطن أمس وسلّموا أسلحتهم للجيش.", [["nusra"]]],
  ["انضم 200 شاب من أبناء دير الزور إلى صفوف الدفاع الوطني أمس.", []],
  // … and it is a defection only to another armed group: reinforcements joining a front, troops moving to a town are not
  ["التحق 500 عنصر من الفيلق الخامس بجبهات ريف إدلب أمس.", []],
  ["انتقلت قوات من الفرقة الرابعة إلى ريف إدلب أمس.", []],
  ["فر تسعة عناصر من الدفاع الوطني أمس. وانضموا إلى قوات سوريا الديمقراطية في ريف الحسكة.", [["ndf"]]],
  // no group anywhere before: nothing to continue
  ["قال مصدر أمس إن قوات النظام قصفت البلدة. وقالت المصادر إن عناصر فروا.", []],
];

describe("roles: the group left", () => {
  it.each(ROLE_EXAMPLES)("%s", (text, groups) => {
    expect(run(text).map((e) => brief(e).groups)).toEqual(groups);
  });
});

describe("leftTheGroupJoined", () => {
  const prepared = (s: string) => {
    const text = normalizeArabic(s).text;
    const tokens = tokenize(text);
    return { tokens, groups: findGroupMentions(text, tokens), triggers: findTriggers(tokens) };
  };
  it("credits the group joined in between when they went back to the first", () => {
    const { groups, triggers } = prepared("ترك الجيش الوطني السوري والتحق بهيئة تحرير الشام، ثم عاد إلى الجيش الوطني السوري وانشق");
    const member = groups.filter((g) => g.role === "member" && g.id === "sna").slice(0, 1);
    const last = triggers[triggers.length - 1];
    expect(leftTheGroupJoined(groups, member, last, 0).map((g) => g.id)).toEqual(["hts"]);
  });
  it("keeps the group when nobody went back to it", () => {
    const { groups, triggers } = prepared("ترك الجيش الوطني السوري والتحق بهيئة تحرير الشام وانشق");
    const member = groups.filter((g) => g.role === "member" && g.id === "sna").slice(0, 1);
    const last = triggers[triggers.length - 1];
    expect(leftTheGroupJoined(groups, member, last, 0).map((g) => g.id)).toEqual(["sna"]);
  });
});

describe("subjectStart", () => {
  it("finds the subject between كان and قد", () => {
    const tokens = tokenize(normalizeArabic("وكان القيادي أبو محمد قد انشق").text);
    const [t] = findTriggers(tokens);
    expect(subjectStart(tokens, t, 0)).toBe(1);
  });
  it("is -1 without قد, or with nothing between كان and قد", () => {
    for (const s of ["وكان القيادي أبو محمد انشق", "وكان قد انشق"]) {
      const tokens = tokenize(normalizeArabic(s).text);
      const [t] = findTriggers(tokens);
      expect(subjectStart(tokens, t, 0)).toBe(-1);
    }
  });
});
