/**
 * The interface's words, in English and Arabic, in one place. Pure data plus `t()`: no React, no I/O.
 *
 * Placeholders are written `{name}` and must appear in both languages. `**word**` marks emphasis
 * (rendered as <strong> by the page); keep the same number of emphasised words in both languages.
 * Numbers stay in Western digits in both languages; dates use the Levantine month names that
 * Syrian reports use (كانون الثاني … كانون الأول).
 */

export const LANGS = ["en", "ar"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Text direction of a language's interface. */
export function dirOf(lang: Lang): "ltr" | "rtl" {
  return lang === "ar" ? "rtl" : "ltr";
}

type Entry = { en: string; ar: string };

export const MESSAGES = {
  // header
  "site.title": { en: "inshiqaq — defections from armed groups in Syria", ar: "انشقاق — الانشقاقات عن الجماعات المسلحة في سوريا" },
  "site.tagline": {
    en: "Defections from armed groups in the Syrian war, read from Arabic news reports",
    ar: "الانشقاقات عن الجماعات المسلحة في الحرب السورية، مستخلصة من التقارير الإخبارية العربية",
  },
  "nav.dashboard": { en: "Dashboard", ar: "لوحة المتابعة" },
  "nav.reports": { en: "Reports", ar: "التقارير" },
  "nav.toggle": { en: "العربية", ar: "English" },
  "nav.toggleLabel": { en: "Show this page in Arabic", ar: "اعرض هذه الصفحة بالإنجليزية" },

  // totals
  "totals.label": { en: "Totals", ar: "المجاميع" },
  "totals.events": { en: "events", ar: "حادثة" },
  "totals.people": { en: "people", ar: "شخصاً" },
  "totals.best": { en: "(best {n})", ar: "(التقدير الأرجح {n})" },
  "totals.noCount": { en: "{n} events without a count", ar: "حوادث بلا عدد: {n}" },

  // chart
  "chart.title": { en: "{metric} by {grain}", ar: "{metric} حسب {grain}" },
  "chart.titleTop": { en: " — total and top {n} groups", ar: " — المجموع وأكبر {n} جماعات" },
  "chart.metric.people": { en: "People", ar: "عدد الأشخاص" },
  "chart.metric.incidents": { en: "Incidents", ar: "عدد الحوادث" },
  "chart.grain.week": { en: "week", ar: "الأسبوع" },
  "chart.grain.month": { en: "month", ar: "الشهر" },
  "chart.grain.quarter": { en: "quarter", ar: "ربع السنة" },
  "chart.grain.year": { en: "year", ar: "السنة" },
  "chart.nothing": { en: "Nothing to chart.", ar: "لا شيء يُرسم." },
  "chart.downloadSvg": { en: "Download SVG", ar: "تنزيل SVG" },
  "chart.downloadPng": { en: "Download PNG", ar: "تنزيل PNG" },
  "chart.total": { en: "Total", ar: "المجموع" },
  "chart.week": { en: "wk {date}", ar: "أسبوع {date}" },
  "chart.quarter": { en: "{year} Q{q}", ar: "الربع {q} {year}" },
  "tooltip.series": { en: "series", ar: "السلسلة" },
  "tooltip.expected": { en: "expected", ar: "المتوقع" },
  "tooltip.range": { en: "certain–possible", ar: "المؤكد–المحتمل" },
  "tooltip.noCount": { en: "no count", ar: "بلا عدد" },
  "tooltip.unit.people": { en: "people", ar: "أشخاص" },
  "tooltip.unit.incidents": { en: "events", ar: "حوادث" },

  // legend
  "legend.unit.people": { en: "people", ar: "الأشخاص" },
  "legend.unit.incidents": { en: "incidents (events)", ar: "الحوادث" },
  "legend.words": {
    en: "Each line is the **expected** number of {unit}: each event spread evenly over the days of its date range. The shaded **band** runs from **certain** (only events whose whole date range lies inside the period, at their lowest count) to **possible** (every event whose date range touches the period, at its highest count).",
    ar: "كل خط هو العدد **المتوقع** من {unit}: يُوزَّع كل حدث بالتساوي على أيام نطاقه الزمني. ويمتد **النطاق** المظلَّل من **المؤكد** (الأحداث التي يقع نطاقها الزمني كله داخل الفترة فقط، بأدنى عدد لها) إلى **المحتمل** (كل حدث يلامس نطاقُه الزمني الفترة، بأعلى عدد له).",
  },
  "legend.uncounted": {
    en: " Events that give no number of people are not counted as zero: the tooltip and the table below say how many each period has.",
    ar: " الأحداث التي لا تذكر عدد الأشخاص لا تُحسب صفراً: يبيّن التلميح والجدول أدناه عددها في كل فترة.",
  },

  // chart as a table
  "seriesTable.summary": { en: "The chart as a table ({rows} of {bins} periods)", ar: "الرسم البياني على هيئة جدول ({rows} من {bins} فترة)" },
  "seriesTable.summaryLeftOut": {
    en: "The chart as a table ({rows} of {bins} periods; periods with no events left out)",
    ar: "الرسم البياني على هيئة جدول ({rows} من {bins} فترة؛ حُذفت الفترات الخالية من الأحداث)",
  },
  "seriesTable.period": { en: "Period", ar: "الفترة" },
  "seriesTable.head": { en: "{label}: expected (certain–possible)", ar: "{label}: المتوقع (المؤكد–المحتمل)" },
  "seriesTable.headNoCount": { en: "{label}: expected (certain–possible); no count", ar: "{label}: المتوقع (المؤكد–المحتمل)؛ بلا عدد" },
  "seriesTable.withoutCount": { en: "; {n} without count", ar: "؛ {n} بلا عدد" },

  // event table
  "events.title": { en: "Events", ar: "الحوادث" },
  "events.download": { en: "Download:", ar: "تنزيل:" },
  "events.emptyFiltered": { en: "No events match these filters.", ar: "لا توجد حوادث تطابق عوامل التصفية هذه." },
  "events.emptyStore": { en: "No events match — the store is empty (run the ingest).", ar: "لا توجد حوادث — قاعدة البيانات فارغة (شغّل الاستيعاب)." },
  "col.date": { en: "Date", ar: "التاريخ" },
  "col.groups": { en: "Group(s)", ar: "الجماعة" },
  "col.count": { en: "Count", ar: "العدد" },
  "col.kind": { en: "Kind", ar: "النوع" },
  "col.place": { en: "Place", ar: "المكان" },
  "col.destination": { en: "Destination", ar: "الوجهة" },
  "col.report": { en: "Report", ar: "التقرير" },
  "col.confidence": { en: "Confidence", ar: "الثقة" },
  "sort.ascending": { en: ", sorted ascending; activate to reverse", ar: "، مرتّب تصاعدياً؛ فعّل لعكس الترتيب" },
  "sort.descending": { en: ", sorted descending; activate to reverse", ar: "، مرتّب تنازلياً؛ فعّل لعكس الترتيب" },
  "sort.none": { en: ", activate to sort", ar: "، فعّل للترتيب" },
  "row.noCount": { en: "no count", ar: "بلا عدد" },
  "row.noDateText": { en: "no date expression: the report's publication window", ar: "لا تعبير زمنياً: فترة نشر التقرير" },
  "grain.day": { en: "day", ar: "يوم" },
  "grain.week": { en: "week", ar: "أسبوع" },
  "grain.month": { en: "month", ar: "شهر" },
  "grain.quarter": { en: "quarter", ar: "ربع سنة" },
  "grain.year": { en: "year", ar: "سنة" },
  "grain.span": { en: "span", ar: "مدة" },
  "kind.defection": { en: "defection", ar: "انشقاق" },
  "kind.desertion": { en: "desertion", ar: "فرار" },
  "kind.attempted": { en: "attempted", ar: "محاولة انشقاق" },

  // pager
  "pager.label": { en: "Pages", ar: "الصفحات" },
  "pager.previous": { en: "← Previous", ar: "→ السابق" },
  "pager.next": { en: "Next →", ar: "التالي ←" },
  "pager.status": { en: "Page {page} of {count}", ar: "الصفحة {page} من {count}" },
  "pager.size": { en: "Rows per page:", ar: "صفوف في الصفحة:" },
  "pager.pastEnd": { en: "Page {page} is past the end; showing page {last} of {count}.", ar: "الصفحة {page} بعد النهاية؛ تُعرض الصفحة {last} من {count}." },
  "pager.loading": { en: "Loading", ar: "جارٍ التحميل" },

  // filters
  "filters.groups": { en: "Groups", ar: "الجماعات" },
  "filters.noGroups": { en: "No groups in the store yet.", ar: "لا جماعات في قاعدة البيانات بعد." },
  "filters.from": { en: "From", ar: "من" },
  "filters.to": { en: "To", ar: "إلى" },
  "filters.place": { en: "Place or governorate", ar: "المكان أو المحافظة" },
  "filters.destination": { en: "Destination", ar: "الوجهة" },
  "filters.kind": { en: "Kind", ar: "النوع" },
  "filters.kindAny": { en: "any", ar: "الكل" },
  "filters.q": { en: "Search report text", ar: "البحث في نص التقارير" },
  "filters.qPlaceholder": { en: "e.g. انشقاق", ar: "مثلاً: انشقاق" },
  "filters.grain": { en: "Grain", ar: "الدقة الزمنية" },
  "filters.metric": { en: "Metric", ar: "المقياس" },
  "filters.metricPeople": { en: "people (sum of counts)", ar: "الأشخاص (مجموع الأعداد)" },
  "filters.metricIncidents": { en: "incidents (number of events)", ar: "الحوادث (عدد الأحداث)" },
  "filters.apply": { en: "Apply", ar: "تطبيق" },
  "filters.clear": { en: "Clear filters", ar: "مسح عوامل التصفية" },
  "filters.loading": { en: "Loading…", ar: "جارٍ التحميل…" },

  // copy link, notices
  "copy.button": { en: "Copy link", ar: "نسخ الرابط" },
  "copy.done": { en: " Copied.", ar: " تم النسخ." },
  "copy.failed": { en: " Select and copy:", ar: " حدّد الرابط وانسخه:" },
  "copy.field": { en: "Link to this view", ar: "رابط هذا العرض" },
  "notices.heading": { en: "Some of the address could not be used:", ar: "تعذّر استخدام بعض أجزاء العنوان:" },
  "notices.cleaned": { en: "Open the cleaned-up address", ar: "افتح العنوان بعد تنظيفه" },

  // event page
  "event.crumb": { en: "Event", ar: "الحدث" },
  "event.crumbReport": { en: "Report", ar: "التقرير" },
  "event.title.defection": { en: "Defection", ar: "انشقاق" },
  "event.title.desertion": { en: "Desertion", ar: "فرار" },
  "event.title.attempted": { en: "Attempted defection", ar: "محاولة انشقاق" },
  "event.people": { en: "{count} people", ar: "{count} شخصاً" },
  "event.groups": { en: "Group(s)", ar: "الجماعة" },
  "event.notInGazetteer": { en: " (not in the gazetteer)", ar: " (غير موجودة في المعجم الجغرافي)" },
  "event.count": { en: "Count", ar: "العدد" },
  "event.countDetail": { en: "(low {low}, best {best}, high {high}) from", ar: "(الأدنى {low}، الأرجح {best}، الأعلى {high}) من" },
  "event.noCount": { en: "no count given", ar: "لم يُذكر عدد" },
  // A figure the extractor read and did not count (lib/extract/refiners/plausibility.ts), with why (round 7).
  "event.countSetAside": { en: "A figure was read here and not counted: {figure}, from", ar: "قُرئ هنا رقم لم يُحتسب: {figure}، من" },
  "event.countSetAside.population": { en: "because it counts a population, not the people who left", ar: "فهو عدد سكان لا عدد من انشقوا" },
  "event.countSetAside.camp": { en: "because it counts the people of a camp", ar: "فهو عدد قاطني مخيم" },
  "event.countSetAside.force-strength": { en: "because it is the strength of a whole force", ar: "فهو تعداد قوة بأكملها" },
  "event.countSetAside.losses": { en: "because it is a toll of losses", ar: "فهو حصيلة خسائر" },
  "event.countSetAside.crowd": { en: "because it counts a crowd of people at large, not fighters", ar: "فهو عدد حشد من الناس لا من المقاتلين" },
  "event.countSetAside.magnitude": { en: "because it is far larger than one incident's defectors", ar: "فهو أكبر بكثير من عدد المنشقين في حادثة واحدة" },
  "event.countSetAside.deployment": { en: "because it is the object of another verb (a force sent, deployed or stationed)", ar: "فهو مفعول فعل آخر (قوة أُرسلت أو نُشرت أو تتمركز)" },
  // (round 11, tallies: a figure of a statistic with no day of its own)
  "event.countSetAside.statistic": { en: "because it stands in a statistic with no day of its own: it may be a total over a period, not one incident's people", ar: "فهو رقم إحصائية بلا تاريخ خاص به: قد يكون مجموع فترة لا عدد من انشقوا في حادثة واحدة" },
  "event.date": { en: "Date", ar: "التاريخ" },
  "event.from": { en: "from", ar: "من" },
  "event.resolved": { en: "How the date was resolved", ar: "كيف حُدِّد التاريخ" },
  "event.basis": { en: "basis: {basis}; report published {published}", ar: "الأساس: {basis}؛ نُشر التقرير {published}" },
  "event.place": { en: "Place", ar: "المكان" },
  "event.destination": { en: "Destination", ar: "الوجهة" },
  "event.confidence": { en: "Confidence", ar: "الثقة" },
  "event.report": { en: "Report", ar: "التقرير" },
  "event.published": { en: "published {published}", ar: "نُشر {published}" },
  "event.original": { en: "original", ar: "المصدر الأصلي" },
  "event.groupLink": { en: "Show this group on the dashboard →", ar: "اعرض هذه الجماعة في لوحة المتابعة ←" },
  "event.pageTitle": { en: "Event {id} — inshiqaq", ar: "الحدث {id} — انشقاق" },

  // report pages
  "reports.title": { en: "Reports ({n})", ar: "التقارير ({n})" },
  "reports.empty": { en: "No reports in the store yet: run", ar: "لا تقارير في قاعدة البيانات بعد: شغّل" },
  "reports.col.report": { en: "Report", ar: "التقرير" },
  "reports.col.outlet": { en: "Outlet", ar: "الوسيلة الإعلامية" },
  "reports.col.published": { en: "Published", ar: "تاريخ النشر" },
  "reports.col.events": { en: "Events", ar: "الحوادث" },
  "report.crumb": { en: "Report", ar: "التقرير" },
  "report.published": { en: "published", ar: "نُشر" },
  "report.asWritten": { en: "(as written: {text})", ar: "(كما كُتب: {text})" },
  "report.counts": { en: "{events} event(s) · {dates} date expression(s)", ar: "الحوادث: {events} · التعابير الزمنية: {dates}" },
  "report.dateNote": { en: "Note on the date: {note}", ar: "ملاحظة على التاريخ: {note}" },
  "report.events": { en: "Events in this report", ar: "الحوادث في هذا التقرير" },
  "report.eventTitle": { en: "event {id}", ar: "الحدث {id}" },

  // highlight key
  "hl.label": { en: "Highlight colours", ar: "ألوان التظليل" },
  "hl.trigger": { en: "trigger (what happened)", ar: "الفعل (ما حدث)" },
  "hl.group": { en: "group", ar: "الجماعة" },
  "hl.count": { en: "number of people", ar: "عدد الأشخاص" },
  "hl.date": { en: "date expression", ar: "التعبير الزمني" },
  "hl.place": { en: "place", ar: "المكان" },
  "hl.destination": { en: "destination", ar: "الوجهة" },
  "hl.event": { en: "an event's sentence", ar: "جملة الحدث" },
  "hl.date-expression": { en: "a date expression", ar: "تعبير زمني" },

  // language in the path, 404 page (issue 13)
  "notFound.title": { en: "Not found", ar: "الصفحة غير موجودة" },
  "notFound.body": {
    en: "There is no such event or report here. It may have been removed by a re-ingest, or the address is wrong.",
    ar: "لا يوجد حدث أو تقرير بهذا العنوان. ربما حُذف عند إعادة الاستيعاب، أو أن العنوان خاطئ.",
  },
  "notFound.back": { en: "Back to the dashboard", ar: "العودة إلى لوحة المتابعة" },
  "notFound.reports": { en: "All reports", ar: "كل التقارير" },
  "error.title": { en: "This page could not be shown", ar: "تعذّر عرض هذه الصفحة" },
  "error.body": {
    en: "Something went wrong on the server while reading the data. Nothing stored was changed; try again in a moment.",
    ar: "حدث خطأ في الخادم أثناء قراءة البيانات. لم يتغيّر شيء من البيانات المخزّنة؛ حاول مجدداً بعد قليل.",
  },
  "error.reference": { en: "Reference for the server log:", ar: "المرجع في سجل الخادم:" },
  "error.retry": { en: "Try again", ar: "أعد المحاولة" },

  // notices about the address (lib/query/url.ts; issue 13)
  "notice.unknownParams": { en: "Ignored {count} unknown parameter(s): {names}.", ar: "تم تجاهل معاملات غير معروفة ({count}): {names}." },
  "notice.repeated": { en: "“{key}” was given {n} times; used the first value.", ar: "أُعطي «{key}» {n} مرات؛ استُخدمت القيمة الأولى." },
  "notice.control": { en: "Removed control characters from “{key}”.", ar: "أُزيلت محارف تحكّم من «{key}»." },
  "notice.tooLong": { en: "“{key}” was longer than {max} characters and was shortened.", ar: "كان «{key}» أطول من {max} حرفاً فاختُصر." },
  "notice.unknownGroups": { en: "Ignored {count} unknown group(s): {names}.", ar: "تم تجاهل جماعات غير معروفة ({count}): {names}." },
  "notice.tooManyGroups": { en: "Only the first {max} groups are used.", ar: "تُستخدم أول {max} جماعة فقط." },
  "notice.badMonth": { en: "Ignored “{key}={value}”: a month is written YYYY-MM, e.g. 2021-06.", ar: "تم تجاهل «{key}={value}»: يُكتب الشهر بالشكل YYYY-MM، مثلاً 2021-06." },
  "notice.swapped": { en: "“from” was after “to”; the two months were swapped.", ar: "كان «from» بعد «to»؛ فتم تبديل الشهرين." },
  "notice.badValue": { en: "Ignored “{key}={value}”: the values are {values}.", ar: "تم تجاهل «{key}={value}»: القيم الممكنة {values}." },
  "notice.badPage": { en: "Ignored “page={value}”: a page is a whole number.", ar: "تم تجاهل «page={value}»: رقم الصفحة عدد صحيح." },
  "notice.pageBelow": { en: "Page {value} does not exist; showing page 1.", ar: "الصفحة {value} غير موجودة؛ تُعرض الصفحة 1." },
  "notice.pageTooLarge": { en: "Page {value} is too large; showing the last page.", ar: "الصفحة {value} كبيرة جداً؛ تُعرض الصفحة الأخيرة." },
  "notice.badSize": { en: "Ignored “size={value}”: page sizes are {sizes}.", ar: "تم تجاهل «size={value}»: أحجام الصفحة {sizes}." },
  "notice.sizeTooLarge": { en: "A page holds at most {max} rows; showing {max}.", ar: "تتسع الصفحة لـ {max} صفاً على الأكثر؛ تُعرض {max}." },
  "notice.sizeRounded": { en: "Page sizes are {sizes}; showing {size} rows.", ar: "أحجام الصفحة {sizes}؛ تُعرض {size} صفاً." },
  "notice.more": { en: "…and {n} more problem(s) with this address.", ar: "…ومشكلات أخرى في هذا العنوان: {n}." },
  "chart.coarser": {
    en: "Shown by {grain}: by {requested} the window from {from} to {to} would need more bins than the chart can draw.",
    ar: "معروض حسب {grain}: فالعرض حسب {requested} للفترة من {from} إلى {to} يحتاج فترات أكثر مما يتسع له الرسم.",
  },

  // dates
  "month.1": { en: "Jan", ar: "كانون الثاني" },
  "month.2": { en: "Feb", ar: "شباط" },
  "month.3": { en: "Mar", ar: "آذار" },
  "month.4": { en: "Apr", ar: "نيسان" },
  "month.5": { en: "May", ar: "أيار" },
  "month.6": { en: "Jun", ar: "حزيران" },
  "month.7": { en: "Jul", ar: "تموز" },
  "month.8": { en: "Aug", ar: "آب" },
  "month.9": { en: "Sep", ar: "أيلول" },
  "month.10": { en: "Oct", ar: "تشرين الأول" },
  "month.11": { en: "Nov", ar: "تشرين الثاني" },
  "month.12": { en: "Dec", ar: "كانون الأول" },

  // confidence: why an event got its confidence (issue 10, calibrated scorer; keys follow lib/extract/confidence/features.ts)
  "confidence.label": { en: "Confidence", ar: "الثقة" },
  "confidence.base": { en: "Starting point (bias)", ar: "نقطة البدء (الانحياز)" },
  "confidence.cappedForReview": { en: "Held at 0.2 or below: flagged for review", ar: "أُبقيت عند 0.2 أو دونها: معلَّمة للمراجعة" },
  "confidence.feature.trigger_is_verb": { en: "The incident is told by a finite verb (انشق، فرّ)", ar: "تروي الحادثةَ صيغةُ فعل (انشق، فرّ)" },
  "confidence.feature.trigger_is_weak_form": { en: "The incident is told only by a plural or a participle (المنشقين، الفارين)", ar: "لا تروي الحادثةَ إلا صيغةُ جمع أو اسم فاعل (المنشقين، الفارين)" },
  "confidence.feature.trigger_is_surrender": { en: "The incident is a surrender (سلّموا أنفسهم), not a defection verb", ar: "الحادثة تسليم للنفس (سلّموا أنفسهم) لا فعل انشقاق" },
  "confidence.feature.group_known": { en: "The group left is in the gazetteer", ar: "الجماعة المنشق عنها معروفة في دليل الجماعات" },
  "confidence.feature.group_far_from_trigger": { en: "The group is named more than 8 words from the trigger", ar: "ذُكرت الجماعة على بعد أكثر من 8 كلمات من لفظ الانشقاق" },
  "confidence.feature.group_before_trigger": { en: "The group is named before the trigger", ar: "ذُكرت الجماعة قبل لفظ الانشقاق" },
  "confidence.feature.group_after_source_preposition": { en: "The group follows عن / من / صفوف, the frame of the group left", ar: "تلي الجماعةُ «عن» أو «من» أو «صفوف»، وهي صيغة الجماعة المنشق عنها" },
  "confidence.feature.announcer_between_group_and_trigger": { en: "A verb of announcing stands between the group and the trigger (the group may be the one announcing)", ar: "يفصل فعلُ إعلان بين الجماعة ولفظ الانشقاق (قد تكون الجماعة هي المعلِنة)" },
  "confidence.feature.count_exact": { en: "An exact figure is given", ar: "ذُكر عدد دقيق" },
  "confidence.feature.count_absent": { en: "No figure is given", ar: "لم يُذكر عدد" },
  "confidence.feature.count_large": { en: "The figure is 100 or more", ar: "العدد 100 أو أكثر" },
  "confidence.feature.count_single_person": { en: "The figure is one person", ar: "العدد شخص واحد" },
  "confidence.feature.smaller_figure_than_other_telling": { en: "Another event of the report names the same group with a larger figure", ar: "حادثة أخرى في التقرير تذكر الجماعة نفسها بعدد أكبر" },
  "confidence.feature.date_from_expression": { en: "The date comes from the incident's own expression", ar: "التاريخ مأخوذ من تعبير زمني خاص بالحادثة" },
  "confidence.feature.date_default": { en: "No expression dates the incident (the week before publication)", ar: "لا تعبير زمني يؤرّخ الحادثة (الأسبوع السابق للنشر)" },
  "confidence.feature.place_named": { en: "A place is named", ar: "ذُكر مكان" },
  "confidence.feature.destination_named": { en: "A destination is named", ar: "ذُكرت وجهة" },
  "confidence.feature.several_tellings": { en: "The report tells the incident more than once", ar: "يروي التقرير الحادثة أكثر من مرة" },
  "confidence.feature.headline_only": { en: "The incident is only in the headline", ar: "الحادثة في العنوان وحده" },
  "confidence.feature.sentence_other_topic": { en: "The sentence also reports killing, arrest or fighting", ar: "تذكر الجملة أيضاً قتلاً أو اعتقالاً أو قتالاً" },
  "confidence.feature.sentence_phenomenon": { en: "The words around the trigger speak of a phenomenon (حالات، موجة، ظاهرة)", ar: "تتحدث الكلمات المحيطة بلفظ الانشقاق عن ظاهرة (حالات، موجة، ظاهرة)" },
  "confidence.feature.background_clause": { en: "The sentence recalls an earlier incident (وكان … قد)", ar: "تستعيد الجملة حادثة سابقة (وكان … قد)" },
  "confidence.feature.group_shared_with_other_event": { en: "Another event of the report names the same group", ar: "حادثة أخرى في التقرير تذكر الجماعة نفسها" },
  "confidence.feature.may_retell_another_event": { en: "Another event of the report, on overlapping dates, has at least this figure: this may be a second telling of it", ar: "حادثة أخرى في التقرير بتواريخ متداخلة عددها لا يقل عن هذا العدد: قد تكون هذه رواية ثانية لها" },
  "confidence.feature.flagged_for_review": { en: "The extractor flagged the event for review", ar: "علّم المستخرِجُ الحادثة للمراجعة" },
  // confidence: the cues of battle and tally reports (round 8, issue 10)
  "confidence.feature.sentence_toll": { en: "The sentence counts dead, captured or wounded (a battle or casualty report)", ar: "تذكر الجملة عدد قتلى أو أسرى أو جرحى (خبر معركة أو ضحايا)" },
  "confidence.feature.sentence_tally": { en: "The sentence gives a tally or statistics (حصيلة، خسائر، إحصائية)", ar: "تذكر الجملة حصيلة أو إحصائية (حصيلة، خسائر، إحصائية)" },
  "confidence.feature.surrender_in_fight": { en: "A surrender told in a sentence of fighting or its toll (men taken in battle are prisoners, not defectors)", ar: "تسليم للنفس في جملة عن قتال أو حصيلته (من يُؤخذ في المعركة أسير لا منشق)" },
  // loose rules (round 9): a figure told in a sentence with no word of leaving
  "confidence.feature.verbless_item": { en: "The figure stands in a sentence with no word of leaving (an item of the story told without its verb)", ar: "يرد العدد في جملة لا تذكر الانشقاق أو الفرار (حادثة من الخبر تُروى بلا فعلها)" },

  // incidents (issue 12): one incident, many reports
  "incidents.toldBy": { en: "told by {n} reports", ar: "روتها {n} تقارير" },
  "incidents.counting": {
    en: "Counting incidents: an incident told by several reports counts once.",
    ar: "العدّ بالحوادث: الحادثة التي روتها عدة تقارير تُحسب مرة واحدة.",
  },
  "incidents.countingTellings": {
    en: "Counting tellings: every report's event counts, even when reports tell the same incident.",
    ar: "العدّ بالروايات: يُحسب حدث كل تقرير حتى لو روت التقارير الحادثة نفسها.",
  },
  "incidents.showTellings": { en: "Show every report's telling", ar: "اعرض رواية كل تقرير" },
  "incidents.showIncidents": { en: "Count each incident once", ar: "احسب كل حادثة مرة واحدة" },
  // incidents UI (round 5, issue 12): the table's conflict marker, the words of the review's decisions and
  // statuses, why a decision needs another look (lib/i18n/look.ts), refusals (lib/i18n/errors.ts), page titles
  "incidents.conflictMark": { en: "tellings disagree", ar: "الروايات مختلفة" },
  "incidents.conflictLabel": {
    en: "The tellings of this incident disagree on {kinds}: see the incident page",
    ar: "تختلف روايات هذه الحادثة في {kinds}: انظر صفحة الحادثة",
  },
  "incidents.conflictKind.date": { en: "the date", ar: "التاريخ" },
  "incidents.conflictKind.count": { en: "the count", ar: "العدد" },
  "incidents.conflictKind.place": { en: "the place", ar: "المكان" },
  "incidents.conflictKind.destination": { en: "the destination", ar: "الوجهة" },
  "decision.accept": { en: "accept", ar: "قبول" },
  "decision.edit": { en: "edit", ar: "تعديل" },
  "decision.reject": { en: "reject", ar: "رفض" },
  "decision.add": { en: "add", ar: "إضافة" },
  "decision.undo": { en: "undo", ar: "تراجع" },
  "decision.dismiss": { en: "dismiss", ar: "إغلاق" },
  "decision.merge": { en: "merge", ar: "دمج" },
  "decision.split": { en: "split", ar: "فصل" },
  "reviewStatus.unreviewed": { en: "unreviewed", ar: "غير مراجَعة" },
  "reviewStatus.accepted": { en: "accepted", ar: "مقبولة" },
  "reviewStatus.edited": { en: "edited", ar: "معدّلة" },
  "reviewStatus.added": { en: "added", ar: "مضافة" },
  "look.lost": {
    en: "the extractor no longer finds the event this {action} decision was about (“{quote}”)",
    ar: "لم يعد المستخرِج يجد الحادثة التي يخصها قرار {action} هذا («{quote}»)",
  },
  "look.machineChanged": {
    en: "the machine's {fields} changed under this edit; the edit is still applied",
    ar: "تغيّر لدى الآلة {fields} تحت هذا التعديل؛ التعديل ما زال مطبّقاً",
  },
  "look.passageGone": {
    en: "the passage of this added event is no longer in the report text (“{quote}”); the event is kept",
    ar: "لم يعد مقطع هذه الحادثة المضافة في نص التقرير («{quote}»)؛ الحادثة باقية",
  },
  "look.reportGone": { en: "the report {report} is no longer in the database", ar: "لم يعد التقرير {report} في قاعدة البيانات" },
  "look.merge": {
    en: "this merge of {first} with {others} no longer applies in full; gone from the database (re-extracted, edited, rejected or removed): {gone}",
    ar: "دمج {first} مع {others} لم يعد ينطبق كاملاً؛ لم يعد في قاعدة البيانات (أعيد استخلاصه أو عُدّل أو رُفض أو حُذف): {gone}",
  },
  "look.split": {
    en: "this split of {first} from {others} no longer applies in full; gone from the database (re-extracted, edited, rejected or removed): {gone}",
    ar: "فصل {first} عن {others} لم يعد ينطبق كاملاً؛ لم يعد في قاعدة البيانات (أعيد استخلاصه أو عُدّل أو رُفض أو حُذف): {gone}",
  },
  "look.splitStillApart": { en: "; it still keeps the events that remain apart", ar: "؛ وما زال يُبقي الحوادث الباقية منفصلة" },
  "look.event": { en: "event {id}", ar: "الحادثة {id}" },
  "look.eventQuoted": { en: "event {id} (“{quote}”)", ar: "الحادثة {id} («{quote}»)" },
  "look.goneEvent": { en: "an event of {report} (identity {identity})", ar: "حادثة من التقرير {report} (الهوية {identity})" },
  "look.goneEventQuoted": { en: "an event of {report} (“{quote}”)", ar: "حادثة من التقرير {report} («{quote}»)" },
  "look.field.kind": { en: "kind", ar: "النوع" },
  "look.field.groups": { en: "groups", ar: "الجماعات" },
  "look.field.count": { en: "count", ar: "العدد" },
  "look.field.date": { en: "date", ar: "التاريخ" },
  "look.field.place": { en: "place", ar: "المكان" },
  "look.field.destination": { en: "destination", ar: "الوجهة" },
  "history.none": { en: "none", ar: "لا شيء" },
  // (refusals: the English is what the API always said)
  "error.forbidden": { en: "forbidden: editors only", ar: "ممنوع: للمحررين فقط" },
  "error.noEvent": { en: "event: no event \"{event}\"", ar: "الحادثة: لا حادثة «{event}»" },
  "error.eventGone": {
    en: "event: no event \"{event}\" (it may have been rejected or re-extracted; reload the page)",
    ar: "الحادثة: لا حادثة «{event}» (ربما رُفضت أو أعيد استخلاصها؛ أعد تحميل الصفحة)",
  },
  "error.eventChanged": {
    en: "event: \"{event}\" no longer matches the extractor's output; reload the page",
    ar: "الحادثة: «{event}» لم تعد توافق ما يستخلصه المستخرِج؛ أعد تحميل الصفحة",
  },
  "error.nothingToUndo": { en: "undo: you have no decision to undo", ar: "التراجع: ليس لك قرار تتراجع عنه" },
  "error.unknownAction": { en: "action: \"{action}\" is not a review action", ar: "الإجراء: «{action}» ليس إجراء مراجعة" },
  "error.reasonRequired.reject": { en: "reason: a short reason is required to reject an event", ar: "السبب: يلزم سبب قصير لرفض حادثة" },
  "error.reasonRequired.edit": { en: "reason: a short reason is required to edit an event", ar: "السبب: يلزم سبب قصير لتعديل حادثة" },
  "error.reasonRequired.add": { en: "reason: a short reason is required to add an event", ar: "السبب: يلزم سبب قصير لإضافة حادثة" },
  "error.reasonRequired.dismiss": { en: "reason: a short reason is required to dismiss a decision", ar: "السبب: يلزم سبب قصير لإغلاق قرار" },
  "error.reasonRequired.split": { en: "reason: a short reason is required to split a telling out of its incident", ar: "السبب: يلزم سبب قصير لفصل رواية عن حادثتها" },
  "error.reasonRequired.merge": { en: "reason: a short reason is required to merge two incidents", ar: "السبب: يلزم سبب قصير لدمج حادثتين" },
  "error.reasonTooLong": { en: "reason: at most 500 characters", ar: "السبب: 500 حرف على الأكثر" },
  "error.noReport": { en: "report: no report \"{report}\"", ar: "التقرير: لا تقرير «{report}»" },
  "error.passageNotInText": {
    en: "passage: select (or paste) words of the report text; these are not in it",
    ar: "المقطع: حدّد (أو الصق) كلمات من نص التقرير؛ هذه ليست فيه",
  },
  "error.passageMissing": { en: "passage: select a passage of the report text", ar: "المقطع: حدّد مقطعاً من نص التقرير" },
  "error.noDecision": { en: "decision: no decision {seq}", ar: "القرار: لا قرار رقمه {seq}" },
  "error.noPairDecision": { en: "decision: no merge or split {seq}", ar: "القرار: لا دمج ولا فصل رقمه {seq}" },
  "error.onlyTelling": {
    en: "event: \"{event}\" is the only telling of its incident; there is nothing to split it from",
    ar: "الحادثة: «{event}» هي الرواية الوحيدة لحادثتها؛ لا شيء تُفصل عنه",
  },
  "error.sameReport": { en: "other: two events of one report are never one incident", ar: "الأخرى: حادثتان من تقرير واحد لا تكونان حادثة واحدة أبداً" },
  "error.alreadyMerged": { en: "other: \"{other}\" is already in the incident of \"{event}\"", ar: "الأخرى: «{other}» في حادثة «{event}» أصلاً" },
  "error.mergedSameReport": { en: "other: the merged incident would hold two events of one report", ar: "الأخرى: الحادثة المدموجة ستضم حادثتين من تقرير واحد" },
  "error.notStored": { en: "the decision could not be stored; nothing was changed", ar: "تعذّر حفظ القرار؛ لم يتغير شيء" },
  "error.form.kind": { en: "kind: must be one of {kinds}", ar: "النوع: واحد من {kinds}" },
  "error.form.groupsMissing": { en: "groups: name at least one group (a gazetteer id or a new name)", ar: "الجماعات: اذكر جماعة واحدة على الأقل (معرّف من المعجم أو اسماً جديداً)" },
  "error.form.groupTooLong": { en: "groups: a group name is at most 120 characters", ar: "الجماعات: اسم الجماعة 120 حرفاً على الأكثر" },
  "error.form.countBest": { en: "count: give the best count, or leave the three fields empty for none", ar: "العدد: أعطِ العدد الأرجح، أو اترك الحقول الثلاثة فارغة إن لم يُذكر عدد" },
  "error.form.countWhole": { en: "count: whole numbers from 0 to {max}", ar: "العدد: أعداد صحيحة من 0 إلى {max}" },
  "error.form.countOrder": { en: "count: low ≤ best ≤ high", ar: "العدد: الأدنى ≤ الأرجح ≤ الأعلى" },
  "error.form.dateDays": { en: "date: start and end are days YYYY-MM-DD", ar: "التاريخ: البداية والنهاية أيام بصيغة YYYY-MM-DD" },
  "error.form.dateOrder": { en: "date: the start is after the end", ar: "التاريخ: البداية بعد النهاية" },
  "error.form.placeTooLong": { en: "place: at most 120 characters", ar: "المكان: 120 حرفاً على الأكثر" },
  "error.form.destinationTooLong": { en: "destination: at most 120 characters", ar: "الوجهة: 120 حرفاً على الأكثر" },
  "review.pageTitle": { en: "Review queue — inshiqaq", ar: "قائمة المراجعة — انشقاق" },
  "incident.notFoundTitle": { en: "Incident not found — inshiqaq", ar: "الحادثة غير موجودة — انشقاق" },
  "incident.pageTitle": { en: "Incident {id} — inshiqaq", ar: "الحادثة {id} — انشقاق" },
  "incident.title": { en: "One incident, told by {n} reports", ar: "حادثة واحدة روتها {n} تقارير" },
  "incident.date": { en: "Date", ar: "التاريخ" },
  "incident.dateIntersection": { en: "where every telling's range meets", ar: "حيث تلتقي مدد كل الروايات" },
  "incident.dateHull": { en: "the tellings' ranges do not meet: their whole span", ar: "مدد الروايات لا تلتقي: المدى الكامل" },
  "incident.count": { en: "People", ar: "الأشخاص" },
  "incident.countBest": { en: "best figure from {telling}", ar: "أفضل رقم من {telling}" },
  "incident.kind": { en: "Kind", ar: "النوع" },
  "incident.place": { en: "Place", ar: "المكان" },
  "incident.destination": { en: "Destination", ar: "الوجهة" },
  "incident.tellings": { en: "Tellings", ar: "الروايات" },
  "incident.col.outlet": { en: "Outlet", ar: "المصدر" },
  "incident.col.published": { en: "Published", ar: "النشر" },
  "incident.col.figure": { en: "Figure", ar: "العدد" },
  "incident.col.datePhrase": { en: "Date phrase", ar: "عبارة التاريخ" },
  "incident.col.evidence": { en: "Evidence", ar: "النص" },
  "incident.conflicts": { en: "Where the tellings disagree", ar: "ما تختلف فيه الروايات" },
  "incident.noConflicts": { en: "The tellings agree.", ar: "الروايات متفقة." },
  "incident.conflict.date": { en: "Date: the ranges do not meet", ar: "التاريخ: المدد لا تلتقي" },
  "incident.conflict.count": { en: "Count: the figures do not overlap", ar: "العدد: الأرقام لا تتداخل" },
  "incident.conflict.place": { en: "Place: different places told", ar: "المكان: أماكن مختلفة" },
  "incident.conflict.destination": { en: "Destination: different destinations told", ar: "الوجهة: وجهات مختلفة" },
  "incident.proposed": { en: "Possibly the same incident (an analyst decides)", ar: "ربما الحادثة نفسها (يقرر المحلل)" },
  "incident.unknown": { en: "unknown", ar: "غير معروف" },
  // Issue 12 (analysts decide): merge and split of incidents, as decision records.
  "incident.decide": { en: "Decide", ar: "القرار" },
  "incident.splitOut": { en: "Split out", ar: "افصل" },
  "incident.merge": { en: "Merge", ar: "ادمج" },
  "review.proposedMerges": { en: "Proposed merges (possibly one incident)", ar: "دمج مقترح (ربما حادثة واحدة)" },
  "review.proposedMergesNone": { en: "No proposed merge.", ar: "لا دمج مقترح." },

  // Review and corrections (issue 11): accounts, the review queue, reports added in the browser
  "auth.signIn": { en: "Sign in", ar: "تسجيل الدخول" },
  "auth.signOut": { en: "Sign out", ar: "تسجيل الخروج" },
  "auth.email": { en: "Email", ar: "البريد الإلكتروني" },
  "auth.password": { en: "Password", ar: "كلمة المرور" },
  "auth.failed": { en: "Sign-in failed: {reason}", ar: "تعذّر تسجيل الدخول: {reason}" },
  "auth.signedInAs": { en: "Signed in as {name} ({role})", ar: "مسجّل باسم {name} ({role})" },
  "auth.intro": { en: "Editors and admins sign in here; reading the dashboard needs no account.", ar: "يسجّل المحررون والمشرفون الدخول هنا؛ قراءة اللوحة لا تحتاج إلى حساب." },
  "nav.review": { en: "Review", ar: "المراجعة" },
  "nav.addReport": { en: "Add report", ar: "إضافة تقرير" },
  "review.title": { en: "Review queue", ar: "قائمة المراجعة" },
  "review.left": { en: "{n} unreviewed events left under this filter", ar: "بقيت {n} حادثة غير مراجعة ضمن هذا التصفية" },
  "review.empty": { en: "Nothing left to review under this filter.", ar: "لا شيء للمراجعة ضمن هذه التصفية." },
  "review.accept": { en: "Accept", ar: "قبول" },
  "review.edit": { en: "Edit", ar: "تعديل" },
  "review.reject": { en: "Reject", ar: "رفض" },
  "review.skip": { en: "Skip", ar: "تخطٍّ" },
  "review.undo": { en: "Undo my last decision", ar: "تراجع عن آخر قرار" },
  "review.reason": { en: "Reason", ar: "السبب" },
  "review.rejectReason": { en: "Why is this not a defection?", ar: "لماذا ليست هذه حادثة انشقاق؟" },
  "review.shortcuts": { en: "Keys: a accept, e edit, r reject, s skip, u undo", ar: "المفاتيح: a قبول، e تعديل، r رفض، s تخطٍّ، u تراجع" },
  "review.confidence": { en: "Confidence {value}", ar: "الثقة {value}" },
  "review.filterGroup": { en: "Group", ar: "الجماعة" },
  "review.filterReport": { en: "Report id", ar: "معرّف التقرير" },
  "review.filterConfidence": { en: "Confidence below", ar: "ثقة أقل من" },
  "review.filterApply": { en: "Filter", ar: "تصفية" },
  "review.any": { en: "any", ar: "الكل" },
  "review.needsLook": { en: "Needs another look", ar: "تحتاج إلى نظرة أخرى" },
  "review.needsLookNone": { en: "No decision needs another look.", ar: "لا قرار يحتاج إلى نظرة أخرى." },
  "review.dismiss": { en: "Dismiss", ar: "إغلاق" },
  "review.addMissed": { en: "Add missed event", ar: "إضافة حادثة فاتت الآلة" },
  "review.addHint": { en: "Select a passage of the report text, then fill the fields.", ar: "حدّد مقطعاً من نص التقرير ثم املأ الحقول." },
  "review.passage": { en: "Passage", ar: "المقطع" },
  "review.save": { en: "Save", ar: "حفظ" },
  "review.done": { en: "Saved: {action}", ar: "حُفظ: {action}" },
  "review.error": { en: "Not saved: {message}", ar: "لم يُحفظ: {message}" },
  "review.field.kind": { en: "Kind", ar: "النوع" },
  "review.field.groups": { en: "Groups (gazetteer id or a new name, one per line)", ar: "الجماعات (معرّف من المعجم أو اسم جديد، واحد في كل سطر)" },
  "review.field.countLow": { en: "Count low", ar: "العدد الأدنى" },
  "review.field.countBest": { en: "Count best", ar: "العدد الأرجح" },
  "review.field.countHigh": { en: "Count high", ar: "العدد الأعلى" },
  "review.field.dateStart": { en: "Date start", ar: "بداية التاريخ" },
  "review.field.dateEnd": { en: "Date end", ar: "نهاية التاريخ" },
  "review.field.place": { en: "Place", ar: "المكان" },
  "review.field.destination": { en: "Destination", ar: "الوجهة" },
  "review.status": { en: "Review: {status}", ar: "المراجعة: {status}" },
  "review.reviewedBy": { en: "reviewed by {name} on {day}", ar: "راجعه {name} في {day}" },
  "review.history": { en: "Review history", ar: "سجل المراجعة" },
  "review.historyLine": { en: "{day}: {name} — {action}", ar: "{day}: قرار {name} — {action}" },
  "review.reviewedOnly": { en: "Reviewed only", ar: "المراجَعة فقط" },
  "report.new": { en: "Add a report", ar: "إضافة تقرير" },
  "report.field.title": { en: "Title", ar: "العنوان" },
  "report.field.outlet": { en: "Outlet", ar: "المصدر" },
  "report.field.url": { en: "URL (optional)", ar: "الرابط (اختياري)" },
  "report.field.published": { en: "Published (a day 2021-06-20, a month 2021-06, or a window 2021-06-14..2021-06-30)", ar: "تاريخ النشر (يوم 2021-06-20 أو شهر 2021-06 أو نافذة 2021-06-14..2021-06-30)" },
  "report.field.text": { en: "Text", ar: "النص" },
  "report.preview": { en: "Preview", ar: "معاينة" },
  "report.previewTitle": { en: "The extractor finds {n} events", ar: "يجد المستخلص {n} حادثة" },
  "report.invalid": { en: "The report was not saved", ar: "لم يُحفظ التقرير" },

  // date explanations (issue 13): how lib/time and lib/extract resolved a date, written out by
  // lib/i18n/explanation.ts. "explain.note.*" go in one parenthesis after their sentence,
  // "explain.flag.*" in one of their own; vars are ISO days ("2021-04-01"), ranges ("a..b"), rule ids.
  "explain.resolved": { en: "{text}, published {published} → {range}", ar: "«{text}» في تقرير نُشر {published} ← الفترة {range}" },
  "explain.anchored": {
    en: "the expression dates the report, so the incident is bounded by the week before it → {range}",
    ar: "التعبير يؤرّخ التقرير لا الحادثة، فالحادثة محصورة في الأسبوع الذي سبقه ← {range}",
  },
  "explain.default": {
    en: "no expression dates the incident: [P-7, P] over the publication window {published} → {range}",
    ar: "لا تعبير زمني يؤرّخ الحادثة: الأيام السبعة السابقة للنشر حتى يومه، على فترة النشر {published} ← {range}",
  },
  // discourse (round 7): an incident told as "بعد يومين من انشقاق …", dated from the incident that governs its sentence
  "explain.daysBeforeIncident": {
    en: "the incident is told as {days} day(s) before the one this expression dates → {range}",
    ar: "الحادثة مذكورة قبل الحادثة التي يؤرّخها التعبير بـ{days} يوم ← {range}",
  },
  "explain.note.dayOfMonthOfPrevious": { en: "day {day} of the month of {rule} before it", ar: "اليوم {day} من شهر {rule} المذكور قبله" },
  "explain.note.weekdayConflict": { en: "weekday conflict: the text says {said}, {day} is {actual}", ar: "تعارض في يوم الأسبوع: يذكر النص {said}، لكن {day} يوافق {actual}" },
  "explain.note.range": { en: "{from} to {to}", ar: "مدى من {from} إلى {to}" },
  "explain.note.since": { en: "since {rule}", ar: "منذ {rule}" },
  "explain.note.dayOfPrevious": { en: "the day of {rule} before it", ar: "يوم {rule} المذكور قبله" },
  "explain.note.daysFromPrevious": { en: "{shift} day(s) from {rule} before it", ar: "بفارق {shift} يوم عن {rule} المذكور قبله" },
  "explain.note.daysFromCalendarDate": { en: "{shift} day(s) from the calendar date before it", ar: "بفارق {shift} يوم عن التاريخ المذكور قبله" },
  "explain.note.mayCountFromEvent": { en: "followed by من: may count from another event", ar: "تليه «من»: قد يُعدّ من حدث آخر" },
  // loose rules (round 9): a date told in a later sentence of the story (lib/extract/refiners/late-date.ts)
  "explain.note.lateSentence": { en: "told {sentences} sentence(s) after the incident", ar: "ورد بعد رواية الحادثة بـ{sentences} جملة" },
  "explain.flag.future": { en: "future", ar: "في المستقبل" },
  // where the date came from (DateBasis; the English word is the value the CSV and API give)
  "explain.basis.expression": { en: "expression", ar: "تعبير زمني في رواية الحادثة" },
  "explain.basis.context": { en: "context", ar: "تعبير زمني من سياق الحادثة" },
  "explain.basis.default": { en: "default", ar: "الافتراضي" },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageVars = Record<string, string | number>;

/** The placeholders of a message, e.g. ["n", "unit"]. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/**
 * A message in a language with its placeholders filled. A missing variable stays visible as
 * `{name}` (a bug to see, not a crash).
 */
export function t(lang: Lang, key: MessageKey, vars?: MessageVars): string {
  const entry: Entry = MESSAGES[key];
  const text = entry[lang] || entry.en;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Splits a message at its `**…**` marks: odd indexes are the emphasised parts. */
export function emphasisParts(text: string): string[] {
  return text.split(/\*\*(.+?)\*\*/);
}

/**
 * A path in a language: Arabic under `/ar`, English at the bare path (the default language has no
 * prefix; proxy.ts serves it from `app/[lang]` with lang "en"). `path` starts with "/".
 */
export function withLang(path: string, lang: Lang): string {
  if (lang === DEFAULT_LANG) return path;
  if (path === "/") return `/${lang}`;
  return path.startsWith("/?") ? `/${lang}${path.slice(1)}` : `/${lang}${path}`;
}

/** A path with its language prefix removed, and that language (the inverse of withLang). */
export function splitLangPath(path: string): { lang: Lang; path: string } {
  for (const lang of LANGS) {
    if (path === `/${lang}`) return { lang, path: "/" };
    if (path.startsWith(`/${lang}/`)) return { lang, path: path.slice(lang.length + 1) };
  }
  return { lang: DEFAULT_LANG, path };
}

/** The language asked for by a search-parameter value; anything else is the default. */
export function langParam(value: string | string[] | undefined | null): Lang {
  const v = Array.isArray(value) ? value[0] : value;
  return v && isLang(v) ? v : DEFAULT_LANG;
}
