/**
 * The non-events the conventions list: dismissal (تسريح، فصل), refusal without departure, an ordered
 * withdrawal, an agreed relocation, settlement windows for wanted civilians, amnesty decrees, trend
 * sentences, fleeing a battle, prison escape, captured enemy fighters, draft evasion by civilians,
 * killed / wounded / arrested, reinforcements, recruitment, a force's strength, a denial, infighting,
 * a merger. Every text names an armed group and most carry a number.
 */
import type { ConventionCase } from "./types";

const none = (id: string, text: string): ConventionCase => ({ id: `non-events/${id}`, text, events: [] });

export const NON_EVENT_CASES: ConventionCase[] = [
  none("dismissal-masdar", "أصدرت قيادة الفيلق الخامس قراراً بتسريح 23 عنصراً من صفوفه مؤخراً."),
  none("dismissal-verb", "سرّحت ميليشيا الدفاع الوطني 40 عنصراً من صفوفها في ريف حمص أمس بسبب نقص التمويل."),
  none("dismissal-fasl-verb", "فصلت هيئة تحرير الشام 15 عنصراً من صفوفها أمس بسبب مخالفات سلوكية."),
  none("dismissal-fasl-masdar", "أعلنت قسد فصل ثمانية من عناصرها أمس بعد تورطهم في عمليات تهريب."),
  none("refusal-stayed", "رفض 40 عنصراً من الفرقة الرابعة أوامر التوجه إلى جبهات إدلب أمس، وبقوا في ثكناتهم."),
  none("refusal-masdar", "شهدت صفوف الدفاع الوطني رفض عشرات العناصر القتال على جبهة البادية، دون أن يغادروا مواقعهم."),
  none("ordered-withdrawal", "انسحب مئات المقاتلين من حزب الله من مواقعهم في ريف حلب أمس بأوامر من قيادتهم، ومعهم 150 آلية."),
  none("ordered-withdrawal-masdar", "أعلنت قوات النظام انسحاب 200 عنصر من الفرقة الرابعة من ريف درعا أمس تنفيذاً لأوامر القيادة."),
  none("agreed-relocation", "سجّل أكثر من 5000 مقاتل من جيش الإسلام مع عائلاتهم أسماءهم أمس للخروج إلى الشمال السوري بموجب الاتفاق."),
  none("agreed-evacuation", "خرجت الدفعة الأولى من مقاتلي فيلق الرحمن وعائلاتهم أمس، وتضم 1500 شخص، باتجاه إدلب بموجب اتفاق التهجير."),
  none("settlement-civilians", "افتتحت الحكومة مركزاً لتسوية أوضاع المطلوبين من المدنيين في درعا، وقصده 300 شخص أمس."),
  none("settlement-draft-evaders", "سوّت الأجهزة الأمنية أوضاع 500 من المتخلفين عن الخدمة العسكرية في ريف دمشق أمس."),
  none("amnesty-decree", "أصدر الرئيس السوري مرسوم عفو عام يشمل الفارين من الخدمة العسكرية داخل البلاد وخارجها أمس."),
  none("amnesty-figure", "أعلنت وزارة الدفاع أن مرسوم العفو الأخير شمل 2000 عسكري فار من قوات النظام."),
  none("trend-accelerating", "تسارعت وتيرة الانشقاقات في صفوف قوات النظام خلال الفترة الأخيرة."),
  none("trend-observed", "لوحظت حالات انشقاق متزايدة في صفوف قسد خلال الأشهر الماضية."),
  none("trend-continuing", "تشهد صفوف الميليشيات الإيرانية في دير الزور انشقاقات متواصلة بسبب تأخر الرواتب."),
  none("fled-battle", "فرّ عناصر تنظيم الدولة من المعركة أمس بعد هجوم قسد على مواقعهم، وقتل منهم 12 عنصراً."),
  none("attackers-fled", "فرّ المهاجمون من جبهة النصرة أمس بعد فشل هجومهم على حاجز للجيش السوري في ريف حماة."),
  none("fled-fighting-masdar", "قالت قسد إن 30 من مسلحي داعش لاذوا بالفرار أمس بعد اشتباكات عنيفة في ريف دير الزور."),
  none("prison-escape", "فرّ 20 سجيناً من عناصر تنظيم الدولة من سجن غويران في الحسكة أمس."),
  none("prison-escape-masdar", "أعلنت هيئة تحرير الشام هروب 12 معتقلاً من أحد سجونها في إدلب أمس."),
  none("captured-enemy", "أسرت قوات سوريا الديمقراطية 16 عنصراً من تنظيم داعش خلال عملية أمنية في ريف دير الزور أمس."),
  none("draft-evasion-flight", "فرّ مئات الشبان من مناطق سيطرة النظام خلال الشهر الماضي هرباً من التجنيد الإجباري."),
  none("draft-evasion-arrests", "اعتقلت الشرطة العسكرية 30 شاباً متخلفاً عن الخدمة الإلزامية في دمشق أمس."),
  none("killed-wounded", "قتل 12 عنصراً من الفرقة الرابعة وجرح 5 آخرون أمس في هجوم على مواقعهم بريف اللاذقية."),
  none("arrested", "اعتقلت قسد 25 شاباً في حملة مداهمات بريف دير الزور أمس بتهمة التعامل مع تنظيم الدولة."),
  none("reinforcements", "أرسلت قوات النظام 300 عنصر من الفرقة الرابعة تعزيزات إلى ريف إدلب أمس."),
  none("recruitment-salaries", "انضم 200 شاب إلى صفوف الدفاع الوطني أمس مقابل رواتب شهرية تبلغ 100 دولار."),
  none("recruitment-course", "انضم 50 شاباً من أبناء المنطقة إلى صفوف قسد بعد تخرجهم من دورة تدريبية أمس."),
  none("force-strength", "يبلغ تعداد الفيلق الخامس نحو 10 آلاف مقاتل ينتشرون في ريف درعا وريف حماة."),
  none("denial", "نفت قوات سوريا الديمقراطية أمس صحة الأنباء عن انشقاق 50 من عناصرها في ريف الرقة."),
  none("infighting", "اندلعت اشتباكات بين فصيلين من الجيش الوطني في عفرين أمس أسفرت عن مقتل 4 عناصر."),
  none("merger", "أعلنت ثلاثة فصائل أمس اندماجها في صفوف الجبهة الشامية بعد مفاوضات استمرت شهرين."),
];
