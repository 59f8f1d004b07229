/**
 * "Events": one event per distinct incident; background incidents with their own date or count; batches
 * dated differently; a smaller batch inside a counted larger one; running totals; subsets; trend
 * sentences around an incident; the destination and the hashtag spelling are not second events.
 */
import * as $types from "./types";
import type { ConventionCase } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { about, ev, moreThan, TENS } = $types;

export const EVENT_CASES: ConventionCase[] = [
  // One incident told in the headline and the body, or twice in the body: one event.
  { id: "events/one-told-twice", text: "انشقاق عناصر من الفرقة الرابعة في درعا\nانشق ثمانية عناصر من الفرقة الرابعة في ريف درعا الغربي أمس. وأكد مصدر محلي أن العناصر الثمانية وصلوا إلى مناطق المعارضة.", events: [ev("4th-division", 8)] },
  { id: "events/one-vague-then-figure", text: "شهدت صفوف الدفاع الوطني انشقاقات جديدة أمس. وقالت مصادر إن 11 عنصراً من الدفاع الوطني انشقوا والتحقوا بقوات قسد.", events: [ev("ndf", 11)] },
  { id: "events/one-hashtag-spelling", text: "#قسد: انشقاق 6 عناصر في ريف الرقة\nانشق ستة عناصر من قوات سوريا الديمقراطية في ريف الرقة أمس ووصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", 6)] },
  { id: "events/one-destination-group", text: "انشق 10 عناصر من قسد أمس وانضموا إلى الجيش الوطني السوري في ريف حلب.", events: [ev("sdf", 10)] },
  { id: "events/one-running-total", text: "أفادت مصادر بانشقاق 20 عنصراً من قسد في ريف دير الزور صباح اليوم، قبل أن يرتفع عدد المنشقين إلى 35 عنصراً مع حلول المساء.", events: [ev("sdf", 35)] },
  { id: "events/one-running-total-li-yasil", text: "انشق 12 عنصراً من الدفاع الوطني في ريف حمص أمس، ليصل عدد المنشقين عنها إلى 30 عنصراً.", events: [ev("ndf", 30)] },
  { id: "events/two-tally-since-period", text: "انشق خمسة عناصر من قسد أمس، ليرتفع عدد المنشقين عنها منذ بداية الشهر الجاري إلى 40 عنصراً.", events: [ev("sdf", 5), ev("sdf", 40)] },
  { id: "events/one-subset-not-event", text: "انشق 30 عنصراً من قوات النظام أمس. وأوضح المصدر أن بين المنشقين 4 ضباط برتب مختلفة.", events: [ev("syrian-army", 30)] },
  { id: "events/one-smaller-batch-inside", text: "انشق أكثر من 50 عنصراً من قسد خلال الأسبوع الماضي، بينهم 10 انشقوا أمس ووصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", moreThan(50))] },
  { id: "events/one-trend-around-incident", text: "تسارعت وتيرة الانشقاقات في صفوف قسد خلال الفترة الأخيرة. وانشق أمس ثمانية عناصر منها ووصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", 8)] },
  { id: "events/one-category-of-earlier", text: "انشق 5 عناصر من الفرقة الرابعة أمس وانضموا إلى عدد من الضباط المنشقين في ريف إدلب.", events: [ev("4th-division", 5)] },
  { id: "events/one-ranking-sentence", text: "انشق 14 عنصراً من الفيلق الخامس أمس ووصلوا إلى ريف إدلب. ويُعد هذا أكبر انشقاق يشهده الفيلق منذ شهور.", events: [ev("5th-corps", 14)] },
  { id: "events/one-subset-among-participle", text: "انشق 20 ضابطاً من قوات النظام أمس ودخلوا الأراضي التركية. وأوضحت المصادر أن بين الضباط المنشقين 6 ضباط برتبة عقيد.", events: [ev("syrian-army", 20, "desertion")] },
  { id: "events/one-summing-sentence", text: "انشق 9 عناصر من الدفاع الوطني أمس ووصلوا إلى مناطق قسد. وشهدت صفوف الدفاع الوطني انشقاقات عدة خلال الأسبوع الماضي.", events: [ev("ndf", 9)] },

  // Follow-up incidents in the same report: their own events.
  { id: "events/two-kama-follow-up", text: "انشق خمسة عناصر من الفرقة الرابعة أمس ووصلوا إلى ريف إدلب، كما انشق ثلاثة عناصر من الدفاع الوطني في ريف حمص وتوجهوا إلى مناطق المعارضة.", events: [ev("4th-division", 5), ev("ndf", 3)] },
  { id: "events/two-separate-incident", text: "انشق 7 عناصر من قسد أمس ووصلوا إلى مناطق الجيش الوطني. وفي حادثة منفصلة، انشق عنصران من الأسايش في القامشلي وتوجها إلى مناطق المعارضة.", events: [ev("sdf", 7), ev("asayish", 2)] },
  { id: "events/two-batches-different-days", text: "انشق سبعة عناصر من الفيلق الخامس أمس ووصلوا إلى مناطق المعارضة، بعد انشقاق أربعة عناصر آخرين من الفيلق يوم الأحد الماضي.", events: [ev("5th-corps", 7), ev("5th-corps", 4)] },
  { id: "events/two-batches-sentences", text: "انشق 6 عناصر من قسد يوم السبت الماضي ووصلوا إلى مناطق الجيش الوطني. وفي يوم الاثنين انشق 9 عناصر آخرون من قسد وتوجهوا إلى المنطقة ذاتها.", events: [ev("sdf", 6), ev("sdf", 9)] },
  { id: "events/two-related-context", text: "انشق 8 عناصر من قسد في ريف الرقة أمس ووصلوا إلى مناطق الجيش الوطني. وفي سياق متصل، انشق ثلاثة عناصر من الدفاع الوطني في ريف حماة وتوجهوا إلى مناطق المعارضة.", events: [ev("sdf", 8), ev("ndf", 3)] },
  { id: "events/one-second-of-its-kind", text: "انشق خمسة عناصر من الفرقة الرابعة أمس ووصلوا إلى ريف إدلب. ويعد هذا الانشقاق الثاني من نوعه في صفوف الفرقة خلال أسبوع.", events: [ev("4th-division", 5)] },
  { id: "events/two-fima-other-group", text: "انشق خمسة عناصر من قسد في ريف الرقة أمس، فيما فرّ ثلاثة آخرون من الأسايش في القامشلي إلى جهة مجهولة.", events: [ev("sdf", 5), ev("asayish", 3, "desertion")] },
  { id: "events/two-elliptic-second-batch", text: "انشق خمسة عناصر من الفرقة الرابعة يوم الأحد الماضي، وأربعة آخرون يوم الاثنين، ووصلوا جميعاً إلى مناطق المعارضة.", events: [ev("4th-division", 5), ev("4th-division", 4)] },

  // A background incident with its own date or count, including a person's earlier defection.
  { id: "events/background-other-batch", text: "انشق 10 عناصر من قسد أمس ووصلوا إلى مناطق الجيش الوطني. وكان 6 عناصر آخرون قد انشقوا عن قسد في المنطقة ذاتها الشهر الماضي.", events: [ev("sdf", 10), ev("sdf", 6)] },
  { id: "events/background-person-earlier", text: "وصل العقيد ماهر السالم وأربعة من عناصره إلى ريف إدلب أمس بعد انشقاقهم عن قوات النظام. وكان السالم قد انشق عن حزب الله عام 2014.", events: [ev("syrian-army", 5), ev("hezbollah", 1)] },
  { id: "events/background-masdar-clause", text: "انشق 12 عنصراً من الدفاع الوطني أمس ووصلوا إلى مناطق قسد، وذلك بعد أيام من انشقاق عشرات العناصر من الفرقة الرابعة في ريف دير الزور.", events: [ev("ndf", 12), ev("4th-division", TENS)] },
  { id: "events/background-earlier-year", text: "انشق 4 عناصر من هيئة تحرير الشام أمس وانضموا إلى الجبهة الوطنية للتحرير. وفي عام 2019 انشق نحو 200 عنصر من الهيئة وانضموا إلى الفصائل ذاتها.", events: [ev("hts", 4), ev("hts", about(200))] },
  { id: "events/background-faction-had-seen", text: "انشق 6 عناصر من حركة أحرار الشام أمس وانضموا إلى هيئة تحرير الشام. وكانت الحركة قد شهدت انشقاق 30 عنصراً من صفوفها الشهر الماضي.", events: [ev("ahrar-al-sham", 6), ev("ahrar-al-sham", 30)] },
  { id: "events/one-headline-figure-body-vague", text: "انشقاق 12 عنصراً من الفرقة الرابعة في درعا\nانشق عناصر من الفرقة الرابعة في ريف درعا الغربي أمس ووصلوا إلى مناطق المعارضة.", events: [ev("4th-division", 12)] },
  { id: "events/background-named-year", text: "قال العقيد أحمد الحمادي، الذي انشق عن قوات النظام عام 2012، إن 30 عنصراً من الفرقة الرابعة انشقوا أمس ووصلوا إلى ريف إدلب.", events: [ev("syrian-army", 1), ev("4th-division", 30)] },
  { id: "events/none-defector-as-descriptor", text: "قال العقيد المنشق أحمد الحمادي إن قوات النظام تعاني من نقص حاد في العناصر على جبهات إدلب.", events: [] },

  // A group declaring its own split: one event, no head count.
  { id: "events/faction-split-declared", text: "أعلنت كتيبة شهداء الحرية اليوم انشقاقها عن حركة أحرار الشام وانضمامها إلى هيئة تحرير الشام.", events: [ev("ahrar-al-sham", null)] },
  { id: "events/faction-split-masdar", text: "أعلن لواء المعتصم بالله أمس فك ارتباطه بالجبهة الوطنية للتحرير وانضمامه إلى هيئة تحرير الشام.", events: [ev("nfl", null)] },
];
