/**
 * The trigger lexicon's examples and negatives (triggers.ts, trigger-contexts.ts): each text and the trigger classes
 * found in it, in order. rules.test.ts runs them (Duckling style).
 */
import type { TriggerClass, TriggerForm } from "./triggers";

/** Examples: each text and the trigger classes found in it (test corpus). */
export const TRIGGER_EXAMPLES: Array<[string, Array<`${TriggerClass}:${TriggerForm}`>]> = [
  ["انشق 21 عنصراً", ["defect:verb"]],
  ["وانشقوا عن النظام", ["defect:verb"]],
  ["أعلن انشقاقه عن الجبهة", ["defect:masdar"]],
  ["تأمين انشقاق مئة عسكري", ["defect:masdar"]],
  ["بالإنشقاق", ["defect:masdar"]],
  ["تزايد الانشقاقات", ["defect:plural"]],
  ["17 جندياً منشقاً", ["defect:participle"]],
  ["فرّ 4 عناصر", ["flee:verb"]],
  // the plural without its silent alif, as web text writes it (tokens.ts reads "انشقو" also as "انشقوا")
  ["5 عناصر انشقو أمس", ["defect:verb"]],
  ["فرو 5 عناصر ووصلو إلى إدلب", ["flee:verb"]],
  ["وفروا باتجاه", ["flee:verb"]],
  ["هـروب عدة عناصر", ["flee:masdar"]],
  ["للفرار من المدينة", ["flee:masdar"]],
  ["غادروا مواقعهم", ["leave:verb"]],
  ["تركوا نقاطهم", ["leave:verb"]],
  ["تركت الحركة", ["leave:verb"]],
  ["خرج من صفوف الجبهة", ["leave:verb"]],
  ["سلّموا أنفسهم للجيش", ["surrender:verb"]],
  ["سلّم 60 عنصراً من التنظيم أنفسهم", ["surrender:verb"]],
  ["ترك آلاف الجنود ثكناتهم", ["leave:verb"]],
  // the subject, with its figure and group, between the verb and its object
  ["ترك قرابة ثلاثين مقاتلاً من لواء الفتح التابع للجبهة مواقعهم", ["leave:verb"]],
  ["غادر 12 جندياً من الفوج 46 في ريف حلب نقاطهم", ["leave:verb"]],
  ["تركت العنصرة صفوفها", ["leave:verb"]],
  ["تخلّف خمسة عشر مجنداً من أبناء البلدة في الفرقة عن الالتحاق بوحداتهم", ["leave:verb"]],
  ["تخلفوا عن العودة إلى قطعهم", ["leave:verb"]],
  ["سلّم خمسة مسلحين من كتيبة الفاروق التابعة لحركة أحرار الشام في ريف حمص أنفسهم", ["surrender:verb"]],
  ["سلّما نفسيهما للجيش", ["surrender:verb"]],
  ["أنهى اندماجه", ["split:masdar"]],
  ["إنهاء اندماجه مع الفيلق", ["split:masdar"]],
  ["انفصل عن الفيلق", ["split:verb"]],
  ["أعلن اللواء انفصاله عن الجيش الوطني", ["split:masdar"]],
  // the verbal nouns of joining, as the side that received them tells it; not with the article (one's own service)
  // nor with a possessive ("بعد عامين من انضمامهم لداعش")
  ["أعلن الجيش الوطني انضمام 12 عنصراً من قسد إلى صفوفه", ["defect:masdar"]],
  ["أفادت مصادر بالتحاق سبعة من عناصر قسد بصفوف الجيش الحر", ["defect:masdar"]],
  ["دعت الجهات الشبان إلى الالتحاق بالخدمة الإلزامية", []],
  ["دعا القيادي إلى الانضمام إلى صفوف الفصيل", []],
  ["استسلموا بعد عامين من انضمامهم لداعش. قياديان من الوعر", []],
  // not triggers: other words with similar letters, and leaving without an object that names a post
  ["تهريب النفط", []],
  ["ترك أثراً", []],
  ["غادر المدينة", []],
  ["الهرم", []],
  ["فرّوا عبر البادية باتجاه الحدود", ["flee:verb"]],
  ["انشـ ـق 7 عناصر", ["defect:verb"]],
  ["وفـ ـروا باتجاه الشمال", ["flee:verb"]],
  ["أن شقّ الطريق", []],
  ["عبر الحدود إلى تركيا", []],
  ["وعبروا الحدود إلى الأردن", ["flee:verb"]],
  ["عبر نحو 300 جندي من جيش النظام الحدود اللبنانية", ["flee:verb"]],
  ["ترك الطيران أثراً واضحاً على مواقعهم", []],
  ["ترك النظام خلفه في الريف الشرقي مواقعهم", []],
  ["ترك 30 عنصراً صفوف الفصيل", ["leave:verb"]],
  ["انسحب 20 عنصراً من صفوف الدفاع الوطني", ["leave:verb"]],
  ["تخلّى 14 عنصراً من قسد عن مواقعهم", ["leave:verb"]],
  ["تخلت الدول عن دعم المعارضة", []],
  ["أعلن انسحابه من صفوف الحركة", ["leave:masdar"]],
  ["انسحب المقاتلون من مواقعهم في الريف", []],
  ["انسحاب القوات من المدينة", []],
  ["تخلّف الطالب عن الامتحان", []],
  ["تخلف المشروع عن موعده بسبب غياب التمويل عن الالتحاق", []],
  // the persons and numbers of the verbs, the duals of the participles
  ["ينشقّان عن الفرقة", ["defect:verb"]],
  ["يفرّان من الفرقة", ["flee:verb"]],
  ["أعلنتا انشقاقهن", ["defect:masdar"]],
  ["عنصران فارّان", ["flee:participle"]],
  ["جنود هاربون", ["flee:participle"]],
  ["نزح المدنيون هرباً من القصف", []],
  ["الضابطان المنشقّان", ["defect:participle"]],
  // تسرّب: soldiers slipping away, not water, news or pupils leaking
  ["تسرّب 15 عنصراً من الفرقة الرابعة", ["leave:verb"]],
  ["تسرّب العشرات من عناصر الفيلق", ["leave:verb"]],
  ["يتسرّب عناصر الفرقة من مواقعهم", ["leave:verb"]],
  ["وتسرّبوا من قطعهم العسكرية", ["leave:verb"]],
  ["تسرّب نحو ثلاثين مجنداً من الخدمة", ["leave:verb"]],
  ["تسرّبت معلومات عن 40 عنصراً من الفرقة", []],
  ["تسرّب المياه إلى مواقع الفرقة", []],
  ["نسبة تسرّب الطلاب من المدارس", []],
  ["تسرّبت وثائق من الفرقة", []],
  // (the verbal noun is spelt as the verb, and read as it)
  ["حالات تسرّب جديدة في صفوف الفرقة الرابعة:", ["leave:verb"]],
  ["تسرّب في صفوف القوات شعور بالإحباط", []],
  // an adverb of addition between the verb and its subject; not before what leaks
  ["وفي البلدة، تسرّب كذلك ثلاثة عناصر من الفرقة الرابعة", ["leave:verb"]],
  ["وتسرّب أيضاً عنصران من الفيلق", ["leave:verb"]],
  ["وتسرّبت كذلك معلومات عن 40 عنصراً من الفرقة", []],
  // لجأ: soldiers taking refuge, not refugees
  ["لجأ 5 جنود من جيش النظام إلى الأردن", ["flee:verb"]],
  ["لجوء ضابطين سوريين إلى تركيا", ["flee:masdar"]],
  ["وقال إن الضابط لجأ إلى تركيا", ["flee:verb"]],
  ["لجؤوا الجنود إلى الأردن", ["flee:verb"]],
  ["لجأ آلاف المدنيين إلى المخيمات", []],
  ["لجأت الفصائل إلى حفر الخنادق", []],
  // the accusative verbal noun
  ["شهدت الفرقة هروباً جماعياً لعشرين عنصراً", ["flee:masdar"]],
  ["سجلت المنطقة انشقاقاً جديداً في صفوف الفيلق", ["defect:masdar"]],
  // not coming back to one's unit or from leave
  ["لم يعد 15 عنصراً من الفرقة الرابعة إلى قطعهم بعد انتهاء إجازاتهم", ["leave:verb"]],
  ["ولم يلتحقوا بوحداتهم العسكرية", ["leave:verb"]],
  ["لم يلتحق 500 شاب بالخدمة الإلزامية", []],
  ["لم يعد النازحون إلى قراهم", []],
  ["لم يعد هناك عناصر للفرقة في المنطقة", []],
  ["لم يعد عناصر الفرقة قادرين على حماية مواقعهم", []],
  // تغيّب: absent from service, not from school
  ["تغيّب 15 عنصراً من الفرقة الرابعة عن الخدمة", ["leave:verb"]],
  ["وتغيّبوا عن قطعهم العسكرية منذ أسبوعين", ["leave:verb"]],
  ["تغيّب الطلاب عن المدارس", []],
  ["تغيب ممثل الفصيل عن الاجتماع", []],
  // the regime's "returned to the homeland's embrace", not any return
  ["عاد 30 مسلحاً من جبهة النصرة إلى حضن الوطن", ["surrender:verb"]],
  ["وعادوا إلى حضن الدولة بعد تسوية أوضاعهم", ["surrender:verb"]],
  ["عاد النازحون إلى قراهم في ريف حماة", []],
  ["عاد 30 عنصراً من الفرقة إلى مواقعهم", []],
  // one's own unit, post or service in every person and number (round 7: how outlets say it)
  ["ترك 7 مجندين من جيش النظام قطعتهم العسكرية", ["leave:verb"]],
  ["ترك جندي من الفرقة خدمته العسكرية", ["leave:verb"]],
  ["ترك عنصران من قسد موقعهما", ["leave:verb"]],
  ["ترك عنصران قطعتهما العسكرية", ["leave:verb"]],
  // a short counted subject between the verb and the ranks it left
  ["ترك 40 مقاتلاً صفوف قوات النظام", ["leave:verb"]],
  ["ترك ثمانية عناصر صفوف قسد", ["leave:verb"]],
  ["ترك الطلاب صفوف الدراسة", []],
  ["غادر 7 عناصر من الفرقة ثكنتهم دون إذن", ["leave:verb"]],
  ["لم يعد عنصران من الفرقة من إجازتهما", ["leave:verb"]],
  ["ترك 7 عناصر من الفرقة رسالة في قطعتهم العسكرية", []],
  ["ترك 11 عنصراً من ميليشيا الدفاع الوطني في مدينة السلمية بريف حماة الشرقي مواقعهم", ["leave:verb"]],
  // refusing to come back to service, not refusing orders nor residents refusing to go home
  ["رفض 30 عنصراً من الفرقة العودة إلى الخدمة بعد انتهاء إجازاتهم", ["leave:verb"]],
  ["رفض 7 عناصر من قسد الالتحاق بقطعهم العسكرية", ["leave:verb"]],
  ["رفض 30 عنصراً من الفرقة تنفيذ الأوامر", []],
  ["رفض الأهالي العودة إلى منازلهم", []],
  // hiding: soldiers out of sight, not a wanted man
  ["توارى 7 عناصر من قوات النظام عن الأنظار", ["leave:verb"]],
  ["توارى المطلوب عن الأنظار بعد الحادثة", []],
  // the uniform taken off, not a ruler deposed
  ["خلع 7 عناصر من قوات النظام البزة العسكرية", ["leave:verb"]],
  ["خلع الضابط بزته العسكرية", ["leave:verb"]],
  ["خلع المحتجون الرئيس", []],
  // arms laid down to go home, not to surrender in a fight
  ["ألقى 7 عناصر من الفرقة سلاحهم وعادوا إلى بيوتهم", ["leave:verb"]],
  ["ألقى عناصر التنظيم سلاحهم واستسلموا للقوات المهاجمة", []],
  ["ألقى الوزير كلمة في الحفل", []],
  // the participle of تسرّب
  ["عاد 7 عناصر متسربون من الفرقة إلى قراهم", ["leave:participle"]],
  // the dual verb هربا after a dual subject, not the adverb
  ["عنصرين من الجيش السوري هربا أمس", ["flee:verb"]],
  ["فرّ المدنيان هرباً من القصف", ["flee:verb"]],
  ["قياديين اثنين من الفرقة هربا أمس", ["flee:verb"]],
  ["هربا من القصف نزح الأهالي", []],
  // a non-commissioned officer, not a row or a page
  ["تسرّب صف ضابط من الفرقة الرابعة", ["leave:verb"]],
  ["تسرّبت صفحات من التقرير", []],
  // people splitting off, the subject between the verb and its "عن"
  ["انفصل 60 مقاتلاً عن هيئة تحرير الشام", ["split:verb"]],
  ["انفصل الوفد عن الاجتماع", []],
];
