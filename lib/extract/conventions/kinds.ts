/**
 * `kind`: defection (to another side or its territory, handed over to it, or انشقاق with no
 * destination); desertion (abandoned service: home, abroad, hiding, unknown or only suspected; mainly
 * abandonment with only some reaching another side; mixed destinations with one abroad; foreign
 * fighters surrendering at a border to go home); attempted (caught, arrested or executed for trying).
 */
import { ev, type ConventionCase } from "./types";

export const KIND_CASES: ConventionCase[] = [
  // defection
  { id: "kinds/defection-no-destination", text: "انشق تسعة عناصر من الفرقة الرابعة فجر اليوم في ريف حماة.", events: [ev("4th-division", 9)] },
  { id: "kinds/defection-masdar-no-destination", text: "أكدت مصادر محلية انشقاق ضابطين من قوات النظام أمس.", events: [ev("syrian-army", 2)] },
  { id: "kinds/defection-to-territory", text: "فرّ ستة عناصر من الدفاع الوطني أمس إلى مناطق سيطرة قسد في ريف دير الزور.", events: [ev("ndf", 6)] },
  { id: "kinds/defection-handed-over-army", text: "سلّم 14 مسلحاً من جبهة النصرة أنفسهم للجيش السوري في ريف درعا أمس.", events: [ev("nusra", 14)] },
  { id: "kinds/defection-handed-over-sdf", text: "سلّم ثلاثة عناصر من تنظيم داعش أنفسهم لقوات سوريا الديمقراطية في ريف الحسكة أمس.", events: [ev("isis", 3)] },
  { id: "kinds/defection-bosom-of-nation", text: "عاد 30 مسلحاً من جيش الإسلام إلى حضن الوطن أمس بعد تسوية أوضاعهم لدى الجهات المختصة.", events: [ev("jaysh-al-islam", 30)] },
  { id: "kinds/defection-joined-isis", text: "انشق تسعة مقاتلين من جبهة النصرة أمس وبايعوا تنظيم الدولة في ريف دير الزور.", events: [ev("nusra", 9)] },
  { id: "kinds/defection-joined-tribes", text: "ترك 40 مقاتلاً عربياً صفوف قسد أمس وانضموا إلى قوات العشائر.", events: [ev("sdf", 40)] },
  { id: "kinds/defection-handed-over-after-defect", text: "انشق أربعة عناصر من قسد أمس وسلّموا أنفسهم لقوات النظام في ريف دير الزور.", events: [ev("sdf", 4)] },
  { id: "kinds/defection-gov-areas-masdar", text: "أكدت مصادر فرار خمسة عناصر من تنظيم داعش أمس ووصولهم إلى مناطق سيطرة الحكومة السورية.", events: [ev("isis", 5)] },
  { id: "kinds/defection-same-camp", text: "انشق 15 عنصراً من فرقة الحمزة أمس والتحقوا بالجبهة الشامية.", events: [ev("hamza-division", 15)] },

  // desertion
  { id: "kinds/desertion-home", text: "فرّ 11 جندياً من قوات النظام من ثكناتهم أمس وعادوا إلى منازلهم في ريف درعا.", events: [ev("syrian-army", 11, "desertion")] },
  { id: "kinds/desertion-home-masdar", text: "أفادت مصادر بهروب تسعة عناصر من ميليشيا الدفاع الوطني أمس وعودتهم إلى قراهم في ريف حماة.", events: [ev("ndf", 9, "desertion")] },
  { id: "kinds/desertion-lebanon", text: "هرب خمسة عناصر من الفرقة الرابعة أمس إلى لبنان عبر طرق التهريب.", events: [ev("4th-division", 5, "desertion")] },
  { id: "kinds/desertion-jordan-managed", text: "تمكن ثلاثة جنود من قوات النظام من الفرار من قطعتهم العسكرية أمس والوصول إلى الأردن.", events: [ev("syrian-army", 3, "desertion")] },
  { id: "kinds/desertion-turkey-defect-verb", text: "انشق 7 عناصر من قوات النظام أمس ودخلوا الأراضي التركية.", events: [ev("syrian-army", 7, "desertion")] },
  { id: "kinds/desertion-iraq", text: "عبر 20 عنصراً من الجيش السوري الحدود إلى العراق أمس بعد تركهم مواقعهم.", events: [ev("syrian-army", 20, "desertion")] },
  { id: "kinds/desertion-hiding", text: "فرّ سبعة عناصر من الدفاع الوطني أمس وتواروا عن الأنظار.", events: [ev("ndf", 7, "desertion")] },
  { id: "kinds/desertion-unknown", text: "فرّ عشرة عناصر من قسد أمس إلى جهة مجهولة.", events: [ev("sdf", 10, "desertion")] },
  { id: "kinds/desertion-unknown-whereabouts", text: "هرب أربعة عناصر من الفيلق الخامس من مواقعهم أمس ولم تعرف وجهتهم.", events: [ev("5th-corps", 4, "desertion")] },
  { id: "kinds/desertion-suspected", text: "فرّ ستة عناصر من قسد أمس، ويعتقد أنهم توجهوا نحو البادية.", events: [ev("sdf", 6, "desertion")] },
  { id: "kinds/desertion-not-back-from-leave", text: "لم يعد 12 عنصراً من الفرقة الرابعة إلى قطعهم العسكرية بعد انتهاء إجازاتهم الشهر الماضي.", events: [ev("4th-division", 12, "desertion")] },
  { id: "kinds/desertion-some-reached", text: "فرّ 20 عنصراً من قوات النظام أمس، ووصل بعضهم إلى مناطق المعارضة.", events: [ev("syrian-army", 20, "desertion")] },
  { id: "kinds/desertion-mixed-abroad", text: "فرّ 12 جندياً من قوات النظام أمس، توجه بعضهم إلى مناطق المعارضة وآخرون إلى الأردن.", events: [ev("syrian-army", 12, "desertion")] },
  { id: "kinds/desertion-left-posts-home", text: "ترك خمسة عناصر من الدفاع الوطني مواقعهم في ريف حماة أمس وعادوا إلى بيوتهم.", events: [ev("ndf", 5, "desertion")] },
  { id: "kinds/desertion-dual-feminine-home", text: "فرّت مجندتان من وحدات حماية المرأة أمس وعادتا إلى منزليهما في القامشلي.", events: [ev("ypj", 2, "desertion")] },
  { id: "kinds/desertion-dual-jordan", text: "فرّ مجندان من قوات النظام أمس إلى الأردن.", events: [ev("syrian-army", 2, "desertion")] },
  { id: "kinds/desertion-abroad-generic", text: "هرب ستة مجندين من قوات النظام أمس إلى خارج البلاد.", events: [ev("syrian-army", 6, "desertion")] },
  { id: "kinds/desertion-indic-masdar-lebanon", text: "فرار ٢٥ جندياً من قوات النظام إلى الأراضي اللبنانية\nأفادت مصادر بفرار ٢٥ جندياً من قوات النظام أمس إلى الأراضي اللبنانية عبر الجبال.", events: [ev("syrian-army", 25, "desertion")] },
  { id: "kinds/desertion-headline-unknown", text: "فرار عناصر من الفرقة الرابعة إلى جهة مجهولة\nفرّ تسعة عناصر من الفرقة الرابعة من حاجز في ريف دمشق أمس إلى جهة مجهولة.", events: [ev("4th-division", 9, "desertion")] },
  { id: "kinds/desertion-still-hiding", text: "هرب ثلاثة عناصر من قسد من نقطتهم العسكرية أمس وما زالوا متوارين عن الأنظار.", events: [ev("sdf", 3, "desertion")] },
  { id: "kinds/desertion-foreign-home-iraq", text: "عاد 40 مقاتلاً من كتائب حزب الله العراقي إلى العراق أمس بعد تركهم مواقعهم في البوكمال دون علم قيادتهم.", events: [ev("kataib-hezbollah", 40, "desertion")] },
  { id: "kinds/desertion-masdar-leave-posts", text: "أقدم أربعة عناصر من الدفاع الوطني أمس على ترك مواقعهم في ريف حمص والتوجه إلى منازلهم.", events: [ev("ndf", 4, "desertion")] },
  { id: "kinds/desertion-towards-border", text: "رصدت مصادر محلية فرار تسعة عناصر من الفيلق الخامس أمس باتجاه الحدود الأردنية.", events: [ev("5th-corps", 9, "desertion")] },
  { id: "kinds/desertion-refuge-turkey", text: "لجأ ثلاثة ضباط من قوات النظام إلى تركيا أمس بعد تركهم قطعهم العسكرية.", events: [ev("syrian-army", 3, "desertion")] },
  { id: "kinds/desertion-named-soldier", text: "هرب جندي من قوات النظام يدعى أحمد الخلف إلى الأردن أمس.", events: [ev("syrian-army", 1, "desertion")] },
  { id: "kinds/desertion-village-dual", text: "فرّ عنصران من ميليشيا القاطرجي أمس بسيارة عسكرية وعادا إلى قريتهما في ريف الرقة.", events: [ev("qaterji", 2, "desertion")] },
  { id: "kinds/desertion-whereabouts-passive", text: "فرّ خمسة عناصر من قسد بأسلحتهم الفردية أمس، ولم يُعرف مكانهم حتى الآن.", events: [ev("sdf", 5, "desertion")] },
  { id: "kinds/desertion-nominal-sentence", text: "عناصر من الفرقة الرابعة، عددهم ستة، فرّوا أمس إلى الأردن عبر الحدود.", events: [ev("4th-division", 6, "desertion")] },
  { id: "kinds/desertion-count-of-fleers", text: "بلغ عدد الفارين من قوات النظام إلى الأردن أمس 13 جندياً.", events: [ev("syrian-army", 13, "desertion")] },
  { id: "kinds/desertion-afghans-home", text: "غادر عشرة مقاتلين من لواء فاطميون سوريا أمس عائدين إلى أفغانستان دون إذن من قيادتهم.", events: [ev("fatemiyoun", 10, "desertion")] },
  { id: "kinds/desertion-defect-verb-hiding", text: "انشق سبعة عناصر من الدفاع الوطني أمس، ويختبئون حالياً في منازل أقاربهم بريف حمص.", events: [ev("ndf", 7, "desertion")] },
  { id: "kinds/desertion-suspected-side", text: "انشق خمسة عناصر من قسد أمس، ويُرجّح أنهم توجهوا إلى مناطق سيطرة الجيش السوري.", events: [ev("sdf", 5, "desertion")] },
  { id: "kinds/desertion-suspected-masdar", text: "أفادت مصادر بانشقاق أربعة عناصر من الفرقة الرابعة أمس، وسط ترجيحات بوصولهم إلى مناطق المعارضة.", events: [ev("4th-division", 4, "desertion")] },
  { id: "kinds/desertion-listed-as-deserters", text: "انشق ستة عناصر من الفيلق الخامس في ريف درعا أمس. وعدّ الفيلق هؤلاء العناصر في حكم الفارين بعد أن بحث عنهم دون أن يعثر عليهم.", events: [ev("5th-corps", 6, "desertion")] },
  { id: "kinds/desertion-hiding-next-sentence", text: "انشق تسعة عناصر من حركة النجباء في ريف حلب أمس. وداهمت دوريات الحرس الثوري منازل كان المنشقون يختبئون فيها.", events: [ev("nujaba", 9, "desertion")] },
  { id: "kinds/desertion-foreign-border", text: "سلّم 15 مقاتلاً عراقياً من حركة النجباء أنفسهم للسلطات العراقية عند معبر القائم الحدودي أمس، وعادوا إلى بلدهم بعد تركهم مواقعهم في ريف دير الزور.", events: [ev("nujaba", 15, "desertion")] },
  { id: "kinds/desertion-foreign-border-afghan", text: "سلّم ثمانية مقاتلين أفغان من لواء فاطميون أنفسهم عند الحدود العراقية أمس تمهيداً لعودتهم إلى بلادهم.", events: [ev("fatemiyoun", 8, "desertion")] },

  // attempted
  { id: "kinds/attempted-executed", text: "أعدم تنظيم الدولة خمسة من عناصره أمس بتهمة محاولة الفرار من صفوفه.", events: [ev("isis", 5, "attempted")] },
  { id: "kinds/attempted-arrested-army", text: "اعتقلت قوات النظام ثلاثة من جنودها أمس أثناء محاولتهم الانشقاق في ريف درعا.", events: [ev("syrian-army", 3, "attempted")] },
  { id: "kinds/attempted-caught-sdf", text: "ألقت قسد القبض على أربعة من عناصرها أمس حاولوا الفرار إلى مناطق الجيش الوطني.", events: [ev("sdf", 4, "attempted")] },
  { id: "kinds/attempted-masdar-failed", text: "باءت محاولة انشقاق ستة عناصر من الفرقة الرابعة بالفشل أمس بعد اعتقالهم على حاجز في ريف دمشق.", events: [ev("4th-division", 6, "attempted")] },
  { id: "kinds/attempted-executed-masdar", text: "أقدمت هيئة تحرير الشام على إعدام عنصرين من عناصرها أمس بعد ضبطهما أثناء محاولتهما الانشقاق.", events: [ev("hts", 2, "attempted")] },
  { id: "kinds/attempted-caught-passive", text: "قُبض على ثلاثة عناصر من الدفاع الوطني أمس أثناء محاولتهم الفرار إلى مناطق قسد.", events: [ev("ndf", 3, "attempted")] },
  { id: "kinds/attempted-foiled-masdar", text: "أحبطت قوات النظام أمس محاولة انشقاق عشرة جنود في ريف درعا واعتقلتهم.", events: [ev("syrian-army", 10, "attempted")] },
  { id: "kinds/attempted-tried-then-arrested", text: "حاول سبعة عناصر من قسد الانشقاق أمس، لكن دورية للأسايش اعتقلتهم قبل وصولهم إلى مناطق الجيش الوطني.", events: [ev("sdf", 7, "attempted")] },
  { id: "kinds/attempted-arrested-abroad", text: "اعتقل تنظيم الدولة 20 من عناصره أمس حاولوا الهرب إلى تركيا.", events: [ev("isis", 20, "attempted")] },
  { id: "kinds/attempted-caught-while", text: "ضبطت حواجز قسد خمسة من عناصرها أمس وهم يحاولون الفرار إلى مناطق الجيش الوطني.", events: [ev("sdf", 5, "attempted")] },
  { id: "kinds/attempted-arrest-masdar-charge", text: "أفادت مصادر باعتقال ستة عناصر من الدفاع الوطني أمس بتهمة محاولة الانشقاق.", events: [ev("ndf", 6, "attempted")] },
  { id: "kinds/attempted-executed-one", text: "أعدمت قوات النظام ميدانياً جندياً من عناصرها أمس بعد أن حاول الانشقاق في ريف حماة.", events: [ev("syrian-army", 1, "attempted")] },
];
