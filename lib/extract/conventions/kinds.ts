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
  { id: "kinds/desertion-foreign-border", text: "سلّم 15 مقاتلاً عراقياً من حركة النجباء أنفسهم للسلطات العراقية عند معبر القائم الحدودي أمس، وعادوا إلى بلدهم بعد تركهم مواقعهم في ريف دير الزور.", events: [ev("nujaba", 15, "desertion")] },
  { id: "kinds/desertion-foreign-border-afghan", text: "سلّم ثمانية مقاتلين أفغان من لواء فاطميون أنفسهم عند الحدود العراقية أمس تمهيداً لعودتهم إلى بلادهم.", events: [ev("fatemiyoun", 8, "desertion")] },

  // attempted
  { id: "kinds/attempted-executed", text: "أعدم تنظيم الدولة خمسة من عناصره أمس بتهمة محاولة الفرار من صفوفه.", events: [ev("isis", 5, "attempted")] },
  { id: "kinds/attempted-arrested-army", text: "اعتقلت قوات النظام ثلاثة من جنودها أمس أثناء محاولتهم الانشقاق في ريف درعا.", events: [ev("syrian-army", 3, "attempted")] },
  { id: "kinds/attempted-caught-sdf", text: "ألقت قسد القبض على أربعة من عناصرها أمس حاولوا الفرار إلى مناطق الجيش الوطني.", events: [ev("sdf", 4, "attempted")] },
  { id: "kinds/attempted-masdar-failed", text: "باءت محاولة انشقاق ستة عناصر من الفرقة الرابعة بالفشل أمس بعد اعتقالهم على حاجز في ريف دمشق.", events: [ev("4th-division", 6, "attempted")] },
  { id: "kinds/attempted-executed-masdar", text: "أقدمت هيئة تحرير الشام على إعدام عنصرين من عناصرها أمس بعد ضبطهما أثناء محاولتهما الانشقاق.", events: [ev("hts", 2, "attempted")] },
];
