/**
 * Short reports written for the invariance suite (invariance.test.ts), each with the events the
 * conventions ask for (group id, {low, best, high}, kind). Together they give every perturbation
 * something to rewrite: hamzas, ة/ى/ي at word ends, و and ب glued or apart, digits and number words,
 * a verb before its counted subject (with من and عن), the groups under several names and with or
 * without their kind word, reporting frames, a ", و" after the incident, and negatives.
 */
import { groupById } from "../../extract/gazetteer";
import { ev, type ConventionCase, type ExpectedEvent } from "../../extract/conventions/types";
import type { GoldEvent } from "../gold";

const base = (id: string, text: string, events: ConventionCase["events"]): ConventionCase => ({ id: `checklist/${id}`, text, events });

export const CHECKLIST_CASES: ConventionCase[] = [
  base("ndf-verb-min", "انشقاق عناصر من الدفاع الوطني\nانشق 5 عناصر من ميليشيا الدفاع الوطني في ريف حمص أمس، وتوجهوا إلى مناطق سيطرة المعارضة.", [ev("ndf", 5)]),
  base("army-flee-verb", "فرار جنود في درعا\nفرّ 12 جندياً من قوات النظام يوم الجمعة من مواقعهم في ريف درعا، وما زال مصيرهم مجهولاً.", [ev("syrian-army", 12, "desertion")]),
  base("sdf-words-an", "انشقاق في صفوف قسد\nانشق سبعة مقاتلين عن قوات سوريا الديمقراطية أمس، ووصلوا إلى مناطق سيطرة الجيش الوطني.", [ev("sdf", 7)]),
  base("4th-masdar", "هروب عناصر من الفرقة الرابعة\nسُجّل هروب 14 عنصراً من الفرقة الرابعة أمس في ريف دمشق، وانضموا إلى فصائل المعارضة.", [ev("4th-division", 14)]),
  base("officer-announced", "انشقاق ضابط\nأعلن النقيب أحمد الخالد انشقاقه عن جيش النظام أمس، والتحق بالجيش الحر في ريف إدلب.", [ev("syrian-army", 1)]),
  base("ypj-feminine", "انشقاق مجندات\nانشقت ثلاث مجندات عن وحدات حماية المرأة أمس في ريف الحسكة، وسلّمن أنفسهن لقوات البيشمركة.", [ev("ypj", 3)]),
  base("quds-left-posts", "ترك عناصر مواقعهم\nترك 25 عنصراً من لواء القدس مواقعهم في البادية أمس، وفروا باتجاه مناطق سيطرة قسد.", [ev("liwa-al-quds", 25)]),
  base("isis-hamza-an", "هروب عناصر من تنظيم الدولة\nأفاد مسؤول محلي بأن 9 عناصر من تنظيم داعش هربوا إلى مناطق سيطرة قسد في ريف دير الزور أمس، وسلموا أنفسهم لها.", [ev("isis", 9)]),
  base("army-dozens-to-turkey", "انشقاق عسكريين\nانشق 16 عسكرياً عن الجيش السوري أمس، وعبروا الحدود إلى تركيا على دفعتين.", [ev("syrian-army", 16, "desertion")]),
  base("ndf-number-words", "انشقاق في الدفاع الوطني\nفرّ خمسة وعشرون عنصراً من ميليشيا الدفاع الوطني في ريف حماة أمس، والتحقوا بفصائل المعارضة.", [ev("ndf", 25)]),
  base("army-officials-apart", "انشقاق ضباط من جيش النظام\nقال مسؤول في الجيش الحر إن 4 ضباط انشقوا عن جيش النظام و التحقوا بالجيش الحر، و أكد المسؤول ذاته أن الضباط الأربعة وصلوا بالقرب من الحدود.", [ev("syrian-army", 4)]),
  base("hezbollah-apart", "فرار عناصر من حزب الله\nو فرّ 6 عناصر من ميليشيا حزب الله من مواقعهم في القصير أمس، و لجأوا إلى بلدة مجاورة بحسب مسؤول محلي.", [ev("hezbollah", 6, "desertion")]),
  base("officer-with-men", "انشقاق ضابط وعناصر\nقالت مصادر محلية إن ضابطاً يُدعى محمود انشق مع ثلاثة عناصر عن قوات النظام أمس، ووصلوا إلى مناطق سيطرة قسد.", [ev("syrian-army", 4)]),
  base("isis-surrender-two-sentences", "تسليم عناصر من داعش أنفسهم\nسلّم 11 عنصراً من تنظيم داعش أنفسهم لقوات قسد في ريف دير الزور أمس. وقالت قسد إن بين المستسلمين قيادياً بارزاً.", [ev("isis", 11)]),
  base("two-incidents-two-sentences", "انشقاق طاقم دبابة\nانشق طاقم دبابة عن قوات النظام في ريف إدلب أمس. وذكر ناشطون أن تسعة جنود من قوات النظام انشقوا في درعا ووصلوا إلى الأردن.", [ev("syrian-army", null), ev("syrian-army", 9, "desertion")]),
  base("negative-killed", "قصف على مواقع قوات النظام\nقُتل 8 عناصر من قوات النظام وأصيب آخرون في قصف على مواقعهم في ريف إدلب أمس.", []),
  base("negative-trend", "تقرير عن الانشقاقات\nتسارعت وتيرة الانشقاقات في صفوف قسد خلال الأشهر الماضية بحسب مراقبين.", []),
];

/** A case's events as gold events (the group by its gazetteer name), for the perturbations to read and adjust. */
export function goldOf(c: ConventionCase): GoldEvent[] {
  return c.events.map((e) => ({
    groups: [groupById(e.group)?.name_ar ?? e.group],
    count: e.count && { low: e.count[0], best: e.count[1], high: e.count[2] },
    date: null,
    dateText: null,
    place: null,
    destination: null,
    kind: e.kind,
    optional: false,
  }));
}

/** The case's events with the counts of the (adjusted) gold events, index for index. */
export function expectedOf(c: ConventionCase, gold: readonly GoldEvent[]): ExpectedEvent[] {
  return c.events.map((e, i) => ({ ...e, count: gold[i].count && [gold[i].count.low, gold[i].count.best, gold[i].count.high] }));
}
