/**
 * Word lists the refiners share (normalised spellings, as `stems()` reads them). Each list says what
 * it is for; the rules that use it sit with their examples in `refiners/`.
 */
import * as $normalize from "../arabic/normalize";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;


/**
 * The sound masculine plurals of fighter nouns governing a name drop their ن ("مقاتلي التنظيم", "عسكريي قسد",
 * "مسلحو الفصيل"): the construct of every such plural, read wherever its plural is.
 */
const SOUND_PLURAL_STEMS = "مقاتل عسكري مجند مسلح طيار قيادي متطوع مرافق مرتزق ارهابي منتسب";
export const CONSTRUCT_PLURALS = foldedWords(SOUND_PLURAL_STEMS.split(" ").flatMap((s) => [`${s}ي`, `${s}و`]).join(" "));

/**
 * Fighters and soldiers, by rank or by what they are called (also the regime's "إرهابيين", the opposition's
 * "شبيحة", and a force's "منتسبي" — its members, as "أفراد" and "أعضاء"): the people of a defection (counts.ts reads their figures; cues-flight.ts tells soldiers from civilians).
 */
export const MILITARY_NOUNS = foldedWords(`عنصر عنصرا عناصر عنصري مقاتل مقاتلا مقاتلين مقاتلون مقاتلي جندي جنديا جنود جندى عسكري عسكريا عسكريين عسكريون
  ضابط ضابطا ضباط مجند مجندا مجندين مجندون مجندي مسلح مسلحا مسلحين مسلحون مسلحي طيار طيارا طيارين طيارون فرد فردا افراد عضو عضوا اعضاء
  قيادي قياديا قياديين قياديون قادة قاده قائد قائدا متطوع متطوعا متطوعين متطوعون منشق منشقا منشقين منشقون عسكر امير اميرا امراء
  عقيد عقيدا عميد عميدا رائد رائدا نقيب نقيبا ملازم ملازما مقدم مقدما مساعد رقيب عريف صف عنصرًا
  جنرال جنرالا جنرالات عقداء عمداء
  مرافق مرافقا مرافقين مرافقي مرافقون رفاق رفاقه رفيق حارس حراس مرتزق مرتزقا مرتزقه مرتزقين مرتزقون
  مجنده مجندات مقاتلات ارهابي ارهابيا ارهابيين ارهابيون شبيح شبيحا
  منتسب منتسبا منتسبين منتسبون منتسبي منتسبو ${[...CONSTRUCT_PLURALS].join(" ")}`);
/** Nominative duals of the fighter nouns, never a plural ("عنصران", "مرتزقان"); counts.ts reads every dual itself. */
export const MILITARY_DUALS = foldedWords("عنصران جنديان ضابطان مجندان مقاتلان عسكريان قياديان مسلحان مرتزقان متطوعان شبيحان عنصرين جنديين ضابطين");

/**
 * One's own unit, post, barracks or service with a possessive of every person and number ("قطعته", "قطعتهما",
 * "مواقعهم", "خدمتها", "ثكنتهم"): what a deserter leaves, fails to come back to, or slips away from. (Not "قطعه",
 * which also reads "a piece".)
 */
export const possessed = (nouns: string, persons = "ه ها هم هما"): string[] =>
  nouns.split(" ").flatMap((n) => persons.split(" ").map((p) => n + p));
export const OWN_POSTS: ReadonlySet<string> = new Set([
  ...possessed("موقع مواقع نقطت نقاط ثكنت ثكنات قطعت قطعات مقر مقرات مركز مراكز خدمت وحدت وحدات كتيبت"),
  ...possessed("قطع", "هم هما"),
]);
/** Around a figure: those people were killed, wounded, arrested, sent or dismissed, not the ones who left. */
// (folded: "خسائر" was kept with its hamza and matched no text before round 10)
export const KILLED_OR_HELD = foldedWords(
  "قتل مقتل قتلي قتلوا قتيل قتيلا اصابه اصيب اصيبوا جرحي جريح اعتقال اعتقل اعتقلت اعتقلوا اسر اسرت اسري القبض توقيف احتجاز احتجزت ارسال ارسل زج مصرع استهداف خسائر فقد فقدان مفقودين تسريح فصل سرح سرحهم",
);
/**
 * Endings a word takes and stays the same word: a verb's person and number, a noun's dual or plural, a pronoun ("قتلوا"، "قتيلان"،
 * "اعتقلتهم"، "مقتلهم"، "اعتقالهما"، "إصابته", "خسائرها"). A word in ة (folded ه) takes them on ت ("إصابته"، "إصابات").
 */
const ENDINGS = ["ا", "ان", "ين", "ت", "تا", "وا", "ه", "ها", "هم", "هما", "ته", "تها", "تهم", "تهما", "وه", "وها", "وهم"];
const PRONOUNS = ["ه", "ها", "هم", "هما"];
/** Each word with every ending it takes ("مقتل" → "مقتله"، "مقتلهم" …; "اصابه" → "اصابته"، "اصابات" …). */
export function withEndings(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    const bound = w.length > 3 && w.endsWith("ه") ? w.slice(0, -1) : null;
    if (bound) for (const e of ["ات", ...PRONOUNS.map((p) => "ت" + p)]) out.add(bound + e);
    else for (const e of ENDINGS) out.add(w + e);
  }
  return out;
}
/**
 * Going missing, or contact lost ("فقدت الاتصال"، "فقدان"، "مفقودين"): said of a battle's missing, and as often of
 * deserters by their own side; it makes a figure a toll only where a battle is told (refiners/verbless-items.ts).
 */
export const MISSING = foldedWords("فقد فقدان مفقود مفقودا مفقودين مفقودون");
export const MISSING_WORDS: ReadonlySet<string> = withEndings(MISSING);
/** Words spelt like an inflected word of capture that are another word: a family ("أسرة"، "أسرهم"، "أسرتهم"). */
const FAMILY = foldedWords("اسره اسرها اسرهم اسرهما اسرته اسرتها اسرتهم اسرتهما");
/**
 * KILLED_OR_HELD as words — each entry with its endings, never a longer word that merely starts with its letters
 * ("فقدّم"، "فقدّر"، "أسرة"، "إسرائيل"، "زجاج"): the killed, wounded, captured, held, sent or dismissed; and the
 * missing apart (MISSING_WORDS). Examples: lexicon.test.ts.
 */
export const KILLED_OR_HELD_WORDS: ReadonlySet<string> = new Set(
  [...withEndings([...KILLED_OR_HELD].filter((w) => !MISSING.has(w)))].filter((w) => !FAMILY.has(w)),
);
/** The killed and wounded only (those caught trying to leave remain the incident's people). */
export const KILLED = new Set("قتل مقتل قتلي قتلوا قتيل قتيلا اصابه اصيب اصيبوا جرحي جريح مصرع".split(" "));
/** The attempt verbs, which may also head their verbal noun across the subject ("حاول 7 عناصر من X الانشقاق"). */
export const ATTEMPT_VERBS = new Set("حاولوا حاول حاولت حاولا يحاولون يحاول".split(" "));
/** Before a trigger: they tried ("أثناء محاولتهم الفرار"). */
export const ATTEMPT = new Set([...ATTEMPT_VERBS, ..."محاوله محاولتهم محاولته محاولتها محاولتهما اثناء".split(" ")]);
/** "لاذ بالفرار": the verb before the flight noun (its subject is the flight's people, cues-flight.ts and count-choice.ts). */
export const TOOK_TO = new Set("لاذ لاذوا لاذت لاذا يلوذ يلوذون".split(" "));
/** Before a trigger: they managed it ("تمكنوا من الفرار"), which overrides an attempt. */
export const SUCCESS = new Set("تمكن تمكنوا تمكنت نجح نجحوا نجحت".split(" "));
/** After a flight: they were caught ("القبض عليهم", "اعتقلتهم"). */
export const CAUGHT_AFTER = /(القبض|الامساك) (عليهم|عليه|عليهما)|(اعتقالهم|اعتقلتهم|اوقفتهم|توقيفهم|ضبطهم)/;
/** Their whereabouts are unknown ("لم تعرف وجهتهم", "إلى جهة مجهولة"). */
export const UNKNOWN_WHERE = /(لم|دون ان|ولم) (تعرف|يعرف|تعرف|تتضح|يتضح) (وجهتهم|وجهته|مصيرهم)|وجه(ه|ة) مجهول/;
/**
 * Gone into hiding or not to be found: "تواروا عن الأنظار", "كانوا يختبئون", "في حكم الفارين" (the unit lists them
 * as deserters), "من دون أن تعثر عليهم", "فُقد أثرهم". With UNKNOWN_WHERE: a desertion when no side is joined.
 */
export const HIDDEN = /(^| )و?(ي|ت|ن)ختبي|(^| )و?اختب(ا|ي)(وا|ت)?( |$)|مختبي|متوار|(^| )و?(تواروا|توارت|توارى|تواري|يتوارون)( |$)|(في|ب)حكم (الفارين|الفار)|(لم|دون ان) (تعثر|يعثر|يعثروا) (عليهم|عليه)|فقد (اثرهم|اثره|اثر)/;
/** Gone abroad without a named neighbour: "غادر البلاد", "خارج سوريا", "هاجر / سافر إلى …" (emigration is abroad). */
export const ABROAD_WORDS = /(^| )و?(غادر|غادروا|غادرت|غادرا) (البلاد|سوريا|سوريه|الاراضي السوريه)( |$)|(^| )(خارج) (البلاد|سوريا|سوريه)( |$)|(^| )و?(هاجر|هاجروا|هاجرت|هاجرا|سافر|سافروا|سافرت|سافرا) (الي|نحو)( |$)/;
/** The people a report has told of, taken up with the article ("الفارين"، "المنشقون"، "هؤلاء"): words, unfolded. */
export const TOLD_PEOPLE_WORDS = "المنشقين المنشقون الفارين الفارون الهاربين الهاربون هؤلاء";
/** Person plurals with the article such a participle may describe ("العناصر الفارين"): words, unfolded. */
export const DEFINITE_PEOPLE_WORDS = "العناصر الجنود المقاتلين المقاتلون العسكريين العسكريون المسلحين المسلحون";
/**
 * «عددهم/عددها»: "their number", a figure told back to the people just named («انشق عناصر من X أمس. وبلغ عددهم 12
 * عنصراً»), and the verbs of amounting that may head it («بلغ، وصل، قدر/يقدر، تجاوز، ناهز»; figure-nearby.ts).
 */
export const THEIR_NUMBER = foldedWords("عددهم عددها عددهما وعددهم وعددها وعددهما");
/**
 * (round 16) A defection told in the first person plural («انشققنا»: the doubled root shows the speakers): a
 * quoted defector telling their own, whose figure is not in the words around him («وقال أحد المنشقين: "انشققنا…"»);
 * not «انشققتُ», one man by his own words.
 */
export const SPEAKERS_OWN = foldedWords("انشققنا");
/**
 * (round 16) A word whose «و» is the first letter of its root (وصل، وصول، وزير، وزارة، وحدة، وسط، وفق، وجه، وقت، ولاية،
 * وكالة، وقع، وقوع، وفد، وطني، ورد، وضع، وثّق، وعد، ولد), not the conjunction «و» before a word (roles.ts).
 */
export const ROOT_WAW = /^و(?:صل|صو|زير|زار|حد|سط|فق|جه|قت|لاي|كال|قوع|قع|فد|طن|رد|ضع|ثق|عد|لد)/;
/** (r17-shapes) Particles the conjunction «و» is written onto («وقد»، «ولم»، «وفي»), folded: «و» + one of them is no root. */
export const PARTICLES_AFTER_WAW = foldedWords("قد لم لن في من عن الى على إن أن لا ما هو هي هم");
/** (r17-shapes) Particles that link a sentence to what was told before it: «أما» (detailing: «أما X فقد …»), «ثم» (going on). */
export const LINKING_PARTICLES = foldedWords("أما ثم");
/** (round 16) Verbs of rising or reaching before «عددهم إلى N»: a running total of the people told (figure-nearby.ts). */
export const RISING_VERBS = foldedWords("ارتفع يرتفع ترتفع وصل يصل تصل");
export const AMOUNTING_VERBS = foldedWords("بلغ يبلغ وصل يصل قدر يقدر تقدر قدرت تجاوز يتجاوز ناهز يناهز فاق يفوق تخطي يتخطي");

/**
 * The group left said by its pronoun right by the people or the verb: «من صفوفه/ها»، «عنه/ها» (refiners/roles.ts
 * `groupByPronoun`): it names the group the sentence before named, as surely as its name would.
 */
export const LEFT_BY_PRONOUN = foldedWords("عنه عنها");
export const RANKS_PRONOUN = foldedWords("صفوفه صفوفها");
/** A turn to another story at a sentence's opening (roles.ts turnsToAnotherStory): «وفي سياق آخر»، «من جهة أخرى»، «على صعيد آخر». */
export const TURN_PREPOSITIONS = foldedWords("في وفي على وعلى من ومن");
export const TURN_NOUNS = foldedWords("سياق صعيد جهة حادثة واقعة");
export const TURN_ADJECTIVES = foldedWords("آخر أخرى منفصل منفصلة ثانية");
/** «إلى ذلك،» at a sentence's head: another item of news (roles.ts turnsToAnotherStory). */
export const BESIDES_PREPOSITIONS = foldedWords("إلى وإلى");
export const BESIDES_DEMONSTRATIVES = foldedWords("ذلك هذا");
/**
 * (r15-digest2) «كما» with a verb of telling and a teller of its own (roles.ts `turnsToAnotherStory`): the verbs (perfect,
 * either gender), the indefinite tellers a new item of news brings («ناشطون»، «نشطاء»، «مصادر»), and the nouns that head
 * a body's name («اتحاد تنسيقيات …»، «وكالة الأناضول»، «إدارة التوجيه المعنوي»).
 */
export const KAMA = foldedWords("كما وكما");
export const TELLING_VERBS = foldedWords("أعلن أعلنت ذكر ذكرت أفاد أفادت تحدث تحدثت نقل نقلت أكد أكدت قال قالت أوضح أوضحت كشف كشفت");
export const NEW_TELLERS = foldedWords("ناشطون ناشطين نشطاء مصادر مصدر ناشط شهود مراسلون");
/** (r15-digest2) A day of its own a «كما» clause puts before its subject («كما انشق اليوم 14 عنصراً»): roles.ts `turnsToAnotherStory`. */
export const OWN_DAY_WORDS = foldedWords("اليوم أمس البارحة السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة");
export const BODY_NOUNS = foldedWords("اتحاد وكالة إدارة مركز المركز المرصد مرصد شبكة الشبكة هيئة الهيئة صحيفة الصحيفة قناة موقع تنسيقية تنسيقيات");

/** A later sentence about the same people: it refers back to them ("هؤلاء العناصر", "المنشقون", "عنهم"). */
export const BACK_REFERENCE = /(^| )(هولاء|المنشقون|المنشقين|الفارون|الفارين|الهاربون|الهاربين)( |$)|(عنهم|عليهم|مصيرهم|وجهتهم)( |$)/;
/**
 * (r17-shapes) Words that keep a sentence on people just told, beside BACK_REFERENCE: a preposition or noun with their
 * pronoun («لحق بهم آخرون»، «قُتل اثنان منهم»، «وبلغ عددهم 12»). whereabouts.ts `whereaboutsUnknown` reads on past them.
 */
export const ABOUT_THEM = foldedWords("بهم منهم لهم معهم عددهم وعددهم");
/** The destination is only supposed ("وسط ترجيحات بأنهم…", "يُعتقد أنهم توجهوا", "يُرجّح"). */
export const SUPPOSED = /(^| )(و|ب)?(ترجيح|ترجيحات|يرجح|ترجح|رجحت|رجح|مرجح|المرجح|يعتقد|يشتبه|يظن|يحتمل|يرجحون|رجحوا)( |$)/;
/** Partial destination ("وهرب بعضهم إلى…"): the word right after (first) or before (second) the trigger. */
export const SOME_OF_THEM_AFTER = /^(بعضهم|قسم|بعض|عدد)$/;
export const SOME_OF_THEM_BEFORE = /^(بعضهم|قسم)$/;
/** … or between the trigger and the destination ("فرّ 20 عنصراً، ووصل بعضهم إلى…", "وتوجه قسم منهم نحو…"). */
export const SOME_OF_THEM = /^(بعضهم|بعضا منهم|بعض منهم|قسم منهم|قسما منهم|جزء منهم)$/;
/** Umbrella groups that give way to a specific group named in another telling. */
export const UMBRELLAS = new Set(["iranian-militias", "opposition-factions"]);
/** Soldier and officer nouns: with no group named, they are the army's. */
export const ARMY_NOUNS = new Set("عسكري عسكريا عسكريين عسكريون جندي جنديا جنود مجند مجندا مجندين ضابط ضابطا ضباط طيار طيارا طيارين".split(" "));
/** Titles of one person ("القيادي", "العقيد"): a masdar with "his" after one of them is one man. */
export const PERSON_TITLES = new Set("الامير الشرعي القائد القيادي العقيد العميد الضابط المسؤول الشيخ المقدم الرائد النقيب الملازم الطيار رييس الرييس وزير الوزير نايب النايب السفير سفير المتحدث الناطق مدير المدير محافظ المحافظ قايد اللواء".split(" "));
/** An indefinite man described in the sentence ("وكان قائداً عسكرياً"). */
export const ONE_MAN = new Set("قايدا قياديا ضابطا عنصرا اميرا مسوولا جنديا عقيدا عميدا نقيبا ملازما رايدا مقدما".split(" "));

/** The object of "سلّم" says how many handed themselves over: نفسه/نفسها one, نفسيهما/أنفسهما two. */
export const REFLEXIVE_COUNT: Record<string, number> = { نفسه: 1, نفسها: 1, نفسيهما: 2, انفسهما: 2 };
/** Dual verbs: two people ("انشقا", "فرّا", "سلّما نفسيهما"). */
export const DUAL_VERBS = new Set("انشقا انشقتا فرا هربا سلما تركا غادرا خرجا تخلفا ينشقان يفران".split(" "));
/** Masculine singular perfects: after a subject already named ("وكان فلان قد انشق") the subject is one man. */
export const SINGULAR_VERBS = new Set("انشق فر هرب سلم ترك غادر خرج تخلف تسرب تغيب توارى تواري رفض خلع القي القى انفصل".split(" "));
/** Verbal nouns of leaving: a singular person noun right after one is its one man ("بانشقاق جندي"). */
export const LEAVING_NOUNS = new Set("انشقاق الانشقاق فرار الفرار هروب الهروب تسرب".split(" "));
export const SINGULAR_IMPERFECTS = new Set("ينشق يفر يهرب يترك يغادر يخرج".split(" "));
/** Right after a verb: a preposition, so the verb has no subject of its own. */
export const AFTER_VERB_NO_SUBJECT = new Set("في عن عنه عنها عنهم من منه منها الي مع منذ قبل بعد خلال".split(" "));
/** The auxiliary "كان" that opens "كان SUBJECT قد VERB". */
export const KANA = /^(كان|وكان|فكان|كانت|وكانت)$/;
/** The particle "قد" right before a perfect. */
export const QAD = /^(قد|وقد|فقد)$/;
/** "أن" before a subjunctive. */
export const AN = /^(ان|بان|وان)$/;
/** Crossing verbs: a flight from a unit only for counted soldiers or fighters. */
export const CROSSING_VERBS = /^(عبر|عبروا|يعبرون|يعبروا)$/;

// ── round 11, r11-figure: a telling's source ──
/** Words that name a telling's source: "بحسب"، "حسب"، "وفقاً لـ"، "نقلاً عن" (series.ts, plausibility.ts). */
export const ACCORDING_TO = foldedWords("بحسب حسب وفق وفقا نقلا");

/**
 * Verbs and participles of belonging whose object is the people's own group, though it follows «إلى»: «ينتمون إلى X»,
 * «المنتسبين إلى X» (roles.ts reads X as the group left; destinations.ts never as where the men went).
 */
export const BELONGING_VERBS = foldedWords("ينتمون ينتمي ينتميان تنتمي المنتمين المنتمون منتمين منتمون ينتسبون ينتسب المنتسبين المنتسبون منتسبين منتسبون");

/**
 * (round 12) Nouns of a total that head a participle of leaving ("عدد المنشقين"، "حصيلة الفارين"، "إجمالي المنشقين"،
 * "مجموع الفارين"): the participle's people counted over a span, the figure a few words on.
 */
export const TALLY_HEADS = foldedWords("عدد اعداد حصيله اجمالي مجموع");

/**
 * (round 13) Nouns of a unit that name no group by themselves («فصيل»، «تشكيلات»، «كتلة»): before a name they are its
 * head («بتشكيل هيئة تحرير الشام»), before «آخر/أخرى» or alone they are only words (destinations.ts `unitWords`).
 */
export const UNIT_NOUNS = foldedWords("فصيل فصائل تشكيل تشكيلات مجموعة مجموعات كتيبة كتائب لواء ألوية فوج أفواج سرية سرايا كتلة كتل جماعة");
/** «آخر» in every gender and number: "another" after a noun. */
export const ANOTHER_WORDS = foldedWords("آخر أخرى أخر آخرين آخرون أخريات");
