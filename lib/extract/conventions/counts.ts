/**
 * "Counts": exact figures in every spelling, approximations, bounds, vague quantities, units, a named
 * man and his companions, subsets, families, and the figures that never count defectors.
 */
import * as $types from "./types";
import type { ConventionCase } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { about, ev, HUNDREDS, moreThan, TENS } = $types;

export const COUNT_CASES: ConventionCase[] = [
  // An exact number in digits, Arabic-Indic digits or words: {N, N, N}.
  { id: "counts/exact-digits-verb-first", text: "انشق 12 عنصراً من قوات النظام أمس ووصلوا إلى ريف إدلب.", events: [ev("syrian-army", 12)] },
  { id: "counts/exact-indic-digits", text: "انشق ١٢ عنصراً عن ميليشيا الدفاع الوطني في ريف دير الزور أمس والتحقوا بقوات قسد.", events: [ev("ndf", 12)] },
  { id: "counts/exact-words-masculine", text: "انشق سبعة جنود من الفرقة الرابعة يوم أمس وانضموا إلى فصائل المعارضة.", events: [ev("4th-division", 7)] },
  { id: "counts/exact-words-feminine", text: "انشقت ثلاث مقاتلات عن وحدات حماية المرأة ووصلن إلى مناطق سيطرة الجيش الوطني أمس.", events: [ev("ypj", 3)] },
  { id: "counts/exact-masdar", text: "أفادت مصادر محلية بانشقاق 15 عنصراً من قسد في ريف الحسكة أمس ووصولهم إلى مناطق المعارضة.", events: [ev("sdf", 15)] },
  { id: "counts/exact-subject-after-place", text: "وصل إلى مدينة الباب أمس تسعة عناصر منشقين عن قوات سوريا الديمقراطية.", events: [ev("sdf", 9)] },
  { id: "counts/exact-noun-then-number", text: "انشق عناصر من الفرقة الرابعة عددهم ثمانية أمس وتوجهوا إلى مناطق المعارضة في درعا.", events: [ev("4th-division", 8)] },
  { id: "counts/exact-headline-and-body", text: "انشقاق 20 عنصراً من الدفاع الوطني في ريف حمص\nأفادت مصادر محلية بانشقاق عشرين عنصراً من ميليشيا الدفاع الوطني في ريف حمص الشرقي أمس ووصولهم إلى مناطق المعارضة.", events: [ev("ndf", 20)] },
  { id: "counts/exact-distractor-killed", text: "انشق 8 عناصر من الفرقة الرابعة أمس بعد مقتل 3 من زملائهم في قصف على مواقعهم بريف حماة.", events: [ev("4th-division", 8)] },
  { id: "counts/exact-distractor-unit-number", text: "انشق خمسة جنود من قوات النظام كانوا يخدمون في الفوج 137 بريف دير الزور ووصلوا إلى مناطق قسد أمس.", events: [ev("syrian-army", 5)] },
  { id: "counts/exact-dual-noun", text: "انشق ضابطان من قوات النظام برتبة ملازم أول أمس ووصلا إلى الشمال السوري.", events: [ev("syrian-army", 2)] },
  { id: "counts/exact-dual-with-two", text: "أمّنت فصائل المعارضة أمس انشقاق قياديين اثنين من قسد ووصولهما إلى ريف حلب الشمالي.", events: [ev("sdf", 2)] },
  { id: "counts/exact-dual-thousand", text: "انشق ألفا مقاتل عن قوات سوريا الديمقراطية الشهر الماضي وانضموا إلى قوات العشائر.", events: [ev("sdf", 2000)] },
  { id: "counts/exact-dual-thousand-genitive", text: "أعلنت مصادر انشقاق ألفين من مقاتلي قسد خلال الشهر الماضي وانضمامهم إلى قوات العشائر.", events: [ev("sdf", 2000)] },
  { id: "counts/more-than-thousands-since", text: "انشق أكثر من 5 آلاف عنصر عن قسد منذ مطلع العام الجاري، وانضم معظمهم إلى قوات العشائر.", events: [ev("sdf", moreThan(5000))] },
  { id: "counts/exact-compound-words", text: "انشق مئة وسبعون عنصراً من الفيلق الخامس أمس والتحقوا بفصائل المعارضة.", events: [ev("5th-corps", 170)] },
  { id: "counts/exact-birth-year-distractor", text: "انشق الملازم محمد العلي، وهو من مواليد 1995، عن قوات النظام أمس ووصل إلى ريف حلب الشمالي.", events: [ev("syrian-army", 1)] },
  { id: "counts/exact-salary-distractor", text: "انشق أربعة عناصر من ميليشيا الدفاع الوطني أمس، وكان كل منهم يتقاضى راتباً شهرياً قدره 50 دولاراً.", events: [ev("ndf", 4)] },
  { id: "counts/exact-distance-distractor", text: "انشق تسعة عناصر من قسد فجر اليوم وقطعوا مسافة 30 كيلومتراً سيراً على الأقدام حتى وصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", 9)] },
  { id: "counts/exact-more-than-hundred-words", text: "انشق أكثر من مئة عنصر من الدفاع الوطني أمس والتحقوا بقوات قسد.", events: [ev("ndf", [100, 100, 150])] },
  { id: "counts/exact-vehicles-distractor", text: "انشق 11 عنصراً من الفيلق الخامس أمس ومعهم 3 سيارات عسكرية، ووصلوا إلى مناطق المعارضة.", events: [ev("5th-corps", 11)] },
  // "كل من" then named men, each with his rank: each counts, in the headline as in the body (round 6).
  { id: "counts/each-of-named-men", text: "انشق كل من النقيب خالد العلي والملازم سعيد الحسن عن قوات النظام أمس ووصلا إلى ريف إدلب.", events: [ev("syrian-army", 2)] },
  { id: "counts/each-of-named-men-headline", text: "انشقاق كل من العقيد ماهر السالم والرائد وليد السعدي والنقيب عمر الخطيب عن قوات النظام\nأعلن الضباط انشقاقهم أمس ووصولهم إلى ريف حلب الشمالي.", events: [ev("syrian-army", 3)] },
  { id: "counts/exact-glued-digits", text: "انشق 15عنصراً من قوات النظام أمس ووصلوا إلى ريف إدلب.", events: [ev("syrian-army", 15)] },
  { id: "counts/exact-parenthesised", text: "انشق (15) عنصراً من قوات النظام أمس ووصلوا إلى ريف إدلب.", events: [ev("syrian-army", 15)] },
  { id: "counts/exact-compound-teen", text: "انشق خمسة عشر عنصراً من الدفاع الوطني أمس والتحقوا بقوات قسد.", events: [ev("ndf", 15)] },
  { id: "counts/exact-compound-tens", text: "انشق ثلاثة وعشرون عنصراً من الفرقة الرابعة أمس وانضموا إلى فصائل المعارضة.", events: [ev("4th-division", 23)] },
  { id: "counts/exact-one-of-them-officer", text: "انشق خمسة عناصر من قسد أمس، أحدهم ضابط، ووصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", 5)] },
  { id: "counts/exact-indic-rank-sum", text: "انشق ٣ ضباط و٧ صف ضباط من قوات النظام أمس ووصلوا إلى مناطق المعارضة.", events: [ev("syrian-army", 10)] },
  { id: "counts/exact-definite-figure-anaphoric", text: "انشق 24 عنصراً من قسد أمس. وقالت المصادر إن العناصر الـ 24 وصلوا إلى مدينة الباب.", events: [ev("sdf", 24)] },
  { id: "counts/exact-nominal-total", text: "بلغ عدد المنشقين عن قسد أمس 17 عنصراً وصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", 17)] },
  { id: "counts/exact-tally-wasal", text: "وصل عدد الفارين من الفرقة الرابعة إلى مناطق المعارضة أمس إلى 14 عنصراً.", events: [ev("4th-division", 14)] },
  { id: "counts/exact-one-explicit", text: "انشق عنصر واحد من الفرقة الرابعة أمس ووصل إلى مناطق المعارضة.", events: [ev("4th-division", 1)] },
  { id: "counts/exact-singular-noun", text: "انشق جندي من قوات النظام يبلغ من العمر 19 عاماً أمس ووصل إلى ريف إدلب.", events: [ev("syrian-army", 1)] },
  { id: "counts/exact-rank-sum-no-total", text: "انشق 3 ضباط و7 جنود من قوات النظام أمس ووصلوا إلى مناطق المعارضة.", events: [ev("syrian-army", 10)] },

  // "نحو / قرابة / حوالي N" and "N تقريباً": {⌊0.8N⌋, N, ⌈1.2N⌉}.
  { id: "counts/about-nahw", text: "انشق نحو 40 عنصراً من قوات النظام أمس وانضموا إلى الجيش الحر.", events: [ev("syrian-army", about(40))] },
  { id: "counts/about-qurabat-words", text: "انشق قرابة خمسين مقاتلاً من حركة أحرار الشام أمس والتحقوا بهيئة تحرير الشام.", events: [ev("ahrar-al-sham", about(50))] },
  { id: "counts/about-hawali-indic", text: "أعلنت مصادر انشقاق حوالي ٣٠ عنصراً من الفرقة الرابعة أمس ووصولهم إلى مناطق المعارضة.", events: [ev("4th-division", about(30))] },
  { id: "counts/about-taqriban-after", text: "انشق 25 عنصراً تقريباً من الدفاع الوطني أمس وتوجهوا إلى مناطق قسد.", events: [ev("ndf", about(25))] },
  { id: "counts/about-dual-thousand", text: "انشق نحو ألفي عنصر عن قوات سوريا الديمقراطية خلال الشهر الماضي وانضموا إلى قوات العشائر.", events: [ev("sdf", about(2000))] },
  { id: "counts/about-indic-masdar", text: "أكدت مصادر محلية فرار نحو ١٥٠ عنصراً من قسد أمس ووصولهم إلى مناطق الجيش الوطني.", events: [ev("sdf", about(150))] },
  { id: "counts/about-yaqrub", text: "انشق ما يقرب من 80 عنصراً من الفيلق الخامس أمس وانضموا إلى فصائل المعارضة.", events: [ev("5th-corps", about(80))] },
  { id: "counts/about-definite-figure", text: "انشق قرابة الـ 50 عنصراً من قسد أمس وانضموا إلى قوات العشائر.", events: [ev("sdf", about(50))] },
  { id: "counts/about-dual-hundred", text: "انشق نحو مئتي عنصر من الفيلق الخامس خلال الأسبوع الماضي والتحقوا بفصائل المعارضة.", events: [ev("5th-corps", about(200))] },
  { id: "counts/about-yuqarib", text: "انشق ما يقارب 100 عنصر من الدفاع الوطني أمس ووصلوا إلى مناطق قسد.", events: [ev("ndf", about(100))] },

  // "أكثر من N", "ما يزيد عن N", "ما لا يقل عن N", "زاد عن N": {N, N, ⌈1.5N⌉}.
  { id: "counts/more-than-akthar", text: "انشق أكثر من 60 عنصراً من قسد أمس ووصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", moreThan(60))] },
  { id: "counts/more-than-yazid", text: "انشق ما يزيد عن 100 مقاتل من هيئة تحرير الشام خلال الأسبوع الماضي وانضموا إلى الجبهة الوطنية للتحرير.", events: [ev("hts", moreThan(100))] },
  { id: "counts/more-than-la-yaqill", text: "انشق ما لا يقل عن 12 عنصراً من الفرقة الرابعة أمس وتوجهوا إلى مناطق المعارضة.", events: [ev("4th-division", moreThan(12))] },
  { id: "counts/more-than-words", text: "أكدت مصادر انشقاق أكثر من عشرين جندياً من قوات النظام أمس ووصولهم إلى ريف إدلب.", events: [ev("syrian-army", moreThan(20))] },

  // "عشرات" / "العشرات" → {20, 30, 99}; "مئات" / "المئات" → {200, 300, 999}.
  { id: "counts/tens-construct", text: "انشق عشرات العناصر من قوات النظام أمس ووصلوا إلى مناطق المعارضة.", events: [ev("syrian-army", TENS)] },
  { id: "counts/tens-definite", text: "انشق العشرات من عناصر الدفاع الوطني أمس والتحقوا بقوات قسد.", events: [ev("ndf", TENS)] },
  { id: "counts/tens-masdar", text: "شهدت صفوف قسد أمس انشقاق عشرات المقاتلين ووصولهم إلى مناطق الجيش الوطني.", events: [ev("sdf", TENS)] },
  { id: "counts/hundreds-construct", text: "انشق مئات المقاتلين من قسد الشهر الماضي وانضموا إلى قوات العشائر.", events: [ev("sdf", HUNDREDS)] },
  { id: "counts/hundreds-of-them-strength-distractor", text: "يضم لواء الباقر نحو 1500 مقاتل، وقد انشق المئات منهم أمس وانضموا إلى قسد.", events: [ev("liwa-al-baqir", HUNDREDS)] },
  { id: "counts/hundreds-definite", text: "انشق المئات من عناصر الفيلق الخامس خلال الشهر الماضي والتحقوا بفصائل المعارضة.", events: [ev("5th-corps", HUNDREDS)] },

  // A vague quantity, or no number: null.
  { id: "counts/vague-adad-min", text: "انشق عدد من العناصر عن الفرقة الرابعة أمس وتوجهوا إلى مناطق المعارضة.", events: [ev("4th-division", null)] },
  { id: "counts/vague-large-numbers", text: "انشقت أعداد كبيرة من عناصر الدفاع الوطني أمس والتحقوا بقوات قسد.", events: [ev("ndf", null)] },
  { id: "counts/vague-group-of", text: "انشقت مجموعة من العناصر عن قسد أمس ووصلت إلى مناطق الجيش الوطني.", events: [ev("sdf", null)] },
  { id: "counts/vague-a-few", text: "انشق بضعة عناصر من الفرقة الرابعة أمس وتوجهوا إلى مناطق المعارضة.", events: [ev("4th-division", null)] },
  { id: "counts/vague-several", text: "انشق عدة عناصر من قسد أمس ووصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", null)] },
  { id: "counts/vague-no-number", text: "انشق عناصر من الفيلق الخامس أمس وانضموا إلى فصائل المعارضة.", events: [ev("5th-corps", null)] },

  // Numbers that count units rather than people: null.
  { id: "counts/units-groups", text: "انشقت 7 مجموعات عن الجبهة الوطنية للتحرير أمس وانضمت إلى هيئة تحرير الشام.", events: [ev("nfl", null)] },
  { id: "counts/units-brigades", text: "أعلن 12 لواء وكتيبة انشقاقهم عن الجيش الحر أمس.", events: [ev("fsa", null)] },
  { id: "counts/units-words", text: "انشقت ثلاث كتائب عن حركة أحرار الشام أمس والتحقت بجبهة النصرة.", events: [ev("ahrar-al-sham", null)] },

  // A named individual counts as 1; "فلان ومعه أربعة آخرون" counts 5; a named man "ومعه N تقريباً": 1 + N, then the approximation.
  { id: "counts/named-one", text: "انشق العقيد أحمد الحسن عن قوات النظام أمس ووصل إلى ريف إدلب.", events: [ev("syrian-army", 1)] },
  { id: "counts/named-one-masdar", text: "أعلن الرائد خالد العمر انشقاقه عن قوات النظام أمس.", events: [ev("syrian-army", 1)] },
  { id: "counts/named-plus-companions", text: "انشق النقيب سامر الخطيب عن قوات النظام أمس ومعه أربعة آخرون، ووصلوا إلى ريف حلب.", events: [ev("syrian-army", 5)] },
  { id: "counts/named-plus-about", text: "انشق القيادي أبو علي الديري عن قسد أمس ومعه 20 عنصراً تقريباً، ووصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", about(21))] },
  { id: "counts/named-plus-some", text: "انشق القيادي أبو محمد الحمصي عن الفيلق الخامس أمس ومعه عدد من عناصره.", events: [ev("5th-corps", null)] },

  // A subset does not add to the total; a breakdown by rank is not added on top.
  { id: "counts/subset-baynahum", text: "انشق أكثر من 300 عنصر من قسد خلال الشهر الماضي، بينهم 40 ضابطاً، وانضموا إلى قوات العشائر.", events: [ev("sdf", moreThan(300))] },
  { id: "counts/subset-rank-breakdown", text: "انشق 25 عنصراً من قوات النظام أمس، بينهم ثلاثة ضباط وستة صف ضباط، ووصلوا إلى مناطق المعارضة.", events: [ev("syrian-army", 25)] },
  { id: "counts/subset-minhum", text: "انشق 30 عنصراً من الفرقة الرابعة أمس، منهم 12 صف ضابط، وتوجهوا إلى ريف درعا الغربي.", events: [ev("4th-division", 30)] },

  // Families or civilians in a figure: only the fighters count.
  { id: "counts/families-in-figure", text: "وصل 40 شخصاً، بينهم 12 جندياً منشقاً عن قوات النظام، إلى مناطق المعارضة أمس.", events: [ev("syrian-army", 12)] },
  { id: "counts/families-travelling", text: "انشق ستة عناصر من الدفاع الوطني أمس ووصلوا مع 14 من أفراد عائلاتهم إلى مناطق قسد.", events: [ev("ndf", 6)] },

  // A vague quantity and a figure for the same people: the figure, one event.
  { id: "counts/vague-then-figure", text: "انشق عشرات العناصر من قسد أمس. وقال مصدر محلي إن عدد المنشقين بلغ نحو 45 عنصراً وصلوا إلى مناطق الجيش الوطني.", events: [ev("sdf", about(45))] },
];
