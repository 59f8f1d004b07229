/**
 * The gold date conventions as a conformance corpus over whole reports.
 *
 * Written from the words of the annotation conventions (/work/shared/dev-reports/README.md "Dates",
 * "Expressions that do not date the defection itself"; dev-reports-2/README.md "Conventions"), not
 * from the development reports: every text below is new. Each case is a short report with its
 * publication day P (or window) and the expected date range of every event it tells, in the order of
 * their first telling; `text: null` means the [P-7, P] default with no date text.
 *
 * Frames vary on purpose: the date before/after the verb, in the headline or the body, a dated
 * distracting happening in the sentence before or after, announcement verbs with and without a day
 * of their own. A case the extractor fails is marked `known` with the reason: the suite then
 * expects it to fail (conformance.test.ts), so fixing it turns the mark into a test failure that
 * asks for the mark's removal.
 *
 * Unless said otherwise P = Wednesday 2022-03-16: yesterday = Tue 03-15, Sunday = 03-13,
 * the default range [2022-03-09, 2022-03-16].
 */

export type Family =
  | "day-forms" // a relative day or span in the incident's own clause
  | "month-year-forms" // months, years, parts of them, calendar dates, missing years
  | "relative-to-event" // "منذ <event>", "قبل يوم من <dated event>", an undated event
  | "announcement" // a day that dates the telling: [anchor-7, anchor]; a period [start-7, end]
  | "own-declaration" // a group declaring its own split on a day: that day
  | "other-happening" // raids, clashes, takeovers, checkpoints… dated in the same report
  | "dateline" // header and publication dates inside the text
  | "undated" // no expression: [P-7, P], text null
  | "text-over-P" // a text date contradicting P wins; an uncertain P (window)
  | "placement"; // round 6: the phrase under a reporting frame with a day of its own, or in a sentence that introduces the incident

export interface ExpectedDate {
  start: string;
  end: string;
  /** null: the default (no date text); absent: any text. */
  text?: null;
  /** Matches the event whose group id is this (for reports with several events). */
  group?: string;
}

export interface ConventionCase {
  family: Family;
  /** What the case shows. */
  note: string;
  published?: string | { start: string; end: string };
  text: string;
  events: ExpectedDate[];
  /** Why today's extractor fails it (then the suite expects the failure). */
  known?: string;
}

const P = "2022-03-16";
const DEFAULT = { start: "2022-03-09", end: "2022-03-16", text: null } as const;

export const CASES: ConventionCase[] = [
  // ---- day-forms -------------------------------------------------------------------------------
  { family: "day-forms", note: "أمس after the verb", text: "انشق 12 عنصراً من قوات النظام أمس في ريف درعا الغربي، ووصلوا إلى مناطق المعارضة.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "day-forms", note: "أمس before the verb", text: "وأمس، انشق 12 عنصراً من قوات النظام في ريف درعا الغربي ووصلوا إلى مناطق المعارضة.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "day-forms", note: "أمس الأول in the headline only", text: "انشقاق 7 عناصر من الفرقة الرابعة أمس الأول\nانشق 7 عناصر من الفرقة الرابعة في ريف دمشق، وفق ما قاله ناشطون للموقع.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  { family: "day-forms", note: "أول أمس", text: "فرّ 4 عناصر من الدفاع الوطني أول أمس من حواجزهم في ريف حمص.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  { family: "day-forms", note: "منذ يومين", text: "فرّ 5 عناصر من الدفاع الوطني منذ يومين نحو مناطق المعارضة في الشمال.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  { family: "day-forms", note: "منذ أربعة أيام (as منذ يومين)", text: "انشق 6 مقاتلين من قوات سوريا الديمقراطية منذ أربعة أيام ووصلوا إلى ريف حلب.", events: [{ start: "2022-03-12", end: "2022-03-12" }] },
  { family: "day-forms", note: "خلال الساعات الماضية before the verb", text: "خلال الساعات الماضية انشق 9 جنود من قوات النظام في ريف حماة الشمالي.", events: [{ start: "2022-03-15", end: "2022-03-16" }] },
  { family: "day-forms", note: "الـ72 ساعة الماضية", text: "انشق 4 عناصر من قسد خلال الـ72 ساعة الماضية في ريف دير الزور.", events: [{ start: "2022-03-13", end: "2022-03-16" }] },
  { family: "day-forms", note: "قبل أيام", text: "قبل أيام فرّ 6 عناصر من الفيلق الخامس إلى الأردن عبر الحدود.", events: [{ start: "2022-03-09", end: "2022-03-15" }] },
  { family: "day-forms", note: "الأسبوع الماضي", text: "انشق 3 ضباط من قوات النظام الأسبوع الماضي ووصلوا إلى الشمال السوري.", events: [{ start: "2022-03-09", end: "2022-03-15" }] },
  { family: "day-forms", note: "خلال الأيام القليلة الماضية", text: "تمكن 15 عنصراً من قسد خلال الأيام القليلة الماضية من الانشقاق والوصول إلى مناطق العشائر.", events: [{ start: "2022-03-09", end: "2022-03-16" }] },
  { family: "day-forms", note: "مؤخراً", text: "انشق مؤخراً 20 عنصراً من فرقة الحمزة وانضموا إلى فصيل آخر في ريف حلب.", events: [{ start: "2022-02-14", end: "2022-03-16" }] },
  { family: "day-forms", note: "منذ 3 سنوات = the calendar year", text: "وكان العقيد قد انشق عن الجيش السوري منذ 3 سنوات والتحق بفصائل المعارضة.", events: [{ start: "2019-01-01", end: "2019-12-31" }] },
  { family: "day-forms", note: "weekday + الماضي", text: "انشق 8 عناصر من قوات النظام يوم الأحد الماضي في ريف إدلب الجنوبي.", events: [{ start: "2022-03-13", end: "2022-03-13" }] },
  { family: "day-forms", note: "a bare weekday", text: "فرّ 10 عناصر من الدفاع الوطني الجمعة من مواقعهم في ريف حماة.", events: [{ start: "2022-03-11", end: "2022-03-11" }] },
  { family: "day-forms", note: "قبل شهر = the whole previous month", text: "انشق 11 عنصراً من الفرقة الرابعة قبل شهر ووصلوا إلى مناطق المعارضة.", events: [{ start: "2022-02-01", end: "2022-02-28" }] },
  { family: "day-forms", note: "في الأسابيع الأخيرة", text: "فرّ في الأسابيع الأخيرة 30 عنصراً من قسد نحو مناطق الجيش الوطني.", events: [{ start: "2022-02-02", end: "2022-03-16" }] },
  { family: "day-forms", note: "منذ قرابة الأسبوعين", text: "انشق 5 عناصر من قوات النظام منذ قرابة الأسبوعين في ريف درعا.", events: [{ start: "2022-02-27", end: "2022-03-05" }] },
  { family: "day-forms", note: "قبل أسابيع", text: "انشق 6 عناصر من قوات النظام قبل أسابيع وانضموا إلى الفصائل.", events: [{ start: "2022-02-02", end: "2022-03-02" }] },
  { family: "day-forms", note: "خلال الأشهر الماضية", text: "انشق خلال الأشهر الماضية نحو 50 عنصراً من الفيلق الخامس في ريف درعا.", events: [{ start: "2021-09-16", end: "2022-03-16" }] },
  { family: "day-forms", note: "قبل أشهر", text: "وكان 9 عناصر من الفيلق الخامس قد انشقوا قبل أشهر في ريف درعا الشرقي.", events: [{ start: "2021-03-16", end: "2022-01-16" }] },
  { family: "day-forms", note: "مساء أمس + weekday", text: "انشق 3 عناصر من حزب الله مساء أمس الثلاثاء في ريف القصير.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "day-forms", note: "فجر + weekday", text: "تمكن 4 جنود من قوات النظام فجر الاثنين من الانشقاق في ريف اللاذقية.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  {
    family: "day-forms",
    note: "أثناء الليل in a statement made today = P-1",
    text: "قالت مصادر محلية اليوم إن 8 عناصر من قسد فرّوا أثناء الليل نحو مناطق الجيش الوطني في ريف الرقة.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "day-forms",
    note: "أثناء الليل after the verb, statement of the day before the verb",
    text: "أفاد ناشطون اليوم بأن 6 عناصر من الدفاع الوطني انشقوا أثناء الليل من حاجز قرب مدينة حماة.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },

  { family: "day-forms", note: "خلال ليل + weekday = that weekday", text: "انشق 9 جنود من الفرقة الرابعة خلال ليل الخميس وتوجهوا نحو الحدود الأردنية.", events: [{ start: "2022-03-10", end: "2022-03-10" }] },
  { family: "day-forms", note: "الليلة الماضية in the headline, a dated raid in the body", text: "فرار 5 عناصر من الدفاع الوطني الليلة الماضية\nفرّ 5 عناصر من الدفاع الوطني من حاجزهم في ريف حمص. وكانت دورية قد داهمت القرية يوم الأحد.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "day-forms", note: "يوم أمس with a helper as subject", text: "أمّن الجيش الوطني يوم أمس انشقاق 4 عناصر من قسد عبر معبر في ريف الرقة.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },

  // ---- month-year-forms ------------------------------------------------------------------------
  { family: "month-year-forms", note: "مطلع الشهر الماضي", text: "انشق 14 عنصراً من قوات النظام مطلع الشهر الماضي في ريف حلب.", events: [{ start: "2022-02-01", end: "2022-02-10" }] },
  { family: "month-year-forms", note: "منتصف + bare month", text: "فرّ 7 عناصر من الفرقة الرابعة منتصف شباط من مواقعهم في ريف دمشق.", events: [{ start: "2022-02-11", end: "2022-02-20" }] },
  { family: "month-year-forms", note: "أواخر + month", text: "في أواخر كانون الثاني انشق 8 عناصر من قسد في ريف الحسكة.", events: [{ start: "2022-01-21", end: "2022-01-31" }] },
  { family: "month-year-forms", note: "مطلع عام 2014", text: "وكان الرائد قد انشق عن الجيش السوري مطلع عام 2014 وانضم إلى الجيش الحر.", events: [{ start: "2014-01-01", end: "2014-03-31" }] },
  { family: "month-year-forms", note: "نهاية العام الماضي", text: "انشق 25 عنصراً من جيش الإسلام نهاية العام الماضي وسلّموا أنفسهم لقوات النظام.", events: [{ start: "2021-10-01", end: "2021-12-31" }] },
  { family: "month-year-forms", note: "أواخر العام المنصرم", text: "انشقت مجموعة من فيلق الشام أواخر العام المنصرم وانضمت إلى فصيل آخر.", events: [{ start: "2021-10-01", end: "2021-12-31" }] },
  { family: "month-year-forms", note: "منتصف عام 2021 = April–September", text: "انشق نحو 40 عنصراً من قسد منتصف عام 2021 ووصلوا إلى مناطق الجيش الوطني.", events: [{ start: "2021-04-01", end: "2021-09-30" }] },
  { family: "month-year-forms", note: "P's own month + الماضي = a year earlier", text: "انشق 9 عناصر من الفيلق الخامس في آذار الماضي بريف درعا.", events: [{ start: "2021-03-01", end: "2021-03-31" }] },
  { family: "month-year-forms", note: "الشهر الجاري", text: "انشق 16 عنصراً من قوات النظام خلال الشهر الجاري في ريف إدلب.", events: [{ start: "2022-03-01", end: "2022-03-16" }] },
  { family: "month-year-forms", note: "paired month names, no year", text: "انشق 5 عناصر من حزب الله في 20 كانون الأول/ديسمبر وعادوا إلى لبنان.", events: [{ start: "2021-12-20", end: "2021-12-20" }] },
  { family: "month-year-forms", note: "paired with a dash", text: "انشق 10 عناصر من الدفاع الوطني في آب-أغسطس الماضي في ريف حماة.", events: [{ start: "2021-08-01", end: "2021-08-31" }] },
  { family: "month-year-forms", note: "an explicit date", text: "في 5 آذار 2022 انشق 13 عنصراً من قوات النظام في ريف حمص.", events: [{ start: "2022-03-05", end: "2022-03-05" }] },
  { family: "month-year-forms", note: "العام الماضي next to a date", text: "انشق 7 عناصر من قسد في 3 شباط من العام الماضي بريف الرقة.", events: [{ start: "2021-02-03", end: "2021-02-03" }] },
  {
    family: "month-year-forms",
    note: "days without a year in a January report: the previous year",
    published: "2022-01-05",
    text: "انشق 22 عنصراً من قوات النظام بين 08 كانون الأول لغاية 20 في ريف درعا.",
    events: [{ start: "2021-12-08", end: "2021-12-20" }],
  },
  {
    family: "month-year-forms",
    note: "days without a year in a December report that would fall after P: the previous year",
    published: "2021-12-10",
    text: "انشق 22 عنصراً من قوات النظام بين 08 كانون الأول لغاية 20 في ريف درعا.",
    events: [{ start: "2020-12-08", end: "2020-12-20" }],
  },
  {
    family: "month-year-forms",
    note: "a day without a year after P in a December report",
    published: "2022-12-10",
    text: "وكان 6 عناصر من قسد قد انشقوا في 20 كانون الأول ووصلوا إلى ريف حلب.",
    events: [{ start: "2021-12-20", end: "2021-12-20" }],
  },

  {
    family: "month-year-forms",
    note: "a day without a year far before P",
    text: "انشق 5 عناصر من قوات النظام في 25 تشرين الأول ووصلوا إلى ريف إدلب.",
    events: [{ start: "2021-10-25", end: "2021-10-25" }],
  },

  // ---- relative-to-event -----------------------------------------------------------------------
  {
    family: "relative-to-event",
    note: "منذ <event dated in the same phrase>",
    published: "2025-02-10",
    text: "انشق أكثر من 200 عنصر من قسد منذ سقوط نظام الأسد في 8 كانون الأول 2024 وانضموا إلى أبناء العشائر.",
    events: [{ start: "2024-12-08", end: "2025-02-10" }],
  },
  { family: "relative-to-event", note: "منذ <period>", text: "سجلت قسد منذ مطلع الشهر الحالي 40 حالة انشقاق بين مقاتليها في ريف دير الزور.", events: [{ start: "2022-03-01", end: "2022-03-16" }] },
  {
    family: "relative-to-event",
    note: "قبل يوم من <an event dated before it>",
    text: "أصدرت قيادة الفرقة الرابعة بياناً في 9 كانون الأول الماضي. وكان 14 عنصراً قد انشقوا عن الفرقة الرابعة قبل يوم من البيان.",
    events: [{ start: "2021-12-08", end: "2021-12-08" }],
  },
  {
    family: "relative-to-event",
    note: "an expression tied to an event the text never dates",
    text: "انشق 6 عناصر من قسد قبيل انسحابها من بلدة الباغوز ووصلوا إلى مناطق الجيش الوطني.",
    events: [DEFAULT],
  },
  {
    family: "relative-to-event",
    note: "after an undated event",
    text: "فرّ 12 عنصراً من قوات النظام بعد انسحاب وحداتهم من البلدة، ووصلوا إلى مناطق المعارضة.",
    events: [DEFAULT],
  },

  {
    family: "relative-to-event",
    note: "منذ <an event the text never dates>",
    text: "فرّ 30 عنصراً من قسد منذ بدء الهجوم على ريف الحسكة، بحسب ناشطين.",
    events: [DEFAULT],
  },
  {
    family: "relative-to-event",
    note: "قبل يومين من <a dated event>",
    text: "بدأت قوات النظام حملة عسكرية على البلدة في 10 شباط. وكان 7 عناصر من الفرقة الرابعة قد فروا قبل يومين من الحملة.",
    events: [{ start: "2022-02-08", end: "2022-02-08" }],
  },

  // ---- announcement ----------------------------------------------------------------------------
  {
    family: "announcement",
    note: "نقلت … اليوم الأحد أن … (the day dates the telling)",
    published: "2022-03-13",
    text: "نقلت مصادر محلية اليوم الأحد أن 25 عنصراً من قسد انشقوا ووصلوا إلى مناطق الجيش الوطني.",
    events: [{ start: "2022-03-06", end: "2022-03-13" }],
  },
  { family: "announcement", note: "قالت …، أمس، إن …", text: "قالت وكالة الأناضول، أمس، إن 17 جندياً من قوات النظام فروا إلى تركيا.", events: [{ start: "2022-03-08", end: "2022-03-15" }] },
  { family: "announcement", note: "أعلنت … اليوم انشقاق (others' defection)", text: "أعلنت قيادة الجيش الوطني اليوم انشقاق 40 عنصراً من قسد ووصولهم إلى ريف حلب.", events: [{ start: "2022-03-09", end: "2022-03-16" }] },
  { family: "announcement", note: "نقل …، الاثنين، عن مصادر أن …", text: "نقل المرصد، الاثنين، عن مصادر أهلية أن 8 عناصر من قوات النظام انشقوا في ريف درعا.", events: [{ start: "2022-03-07", end: "2022-03-14" }] },
  { family: "announcement", note: "ذكرت … أمس أن …", text: "ذكرت شبكة محلية أمس أن 6 عناصر من الدفاع الوطني فروا من حاجزهم في ريف حمص.", events: [{ start: "2022-03-08", end: "2022-03-15" }] },
  { family: "announcement", note: "date after the trigger, with its reporting verb", text: "انشق 12 عنصراً من قسد في ريف الحسكة، بحسب ما أفادت مصادر محلية أمس.", events: [{ start: "2022-03-08", end: "2022-03-15" }] },
  {
    family: "announcement",
    note: "anchor on a period: [start-7, end]",
    text: "أفاد مكتب معارض، مطلع شهر تشرين الثاني الفائت، بأنه أمّن انشقاق 10 عناصر من قوات النظام في ريف إدلب.",
    events: [{ start: "2021-10-25", end: "2021-11-10" }],
  },
  {
    family: "announcement",
    note: "an announcement dated only by a month",
    text: "في شهر آب الماضي أفادت مصادر محلية بانشقاق 30 عنصراً من الفيلق الخامس في ريف درعا.",
    events: [{ start: "2021-07-25", end: "2021-08-31" }],
  },
  {
    family: "announcement",
    note: "the verb has no day; the day is inside what it reports (after أن)",
    text: "ذكرت مصادر محلية أن 11 عنصراً من الدفاع الوطني انشقوا أمس في ريف حماة.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "announcement",
    note: "the day inside the reported clause, far after أن, with a verbal noun",
    text: "وأشار الناشط إلى أن نحو 30 مقاتلاً من الدفاع الوطني استطاعوا خلال الأيام القليلة الماضية الانشقاق والوصول إلى ريف إدلب.",
    events: [{ start: "2022-03-09", end: "2022-03-16" }],
  },
  {
    family: "announcement",
    note: "a day before the trigger, after أن: the happening's day",
    text: "وأوضح المصدر أن مجموعة من قسد انشقت، يوم الجمعة، عن الميليشيا في ريف الحسكة.",
    events: [{ start: "2022-03-11", end: "2022-03-11" }],
  },
  {
    family: "announcement",
    note: "أكد … أن X أحصت، اليوم، حالات انشقاق",
    text: "وأكد المصدر أن الشرطة العسكرية أحصت، اليوم الأربعاء، 5 حالات انشقاق في صفوفها بريف حماة.",
    events: [{ start: "2022-03-16", end: "2022-03-16" }],
  },
  {
    family: "announcement",
    note: "أفاد … بأن … صباح اليوم",
    text: "أفاد ناشطون بأن 5 عناصر من الفرقة الرابعة فروا صباح اليوم من مواقعهم في ريف دمشق.",
    events: [{ start: "2022-03-16", end: "2022-03-16" }],
  },

  {
    family: "announcement",
    note: "كشفت … اليوم عن انشقاق (a verbal noun after عن)",
    text: "كشفت مصادر خاصة اليوم الأربعاء عن انشقاق 12 عنصراً من الفيلق الخامس في ريف درعا.",
    events: [{ start: "2022-03-09", end: "2022-03-16" }],
  },
  {
    family: "announcement",
    note: "قال … في تصريح يوم الأحد إن …",
    text: "قال مسؤول في الجيش الوطني في تصريح للموقع يوم الأحد إن 9 عناصر من قسد انشقوا ووصلوا إلى مناطقهم.",
    events: [{ start: "2022-03-06", end: "2022-03-13" }],
  },
  {
    family: "announcement",
    note: "the telling's day after the trigger, a dated happening inside the reported clause",
    text: "أفادت مصادر محلية اليوم بأن 4 عناصر من قسد انشقوا أمس ووصلوا إلى ريف حلب.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "announcement",
    note: "the incident's day in the headline, the telling's day in the body: the incident's",
    text: "انشقاق 20 عنصراً من قسد أمس\nقالت مصادر محلية اليوم إن 20 عنصراً من قسد انشقوا في ريف الحسكة.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "announcement",
    note: "the announcement in the headline, the incident dated in the body",
    text: "مصادر تعلن اليوم انشقاق 6 عناصر من الدفاع الوطني\nانشق 6 عناصر من الدفاع الوطني يوم الأحد في ريف حماة.",
    events: [{ start: "2022-03-13", end: "2022-03-13" }],
  },

  {
    family: "announcement",
    note: "negative: a day after نقل عن (not أن) still dates the telling",
    text: "نقلت الوكالة عن مصادر محلية اليوم أن 6 عناصر من قسد انشقوا ووصلوا إلى ريف حلب.",
    events: [{ start: "2022-03-09", end: "2022-03-16" }],
  },

  // ---- own-declaration -------------------------------------------------------------------------
  {
    family: "own-declaration",
    note: "a group declares its own split on a named day",
    published: "2022-03-15",
    text: "أعلن لواء أحرار الرقة اليوم الثلاثاء فك ارتباطه بقوات سوريا الديمقراطية.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "own-declaration",
    note: "a group declares its own defection, the day after the verb",
    text: "أعلنت مجموعة من الفرقة الرابعة أمس انشقاقها عن قوات النظام وانضمامها إلى فصائل المعارضة.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "own-declaration",
    note: "the declaration's day before the verb",
    text: "ويوم الأحد أعلن لواء التحرير انفصاله عن قوات سوريا الديمقراطية في ريف الرقة.",
    events: [{ start: "2022-03-13", end: "2022-03-13" }],
  },

  // ---- other-happening -------------------------------------------------------------------------
  {
    family: "other-happening",
    note: "a raid dated in the next sentence",
    text: "انشق 7 عناصر من الفرقة الرابعة ووصلوا إلى مناطق قسد. وكانت الفرقة قد شنت حملة مداهمات في البلدة أمس.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "clashes dated in the sentence before",
    text: "اندلعت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في ريف إدلب. وانشق 4 عناصر من قوات النظام وانضموا إلى الفصائل.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "a takeover dated in another clause of the sentence",
    text: "سيطرت فصائل المعارضة أمس الجمعة على بلدة كفرنبودة، في حين انشق 10 عناصر من قوات النظام وسلّموا أنفسهم.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "checkpoints dated in the sentence before",
    text: "نصبت قسد حواجز جديدة في مدينة الرقة اليوم الأربعاء. وفرّ 6 عناصر من قسد نحو مناطق الجيش الوطني.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "an explosion dated in the sentence before",
    text: "هز انفجار مدينة الباب صباح أمس. وفي سياق آخر، انشق 3 عناصر من فرقة الحمزة وانضموا إلى فصيل آخر.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "a ceasefire dated in the sentence before",
    text: "دخل وقف إطلاق النار حيز التنفيذ منتصف ليل الأحد. وانشق 20 عنصراً من قوات النظام وانضموا إلى المعارضة.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "protests dated in the sentence before",
    text: "خرجت مظاهرات في مدينة درعا يوم الجمعة الماضي. وانشق 6 عناصر من الفرقة الرابعة في المدينة.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "casualties dated in the sentence before",
    text: "قتل 12 عنصراً من قوات النظام في قصف أمس على ريف إدلب. كما فرّ 3 عناصر من قوات النظام إلى تركيا.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "arrival dates the defection",
    text: "انشق 5 عناصر من قوات النظام ووصلوا مساء أمس إلى مدينة إدلب.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "other-happening",
    note: "a dated defection, then a raid dated in the next sentence",
    text: "انشق 8 عناصر من قسد يوم الاثنين في ريف دير الزور. وشنت قسد أمس حملة اعتقالات في المنطقة.",
    events: [{ start: "2022-03-14", end: "2022-03-14" }],
  },
  {
    family: "other-happening",
    note: "a takeover dated in a flashback sentence after a defection of the day",
    text: "تمكن 4 عناصر من الفيلق الخامس صباح اليوم من الانشقاق في ريف درعا. وكانت فصائل محلية قد سيطرت أمس على حاجزين في المنطقة.",
    events: [{ start: "2022-03-16", end: "2022-03-16" }],
  },

  {
    family: "other-happening",
    note: "a takeover dated before the defection in the same sentence (بعد أن)",
    text: "بعد أن سيطرت فصائل المعارضة أمس على بلدة في ريف حماة، انشق 10 عناصر من قوات النظام وسلّموا أنفسهم.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "a dated defection after a dated clash in the sentence before",
    text: "دارت اشتباكات بين قسد وأبناء العشائر يوم السبت. وانشق 15 عنصراً من قسد صباح اليوم في ريف دير الزور.",
    events: [{ start: "2022-03-16", end: "2022-03-16" }],
  },

  {
    family: "other-happening",
    note: "a date in a relative clause about another happening (الخسائر التي …) before the trigger",
    text: "أدت الخسائر التي مني بها حزب الله خلال الأشهر الماضية إلى فرار 6 من عناصره نحو لبنان.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "a date in a relative clause about battles, the defection after it",
    text: "وأدت المعارك التي دارت أمس في ريف حماة إلى انشقاق 8 عناصر من الفرقة الرابعة.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "a date that dates a growing trend in the clause before the incident",
    text: "تصاعدت حالات الفرار من الفرقة الرابعة في الفترة الأخيرة، ومنها فرار مجموعة من الفرقة الرابعة في ريف دمشق نهاية العام الماضي.",
    events: [{ start: "2021-10-01", end: "2021-12-31" }],
  },
  {
    family: "other-happening",
    note: "a trend's date in the clause before, the incident's own date two clauses after",
    text: "وكانت الانشقاقات في صفوف الدفاع الوطني قد تصاعدت خلال الفترة الماضية، ومن أبرزها انشقاق مجموعة من الدفاع الوطني قرب السلمية، ولجوء عناصرها إلى مناطق المعارضة أواخر العام الماضي.",
    events: [{ start: "2021-10-01", end: "2021-12-31" }],
  },
  {
    family: "other-happening",
    note: "an anaphoric sentence dates the incident told before it (العملية تمت …)",
    text: "انشق 9 عناصر من قوات النظام ووصلوا إلى مناطق المعارضة في ريف إدلب. وبيّن المصدر أن العملية تمت فجر اليوم بالتنسيق مع فصائل المعارضة.",
    events: [{ start: "2022-03-16", end: "2022-03-16" }],
  },
  {
    family: "other-happening",
    note: "an anaphoric sentence two sentences after the incident (وجرى ذلك …)",
    text: "أمّن الجيش الوطني انشقاق 4 عناصر من قسد في ريف الرقة. ووصل العناصر إلى مدينة تل أبيض. وجرى ذلك مساء أمس عبر أحد المعابر.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "other-happening",
    note: "negative: an indefinite happening in the next sentence is not the incident",
    text: "انشق 9 عناصر من قوات النظام ووصلوا إلى مناطق المعارضة في ريف إدلب. وجرت عملية تبادل أسرى أمس بين الطرفين.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "negative: a referring sentence that names another happening lends no date",
    text: "انشق 9 عناصر من قوات النظام ووصلوا إلى مناطق المعارضة في ريف إدلب. وجرى ذلك بعد اشتباكات اندلعت أمس في المنطقة.",
    events: [DEFAULT],
  },
  {
    family: "day-forms",
    note: "a period and the day that specifies it in apposition: the day",
    text: "فرّ 7 عناصر من الدفاع الوطني مطلع هذا الأسبوع، الاثنين 14 آذار، من حاجز في ريف حمص.",
    events: [{ start: "2022-03-14", end: "2022-03-14" }],
  },
  {
    family: "day-forms",
    note: "a month and the day that specifies it in apposition",
    text: "انشق 10 عناصر من الدفاع الوطني الشهر الماضي، في 12 شباط، ووصلوا إلى ريف إدلب.",
    events: [{ start: "2022-02-12", end: "2022-02-12" }],
  },

  {
    family: "other-happening",
    note: "negative: a relative clause about people, with the trigger inside it, keeps its date",
    text: "قال ناشطون إن 8 من العناصر الذين فروا أمس من الدفاع الوطني وصلوا إلى ريف إدلب.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "day-forms",
    note: "negative: two days joined by و are no apposition",
    text: "انشق 5 عناصر من قسد أمس واليوم في ريف دير الزور.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },

  {
    family: "other-happening",
    note: "an agreement dated after أن is another happening, and lends no date to a later reference",
    text: "فرّ 5 عناصر من قسد ليلة الأحد ووصلوا إلى ريف حلب. وذكر قيادي أن المجموعة اتفقت مع الجيش الوطني قبل أسبوعين على طريق الخروج، وأن قسد داهمت منازلهم بعد علمها بفرارهم.",
    events: [{ start: "2022-03-13", end: "2022-03-13" }],
  },

  // ---- dateline --------------------------------------------------------------------------------
  { family: "dateline", note: "نشر بتاريخ", text: "نشر بتاريخ: 13 آذار 2022\nانشق 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.", events: [DEFAULT] },
  { family: "dateline", note: "an outlet's header line", text: "● أخبار سورية ١٤ آذار ٢٠٢٢\nانشق 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.", events: [DEFAULT] },
  { family: "dateline", note: "a dotted numeric date", published: "2013-05-20", text: "20.05.2013\nانشق 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.", events: [{ start: "2013-05-13", end: "2013-05-20", text: null }] },

  { family: "dateline", note: "a wire dateline: city - date (agency) -", text: "دمشق - 15 آذار 2022 (رويترز) - انشق 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.", events: [DEFAULT] },
  { family: "dateline", note: "a wire dateline without a year, after the headline", text: "انشقاق عناصر من قسد\nالرقة، 16 آذار / مارس (سانا) - انشق 9 عناصر من قسد في ريف الرقة.", events: [DEFAULT] },
  { family: "dateline", note: "a wire dateline: city (agency) numeric date —", text: "إدلب (الأناضول) 16/03/2022 — انشق 9 عناصر من قوات النظام في ريف حمص.", events: [DEFAULT] },
  { family: "dateline", note: "negative: a date after في opening a line is the incident's", text: "وفي 12 آذار: انشق 9 عناصر من قوات النظام في ريف حمص.", events: [{ start: "2022-03-12", end: "2022-03-12" }] },
  { family: "dateline", note: "negative: a weekday and date opening the story's sentence", text: "يوم الأحد، 13 آذار: انشق 9 عناصر من قوات النظام في ريف حمص.", events: [{ start: "2022-03-13", end: "2022-03-13" }] },

  // ---- undated ---------------------------------------------------------------------------------
  { family: "undated", note: "no expression", text: "انشق 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.", events: [DEFAULT] },
  { family: "undated", note: "no expression, headline and body", text: "انشقاق عناصر من الفرقة الرابعة\nانشق 9 عناصر من الفرقة الرابعة في ريف دمشق، بحسب ناشطين.", events: [DEFAULT] },
  { family: "undated", note: "a reporting verb with no day", text: "قالت مصادر محلية إن 9 عناصر من الفيلق الخامس انشقوا في ريف درعا.", events: [DEFAULT] },
  {
    family: "undated",
    note: "an uncertain P (a window): [start-7, end]",
    published: { start: "2022-03-01", end: "2022-03-31" },
    text: "انشق 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.",
    events: [{ start: "2022-02-22", end: "2022-03-31", text: null }],
  },

  {
    family: "undated",
    note: "a dated statement about salaries, no date for the defection",
    text: "تأخر صرف رواتب عناصر الفيلق الخامس منذ الشهر الماضي. وانشق 12 عنصراً من الفيلق الخامس احتجاجاً.",
    events: [DEFAULT],
  },

  // ---- text-over-P -----------------------------------------------------------------------------
  {
    family: "text-over-P",
    note: "an explicit date contradicting P wins",
    published: "2022-03-16",
    text: "انشق 13 عنصراً من قوات النظام يوم الأحد 6 آذار 2022 في ريف حمص.",
    events: [{ start: "2022-03-06", end: "2022-03-06" }],
  },
  {
    family: "text-over-P",
    note: "a year-less date of a past day",
    text: "وكان 4 عناصر من الدفاع الوطني قد فرّوا في 2 آذار إلى مناطق المعارضة.",
    events: [{ start: "2022-03-02", end: "2022-03-02" }],
  },
  {
    family: "text-over-P",
    note: "اليوم with a calendar date that contradicts P",
    text: "انشق اليوم الأحد 13 آذار 2022 نحو 20 عنصراً من قوات النظام في ريف درعا.",
    events: [{ start: "2022-03-13", end: "2022-03-13" }],
  },
  {
    family: "text-over-P",
    note: "أمس under an uncertain P",
    published: { start: "2022-03-01", end: "2022-03-31" },
    text: "انشق أمس 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.",
    events: [{ start: "2022-02-28", end: "2022-03-30" }],
  },

  // ---- round two: frames across sentences -------------------------------------------------------
  {
    family: "announcement",
    note: "the announcement's day in one sentence, the figure undated in the next",
    text: "أعلنت مصادر في الجيش الوطني أمس عن فرار عدد من عناصر الفرقة الرابعة. وقالت إن 12 عنصراً فروا من مواقعهم في ريف دمشق.",
    events: [{ start: "2022-03-08", end: "2022-03-15" }],
  },
  {
    family: "announcement",
    note: "وفق ما أعلنته … اليوم (a verb with an object pronoun)",
    text: "انشق 12 عنصراً من قسد في ريف الحسكة، وفق ما أعلنته مصادر محلية اليوم.",
    events: [{ start: "2022-03-09", end: "2022-03-16" }],
  },
  {
    family: "announcement",
    note: "بحسب ما نقله … أمس",
    text: "فرّ 7 عناصر من الدفاع الوطني نحو ريف إدلب، بحسب ما نقله موقع محلي أمس.",
    events: [{ start: "2022-03-08", end: "2022-03-15" }],
  },
  {
    family: "announcement",
    note: "ذكرت … أمس الأول أن …",
    text: "ذكرت وكالة محلية أمس الأول أن 6 عناصر من الفيلق الخامس انشقوا في ريف درعا.",
    events: [{ start: "2022-03-07", end: "2022-03-14" }],
  },
  {
    family: "announcement",
    note: "صرّح … يوم الجمعة بأن …",
    text: "صرّح قائد في الجيش الوطني يوم الجمعة بأن 9 عناصر من قسد انشقوا ووصلوا إلى مناطقهم.",
    events: [{ start: "2022-03-04", end: "2022-03-11" }],
  },
  {
    family: "announcement",
    note: "anchor on an explicit day of the month: [d-7, d]",
    text: "أعلن المكتب في 10 من الشهر الجاري تأمين انشقاق 6 عناصر من قوات النظام في ريف حلب.",
    events: [{ start: "2022-03-03", end: "2022-03-10" }],
  },
  {
    family: "announcement",
    note: "the statement dated in the sentence after (جاء ذلك في بيان …)",
    text: "انشق 12 عنصراً من قسد في ريف الحسكة. جاء ذلك في بيان نشرته مصادر محلية اليوم الأربعاء.",
    events: [{ start: "2022-03-09", end: "2022-03-16" }],
  },
  {
    family: "announcement",
    note: "كشف عن انشقاق … الأسبوع الماضي (the day after the verbal noun)",
    text: "كشف مصدر عسكري عن انشقاق 12 عنصراً من الفرقة الرابعة الأسبوع الماضي في ريف دمشق.",
    events: [{ start: "2022-03-09", end: "2022-03-15" }],
  },
  {
    family: "own-declaration",
    note: "people declaring their own defection on a day",
    text: "أعلن 20 عنصراً من قسد اليوم انشقاقهم عنها في مقطع مصور من ريف دير الزور.",
    events: [{ start: "2022-03-16", end: "2022-03-16" }],
  },
  {
    family: "own-declaration",
    note: "a faction declares its split, the day between commas",
    text: "أعلن فصيل جيش الأحرار، الأحد، انفصاله عن هيئة تحرير الشام.",
    events: [{ start: "2022-03-13", end: "2022-03-13" }],
  },
  {
    family: "day-forms",
    note: "two incidents on two days",
    text: "انشق 5 عناصر من قوات النظام يوم الأحد في ريف درعا. وفي حادثة منفصلة، فرّ 3 عناصر من الدفاع الوطني أمس في ريف حمص.",
    events: [{ group: "syrian-army", start: "2022-03-13", end: "2022-03-13" }, { group: "ndf", start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "day-forms",
    note: "arrival dated in the next sentence dates the defection",
    text: "انشق 6 عناصر من قوات النظام في ريف درعا. ووصل العناصر مساء أمس إلى مناطق المعارضة في الشمال.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "day-forms",
    note: "negative: reinforcements arriving on a day do not date the defection",
    text: "انشق 6 عناصر من قوات النظام في ريف درعا. ووصلت تعزيزات عسكرية مساء أمس إلى المنطقة.",
    events: [DEFAULT],
  },
  {
    family: "day-forms",
    note: "a weekday under an uncertain P",
    published: { start: "2022-03-14", end: "2022-03-16" },
    text: "انشق 8 عناصر من قوات النظام يوم الأحد في ريف إدلب الجنوبي.",
    events: [{ start: "2022-03-13", end: "2022-03-13" }],
  },
  {
    family: "day-forms",
    note: "a background service date in the next sentence",
    text: "انشق العقيد عن قوات النظام أمس ووصل إلى ريف إدلب. وكان العقيد قد خدم في الفرقة الرابعة منذ عام 2015.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "month-year-forms",
    note: "في الأول من الشهر الجاري",
    text: "انشق 10 عناصر من قسد في الأول من الشهر الجاري ووصلوا إلى ريف حلب.",
    events: [{ start: "2022-03-01", end: "2022-03-01" }],
  },
  {
    family: "month-year-forms",
    note: "خلال العام الجاري",
    text: "انشق خلال العام الجاري أكثر من 60 عنصراً من الفيلق الخامس في ريف درعا.",
    events: [{ start: "2022-01-01", end: "2022-03-16" }],
  },
  {
    family: "relative-to-event",
    note: "منذ <an event dated in the sentence before>",
    text: "بدأت العملية العسكرية التركية في 9 تشرين الأول الماضي. وانشق منذ بدء العملية أكثر من 100 عنصر من قسد.",
    events: [{ start: "2021-10-09", end: "2022-03-16" }],
  },
  {
    family: "relative-to-event",
    note: "بعد يومين من <a dated event>",
    text: "سيطرت الفصائل على البلدة في 5 آذار. وبعد يومين من ذلك انشق 6 عناصر من قوات النظام.",
    events: [{ start: "2022-03-07", end: "2022-03-07" }],
  },
  {
    family: "relative-to-event",
    note: "قبل يوم من ذلك, after a dated happening",
    text: "أعلن الجيش الوطني في 3 شباط سيطرته على قرية في ريف الرقة. وكان 5 عناصر من قسد قد انشقوا قبل يوم من ذلك.",
    events: [{ start: "2022-02-02", end: "2022-02-02" }],
  },
  {
    family: "dateline",
    note: "a weekday header line, the incident dated in the body",
    text: "الأربعاء 16 آذار 2022\nانشق 9 عناصر من قوات النظام الليلة الماضية في ريف حمص.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  {
    family: "dateline",
    note: "a publication line at the end",
    text: "انشق 9 عناصر من قوات النظام في ريف حمص ووصلوا إلى مناطق المعارضة.\nتاريخ النشر: 14 آذار 2022",
    events: [DEFAULT],
  },

  // ---- round three: more expression forms of the conventions ------------------------------------
  { family: "day-forms", note: "خلال اليومين الماضيين", text: "انشق خلال اليومين الماضيين 11 عنصراً من قسد في ريف الرقة.", events: [{ start: "2022-03-14", end: "2022-03-16" }] },
  { family: "day-forms", note: "الأربع والعشرين ساعة الماضية", text: "فرّ 4 جنود من قوات النظام خلال الأربع والعشرين ساعة الماضية من مواقعهم في ريف حلب.", events: [{ start: "2022-03-15", end: "2022-03-16" }] },
  { family: "day-forms", note: "خلال الآونة الأخيرة", text: "انشق خلال الآونة الأخيرة 25 عنصراً من الفيلق الخامس في ريف درعا.", events: [{ start: "2022-02-14", end: "2022-03-16" }] },
  { family: "day-forms", note: "P's weekday + الماضي = a week before", text: "انشق 6 عناصر من قسد يوم الأربعاء الماضي في ريف دير الزور.", events: [{ start: "2022-03-09", end: "2022-03-09" }] },
  { family: "day-forms", note: "weekday + الفائت", text: "فرّ 3 عناصر من حزب الله يوم الخميس الفائت إلى لبنان.", events: [{ start: "2022-03-10", end: "2022-03-10" }] },
  { family: "day-forms", note: "صباح اليوم + weekday in the body, headline undated", text: "انشقاق عناصر من قسد في ريف دير الزور\nانشق 7 عناصر من قسد صباح اليوم الأربعاء في ريف دير الزور الشرقي.", events: [{ start: "2022-03-16", end: "2022-03-16" }] },
  { family: "month-year-forms", note: "الشهر الماضي", text: "انشق 19 عنصراً من قوات النظام الشهر الماضي في ريف إدلب.", events: [{ start: "2022-02-01", end: "2022-02-28" }] },
  { family: "month-year-forms", note: "a month name + الفائت before P's month", text: "انشق 8 عناصر من الفرقة الرابعة في شباط الفائت بريف دمشق.", events: [{ start: "2022-02-01", end: "2022-02-28" }] },
  { family: "month-year-forms", note: "a bare month after P's month: last year's", text: "انشق 8 عناصر من الفرقة الرابعة في تشرين الثاني بريف دمشق.", events: [{ start: "2021-11-01", end: "2021-11-30" }] },
  { family: "month-year-forms", note: "paired names, Egyptian first", text: "انشق 5 عناصر من قسد في 12 ديسمبر/كانون الأول 2021 بريف الحسكة.", events: [{ start: "2021-12-12", end: "2021-12-12" }] },
  { family: "month-year-forms", note: "Arabic-Indic digits", text: "انشق ٥ عناصر من قسد في ١٢ شباط بريف الحسكة.", events: [{ start: "2022-02-12", end: "2022-02-12" }] },
  { family: "month-year-forms", note: "مطلع العام الجاري", text: "انشق مطلع العام الجاري 30 عنصراً من قسد في ريف دير الزور.", events: [{ start: "2022-01-01", end: "2022-03-16" }] },
  { family: "month-year-forms", note: "a year alone", text: "وكان الضابط قد انشق عن قوات النظام عام 2013 وانضم إلى الجيش الحر.", events: [{ start: "2013-01-01", end: "2013-12-31" }] },
  { family: "month-year-forms", note: "a month with a year before the trigger", text: "في أيار 2019 انشق 12 عنصراً من الفيلق الخامس في ريف درعا.", events: [{ start: "2019-05-01", end: "2019-05-31" }] },
  {
    family: "announcement",
    note: "a quoted statement with the day in the narration",
    text: "قال قيادي في الجيش الوطني لموقعنا، الثلاثاء: «وصل إلينا 15 عنصراً منشقاً عن قسد».",
    events: [{ start: "2022-03-08", end: "2022-03-15" }],
  },
  {
    family: "announcement",
    note: "the announcement day in the headline, the incident undated",
    text: "الجيش الوطني يعلن اليوم استقبال منشقين عن قسد\nأعلن الجيش الوطني استقبال 14 عنصراً انشقوا عن قسد في ريف الرقة.",
    events: [{ start: "2022-03-09", end: "2022-03-16" }],
  },
  // ---- r9-leftovers: a documentation verb is a telling; an ordinal that ends a unit name is no hour --------
  { family: "announcement", note: "وثّق + a day: the documentation's day", text: "وثّق المرصد أمس انشقاق 7 عناصر من قوات النظام في ريف درعا.", events: [{ start: "2022-03-08", end: "2022-03-15" }] },
  { family: "announcement", note: "وثقت + a weekday", text: "وثقت الشبكة السورية يوم الأحد فرار 4 عناصر من قسد في ريف دير الزور.", events: [{ start: "2022-03-06", end: "2022-03-13" }] },
  { family: "announcement", note: "رصد + a day", text: "رصد ناشطون أمس انشقاق 6 عناصر من الفرقة الرابعة في ريف دمشق.", events: [{ start: "2022-03-08", end: "2022-03-15" }] },
  { family: "announcement", note: "negative: the time of day after the documented incident dates the incident", text: "وثّق المرصد انشقاق 7 عناصر من قوات النظام فجر أمس في ريف درعا.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "day-forms", note: "a unit's ordinal before مساء + weekday is no hour", text: "انشق عناصر عن الفرقة الرابعة مساء الاثنين في ريف دمشق.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  { family: "day-forms", note: "an hour after the unit name (الساعة … من فجر)", text: "انشق 5 عناصر من الفرقة الرابعة عند الساعة الرابعة من فجر الاثنين.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  {
    family: "undated",
    note: "a dated killing in the same sentence, after the trigger",
    text: "انشق 8 عناصر من قوات النظام في ريف درعا، فيما قتل 3 آخرون في قصف أمس.",
    events: [DEFAULT],
  },

  // ---- a trend sentence that sums up the incident told after it -----------------------------------
  {
    family: "other-happening",
    note: "a trend sentence that sums up the undated figure after it dates it",
    text: "شهدت صفوف الفيلق الخامس مؤخراً حالات انشقاق عديدة في ريف درعا. وتجاوز عدد المنشقين 60 عنصراً، بحسب مصادر محلية.",
    events: [{ start: "2022-02-14", end: "2022-03-16" }],
  },
  {
    family: "other-happening",
    note: "negative: an incident told by a verb of its own is one case inside the trend, undated",
    text: "تتكرر منذ مطلع الشهر الجاري حالات الانشقاق في صفوف الدفاع الوطني. وفرّ 12 عنصراً من الدفاع الوطني من مواقعهم في ريف حماة.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "the trend's people counted in the next sentence (المنشقون)",
    text: "تزايدت خلال الأسبوعين الماضيين حالات الانشقاق في صفوف قسد بريف دير الزور. وبلغ عدد المنشقين 45 عنصراً وفق مصادر محلية.",
    events: [{ start: "2022-03-02", end: "2022-03-16" }],
  },
  {
    family: "other-happening",
    note: "negative: a trend of another group does not date the incident",
    text: "تزايدت مؤخراً حالات الانشقاق في صفوف قسد. وانشق 6 عناصر من قوات النظام في ريف درعا.",
    events: [DEFAULT],
  },
  {
    family: "other-happening",
    note: "negative: the incident's own day stands over the trend's",
    text: "شهدت صفوف الفيلق الخامس مؤخراً حالات انشقاق عديدة في ريف درعا. وانشق 6 عناصر من الفيلق الخامس أمس.",
    events: [{ start: "2022-03-15", end: "2022-03-15" }],
  },
  // ---- placement (round 6, from the CheckList perturbations of lib/eval/perturb/dates-placement.ts) --------
  { family: "placement", note: "frame dated أمس, the incident's own day after أنه", text: "وذكرت مصادر محلية أمس أنه انشق 9 عناصر من الفرقة الرابعة فجر الأحد في ريف درعا.", events: [{ start: "2022-03-13", end: "2022-03-13" }] },
  { family: "placement", note: "frame dated اليوم, a part of the month inside", text: "قالت مصادر اليوم إن 6 عناصر من قوات النظام فروا مطلع الشهر الجاري نحو الشمال.", events: [{ start: "2022-03-01", end: "2022-03-10" }] },
  { family: "placement", note: "frame dated أمس, the date inside belongs to another happening: the frame bounds", text: "وذكرت مصادر أمس أن 6 عناصر من قوات النظام فروا بعد المعارك التي دارت الأحد.", events: [{ start: "2022-03-08", end: "2022-03-15" }] },
  { family: "placement", note: "a sentence before introduces the incident with its day", text: "شهدت المنطقة حادثة جديدة فجر الأحد. انشق 5 عناصر من الدفاع الوطني في ريف حمص.", events: [{ start: "2022-03-13", end: "2022-03-13" }] },
  { family: "placement", note: "واقعة جديدة أمس, then the telling", text: "سجلت مصادر محلية واقعة جديدة أمس. وفرّ 3 عناصر من الفرقة الرابعة نحو الشمال السوري.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "placement", note: "negative: clashes the day before are another happening", text: "شهدت المنطقة اشتباكات عنيفة أمس. انشق 5 عناصر من الدفاع الوطني في ريف حمص.", events: [DEFAULT] },
  { family: "placement", note: "a later sentence refers back with the date fronted before a comma", text: "انشق 4 عناصر من الفرقة الرابعة في ريف درعا. وأوضح المصدر أن فجر اليوم، العملية جرت بهدوء.", events: [{ start: "2022-03-16", end: "2022-03-16" }] },
  { family: "placement", note: "negative: the clause after a fronted date names another happening", text: "انشق 4 عناصر من الفرقة الرابعة في ريف درعا. وأوضح المصدر أن فجر اليوم، جرت اشتباكات في المنطقة.", events: [DEFAULT] },
  { family: "placement", note: "وكان ذلك + day in the next sentence", text: "انشق 5 عناصر من الفرقة الرابعة في ريف درعا. وكان ذلك فجر الأحد.", events: [{ start: "2022-03-13", end: "2022-03-13" }] },
  { family: "placement", note: "وذلك + day as a sentence of its own", text: "فرّ 3 عناصر من الدفاع الوطني نحو الشمال. وذلك مساء أمس بحسب مصادر محلية.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "placement", note: "وذلك + preposition + day after a reporting clause: the happening's day, not the telling's", text: "انشق 6 عناصر من الفرقة الرابعة في ريف درعا، بحسب ما أفادت مصادر محلية، وذلك في 3 آذار.", events: [{ start: "2022-03-03", end: "2022-03-03" }] },
  { family: "placement", note: "negative: وكان ذلك after another happening's date", text: "انشق 5 عناصر من الفرقة الرابعة في ريف درعا. وكان ذلك بعد اشتباكات عنيفة فجر الأحد.", events: [DEFAULT] },
  { family: "placement", note: "negative: an incident noun of another happening (حادثة اغتيال)", text: "شهدت المنطقة حادثة اغتيال أمس. انشق 5 عناصر من الدفاع الوطني في ريف حمص.", events: [DEFAULT] },
  // ---- the incident's day told late, in the details (round 8, refiners/date-nearby.ts, dates.ts sinceTheirLeaving) ----
  { family: "placement", note: "ووقعت الحادثة + day four sentences after the telling", text: "فرّ 7 عناصر من قسد من نقطة لهم في ريف الحسكة. وقال المصدر إن العناصر من أبناء المنطقة. وأشار إلى أن قسد لم تعلق بعد. ويعاني العناصر من سوء المعاملة. ووقعت الحادثة ليل الأحد.", events: [{ start: "2022-03-13", end: "2022-03-13" }] },
  { family: "placement", note: "يعود تاريخ الانشقاق إلى + day (the anaphor after a construct head)", text: "انشق 5 عناصر من الفرقة الرابعة في ريف درعا. ويعود تاريخ الانشقاق إلى مطلع الشهر الجاري.", events: [{ start: "2022-03-01", end: "2022-03-10" }] },
  { family: "placement", note: "negative: الحادثة after a sentence that tells another happening is that one", text: "انشق 5 عناصر من الفرقة الرابعة في ريف درعا. واعتقلت دورية أحد أقاربهم على حاجز. ووقعت الحادثة فجر الأحد.", events: [DEFAULT] },
  { family: "placement", note: "the group reported the men missing on a day: the week before it", text: "فرّ 6 عناصر من الدفاع الوطني في ريف حمص. وكانت قيادة الدفاع الوطني قد أعلنت يوم الأحد عن فقدان الاتصال بهم.", events: [{ start: "2022-03-06", end: "2022-03-13" }] },
  { family: "placement", note: "negative: another group reporting its own men missing", text: "فرّ 6 عناصر من الدفاع الوطني في ريف حمص. وكانت قسد قد أعلنت يوم الأحد عن فقدان الاتصال بعدد من عناصرها.", events: [DEFAULT] },
  { family: "placement", note: "the people just told as subject, then عملية + the anaphor (نفذ العناصر عملية الانشقاق)", text: "انشق 8 عناصر من قسد في ريف الرقة. وقال المصدر إن العناصر من أبناء العشائر. ونفذ العناصر عملية الانشقاق مساء الاثنين.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  { family: "placement", note: "the people just told left their posts on a day (خرج العناصر)", text: "فرّ 3 عناصر من الفرقة الرابعة نحو الشمال. وبحسب المصدر، فقد خرج العناصر من مواقعهم فجر الثلاثاء.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "placement", note: "negative: a patrol went out on a day to search for them", text: "فرّ 3 عناصر من الفرقة الرابعة نحو الشمال. وخرجت دورية من مقر القيادة فجر الثلاثاء للبحث عنهم.", events: [DEFAULT] },
  { family: "placement", note: "the telling's day bounds the incident; the day told later inside the bound stands", text: "قالت مصادر محلية اليوم إن 6 عناصر من قسد انشقوا في ريف الرقة. وأضافت أن العناصر من أبناء العشائر. ووقعت الحادثة مساء الاثنين.", events: [{ start: "2022-03-14", end: "2022-03-14" }] },
  { family: "placement", note: "a vague span (مؤخراً) gives way to the day told later inside it", text: "انشق 9 عناصر من الفرقة الرابعة مؤخراً في ريف درعا. وقال المصدر إن العناصر من أبناء المنطقة. وجرى ذلك فجر الثلاثاء.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "placement", note: "negative: a vague span stays beside a later date of another happening", text: "انشق 9 عناصر من الفرقة الرابعة مؤخراً في ريف درعا. وقصفت المدفعية قرى المنطقة أمس.", events: [{ start: "2022-02-14", end: "2022-03-16" }] },
  { family: "placement", note: "negative: يعود ذلك إلى gives a cause, and its date is the cause's", text: "انشق 5 عناصر من الفرقة الرابعة في ريف درعا. ويعود ذلك إلى قرار صدر الشهر الماضي بمنع الإجازات.", events: [DEFAULT] },
  { family: "placement", note: "negative: ذلك before another definite noun is a demonstrative (ذلك القرار)", text: "انشق 5 عناصر من الفرقة الرابعة في ريف درعا. وكانت القيادة قد ألغت الإجازات. وكان ذلك القرار قد صدر يوم الأحد.", events: [DEFAULT] },
  { family: "relative-to-event", note: "منذ + their flight + day: the day of the flight", text: "فرّ 4 عناصر من الفرقة الرابعة نحو الشمال. ولم يعرف مصيرهم منذ فرارهم مساء الخميس.", events: [{ start: "2022-03-10", end: "2022-03-10" }] },
  { family: "relative-to-event", note: "negative: منذ + another noun (their service since a year) dates no incident", text: "فرّ 4 عناصر من الفرقة الرابعة نحو الشمال. وكان أحدهم يخدم في الفرقة منذ تطوعه عام 2019.", events: [DEFAULT] },
  // ---- r15-heads: a light verb with its day (the periphrastic passive names no teller) --------
  { family: "announcement", note: "تمّ اليوم رصد انشقاق: a light verb with the day inside it, no teller: the day is the incident's", text: "تمّ اليوم رصد انشقاق 14 عنصراً من الدفاع الوطني في دير الزور.", events: [{ start: "2022-03-16", end: "2022-03-16" }] },
  { family: "announcement", note: "فجر اليوم، تمّ رصد انشقاق: the day before the light verb", text: "فجر اليوم، تمّ رصد انشقاق 5 عناصر من الفرقة الرابعة في ريف الرقة.", events: [{ start: "2022-03-16", end: "2022-03-16" }] },
  { family: "announcement", note: "جرى أمس رصد فرار: another light verb", text: "جرى أمس رصد فرار 7 عناصر من قسد في ريف الحسكة.", events: [{ start: "2022-03-15", end: "2022-03-15" }] },
  { family: "announcement", note: "negative: رصدت شبكة محلية أمس: a teller named, the day dates the telling", text: "رصدت شبكة محلية أمس انشقاق 7 عناصر من قسد في ريف الحسكة.", events: [{ start: "2022-03-08", end: "2022-03-15" }] },
  { family: "announcement", note: "negative: تمّ … ثم ذكرت مصادر اليوم أن: the telling's verb is no light verb's noun", text: "وذكرت مصادر محلية اليوم أن 7 عناصر من قسد انشقوا وتمّ نقلهم إلى ريف حلب.", events: [{ start: "2022-03-09", end: "2022-03-16" }] },
];

export const DEFAULT_PUBLISHED = P;
