/**
 * Examples of the confidence features (Duckling style: the examples are the test suite,
 * features.test.ts). Each is a short report, the feature, and its value on the FIRST event the
 * extractor finds there: positives (1) and negatives (0) for every cue the scorer reads.
 */
import type { FeatureName } from "./features";

export const FEATURE_EXAMPLES: Array<[string, FeatureName, 0 | 1]> = [
  // The frame of the group left: عن / من / صفوف before the group.
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "group_after_source_preposition", 1],
  ["فرّ خمسة عناصر من صفوف الدفاع الوطني في مدينة الميادين.", "group_after_source_preposition", 1],
  ["أعلنت هيئة تحرير الشام أمس انشقاق 30 عنصراً.", "group_after_source_preposition", 0],
  // The group before the trigger, and an announcing verb between them.
  ["أعلنت هيئة تحرير الشام أمس انشقاق 30 عنصراً.", "group_before_trigger", 1],
  ["أعلنت هيئة تحرير الشام أمس انشقاق 30 عنصراً.", "announcer_between_group_and_trigger", 0],
  ["وكانت إدارة التوجيه المعنوي في الجيش الوطني السوري قد أعلنت أمس انشقاق عدد من العناصر.", "announcer_between_group_and_trigger", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "group_before_trigger", 0],
  // A recalled earlier incident.
  ["وكانت إدارة التوجيه المعنوي في الجيش الوطني السوري قد أعلنت أمس انشقاق عدد من العناصر.", "background_clause", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "background_clause", 0],
  // Surrender rather than defection.
  ["وأضاف أن 21 مسلحاً من جيش الإسلام سلّموا أنفسهم للجيش السوري صباح اليوم.", "trigger_is_surrender", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "trigger_is_surrender", 0],
  // A phenomenon, not an incident.
  ["شهدت صفوف قوات النظام اليوم موجة انشقاق جديدة، إذ فرّ سبعة عناصر من الفرقة الرابعة.", "sentence_phenomenon", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "sentence_phenomenon", 0],
  // The sentence also speaks of killing or fighting.
  ["قُتل ثلاثة عناصر في اشتباكات بينما انشق سبعة آخرون عن قوات النظام أمس.", "sentence_other_topic", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "sentence_other_topic", 0],
  // The figure.
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "count_exact", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "count_absent", 0],
  ["انشق عدد من العناصر عن قوات سوريا الديمقراطية أمس.", "count_absent", 1],
  ["انشق نحو 300 عنصر عن قوات النظام أمس.", "count_large", 1],
  ["انشق نحو 300 عنصر عن قوات النظام أمس.", "count_exact", 0],
  ["أعلن الضابط أحمد انشقاقه عن الجيش السوري أمس.", "count_single_person", 1],
  // Told more than once; only in the headline.
  ["انشقاق 12 عنصراً عن قسد\nانشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "several_tellings", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "several_tellings", 0],
  ["انشقاق 12 عنصراً عن قسد\nقالت مصادر محلية إن التوتر يسود المنطقة منذ أيام.", "headline_only", 1],
  ["انشقاق 12 عنصراً عن قسد\nانشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "headline_only", 0],
  // The group known or not; near or far.
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "group_known", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "group_far_from_trigger", 0],
  ["قال مصدر عسكري من داخل الدفاع الوطني لشبكة عين الفرات المحلية في وقت متأخر من مساء أمس إن سبعة عناصر فرّوا إلى مناطق المعارضة.", "group_far_from_trigger", 1],
  // The trigger: a finite verb or a verbal noun.
  ["انشق 12 عنصراً عن قوات النظام وانضموا إلى الجيش الحر في مدينة درعا أمس.", "trigger_is_verb", 1],
  ["أعلنت هيئة تحرير الشام أمس انشقاق 30 عنصراً.", "trigger_is_verb", 0],
  // Place and destination.
  ["انشق 12 عنصراً عن قوات النظام وانضموا إلى الجيش الحر في مدينة درعا أمس.", "place_named", 1],
  ["انشق 12 عنصراً عن قوات النظام وانضموا إلى الجيش الحر في مدينة درعا أمس.", "destination_named", 1],
  ["أعلنت هيئة تحرير الشام أمس انشقاق 30 عنصراً.", "destination_named", 0],
  // The date.
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "date_from_expression", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور.", "date_default", 1],
  // Another event of the report names the same group with a larger figure.
  ["انشق عنصر واحد عن قوات النظام في درعا أمس. وفي حادثة منفصلة، انشق 40 عنصراً عن قوات النظام في حمص الأحد الماضي.", "smaller_figure_than_other_telling", 1],
  ["انشق 40 عنصراً عن قوات النظام في حمص الأحد الماضي. وفي حادثة منفصلة، انشق عنصر واحد عن قوات النظام في درعا أمس.", "smaller_figure_than_other_telling", 0],
  ["انشق 40 عنصراً عن قوات النظام في حمص الأحد الماضي. وفي حادثة منفصلة، انشق عنصر واحد عن قوات النظام في درعا أمس.", "group_shared_with_other_event", 1],
  // A second telling of an incident already read: overlapping dates, no larger figure.
  ["انشق 40 عنصراً عن قوات النظام في حمص الأحد الماضي. وفي حادثة منفصلة، انشق عنصر واحد عن قوات النظام في درعا أمس.", "may_retell_another_event", 0],
  ["شهدت صفوف قوات النظام السوري اليوم الخميس موجة انشقاق جديدة، تمثلت في فرار مجموعة من العناصر من إحدى القطعات العسكرية. وبحسب مصادر مطلعة، فإن خمسة عناصر من الدفاع الوطني انشقوا فجر اليوم.", "may_retell_another_event", 1],
  // Battle and tally reports (round 8): a toll in the trigger's sentence; a tally; a surrender amid fighting.
  ["قُتل 15 عنصراً من قوات النظام في المعارك، بينما انشق 12 آخرون عن قوات النظام وانضموا إلى الفصائل أمس.", "sentence_toll", 1],
  ["أسفر الهجوم عن أسر 20 عنصراً من قسد، فيما انشق سبعة آخرون عن قسد أمس.", "sentence_toll", 1],
  ["انشق 12 عنصراً عن قوات النظام وانضموا إلى الجيش الحر في مدينة درعا أمس.", "sentence_toll", 0],
  // (a fight with no toll)
  ["فرّ 20 عنصراً من صفوف الفرقة الرابعة قبيل المعركة.", "sentence_toll", 0],
  ["بلغت حصيلة الانشقاقات عن قوات النظام خلال الشهر الجاري 40 عنصراً.", "sentence_tally", 1],
  ["انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", "sentence_tally", 0],
  ["سلّم 60 عنصراً من تنظيم داعش أنفسهم لقوات سوريا الديمقراطية خلال المعارك في الباغوز.", "surrender_in_fight", 1],
  ["سلّم 60 عنصراً من تنظيم داعش أنفسهم لقوات سوريا الديمقراطية خلال المعارك في الباغوز.", "trigger_is_surrender", 1],
  ["سلّم 40 مسلحاً من جيش الإسلام أنفسهم للجيش السوري بعد مقتل 12 من رفاقهم.", "surrender_in_fight", 1],
  ["وأضاف أن 21 مسلحاً من جيش الإسلام سلّموا أنفسهم للجيش السوري صباح اليوم.", "surrender_in_fight", 0],
  ["فرّ 12 عنصراً من صفوف قوات النظام خلال المعارك في ريف حماة أمس وانضموا إلى فصائل المعارضة.", "surrender_in_fight", 0],
  // A figure told in a sentence with no word of leaving (an item of the story, refiners/verbless-items.ts).
  ["وفي مدينة الصنمين، ثلاثة عناصر من الفرقة الرابعة يوم الاثنين. وتعاني البلدات المجاورة من انقطاع الكهرباء. وفرّ عنصران من الفرقة الرابعة في بصرى الشام يوم الأحد.", "verbless_item", 1],
  ["فرّ عنصران من الفرقة الرابعة في بصرى الشام يوم الأحد.", "verbless_item", 0],
];
