/**
 * Where in the pipeline each missed gold event was lost, as counts and nothing else: no text, no id, no group name —
 * like scripts/error-classes.ts, so it can be run on the untouched split without reading a report (data/dev/README.md
 * logs each run). Stages, first that applies:
 *   no trigger word in the report → the group is named nowhere the finders see it → no candidate of its group →
 *   every candidate of its group set aside by a cue (reject / trend / reference) → a live candidate of its group was
 *   folded into another event (with the gold's figure or not) or made an event that did not match.
 * Also: wrong events at confidence ≥ 0.9, by class (negative report / beside a miss / extra).
 * Usage: npx tsx scripts/error-stages.ts GOLD.jsonl
 */
import { readFileSync } from "node:fs";
import { extractEvents, extractEventsStrict, readReport } from "../lib/extract";
import { foldProbe } from "../lib/extract/refiners/retelling";
import { routParts } from "../lib/extract/refiners/battle";
import { tokenAt } from "../lib/extract/tokens";
import { isWholeWarTotal } from "../lib/extract/refiners/war-total";
import { explainEventConfidence } from "../lib/extract/confidence";
import { foldLetters } from "../lib/arabic/normalize";
import { KILLED_OR_HELD } from "../lib/extract/lexicon";
import { parseGoldJsonl, type GoldEvent } from "../lib/eval/gold";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { evaluate } from "../lib/eval/score";
import { governorClass, readVerbless, tellingsOf } from "../lib/extract/refiners/verbless-items";
import { statedParents } from "../lib/extract/candidate";

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx scripts/error-stages.ts GOLD.jsonl");
  process.exit(2);
}
const gold = parseGoldJsonl(readFileSync(file, "utf8"), file);
const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync("data/groups.json", "utf8"))));
const { reports } = evaluate(gold, extractEvents, matcher);

/** Words of leaving, arriving, joining or giving up (letters folded), loosely: a net wider than the trigger lexicon. */
const LEAVING_LIKE: Array<[string, RegExp]> = [
  ["شق (split)", /شق/], ["فر (flee)", /(^|[وفبل])(ي|ت|ا|ن)?فر(ار|وا|ا|ت)?($|ه|هم)/], ["هرب (escape)", /هرب|هار?ب/], ["سلم (surrender)", /سل[مي]/],
  ["لحق/التحق (join)", /لحق|لتحق/], ["انضم (join)", /نضم|انضمام/], ["وصل (arrive)", /وصل|وصول/], ["ترك (leave)", /ترك/],
  ["غادر (leave)", /غادر|مغادر/], ["انسحب (withdraw)", /نسحب|انسحاب/], ["تسرب (drop out)", /تسرب|متسرب/], ["تخلف/تخلى (abandon)", /تخلف|تخلي|تخلى/],
  ["عاد/عودة (return)", /عاد|عود/], ["خرج (go out)", /خرج|خروج/], ["نقل (transfer)", /نقل/],
];

/** Genres of news that tell figures of defectors without an incident (letters folded), loosely. */
const GENRES: Array<[string, RegExp]> = [
  ["settlement (تسوية)", /تسوي/], ["amnesty/decree (عفو، مرسوم)", /عفو|مرسوم/], ["court/trial (محكمة، حكم)", /محكم|حكم|قضا/],
  ["statistics (إحصائية، حصيلة، إجمالي، عدد)", /حصا|حصيل|اجمال|^(ال|و|ب)*عدد/], ["since/total (منذ، حتى الآن)", /^منذ$|^الان$/],
  ["return (عودة، عاد)", /عود|^(و|ف)?عاد/], ["call/appeal (دعا، ناشد)", /دعا|دعو|ناشد|طالب/], ["recruitment (تجنيد، سوق)", /تجنيد|جند|سوق|احتياط/],
  ["arrest (اعتقال، قبض)", /اعتقل|قبض|احتجز|توقيف|اوقف/], ["killing (قتل، مقتل)", /قتل|مقتل|اعدم|اعدام/], ["pay (رواتب)", /راتب|رواتب|اجور/],
  ["refugees/civilians (لاجئ، مدني، نازح)", /لاجئ|مدني|نازح|نزوح|اهالي/],
];

const tally = new Map<string, number>();
const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/** The gold's figure within a candidate's count range (an unknown figure on either side agrees). */
const figureAgrees = (g: GoldEvent, n: { low: number; high: number } | null) => g.count === null || n === null || (n.low <= g.count.high && g.count.low <= n.high);

gold.forEach((report, r) => {
  const score = reports[r];
  const read = readReport({ id: report.id, body: report.text, published: report.published });
  const names = (m: { id: string | null; start: number; end: number }) => ({ id: m.id, name_ar: "", text: read.text.slice(m.start, m.end) });
  const ofGroup = (g: GoldEvent, mentions: ReadonlyArray<{ id: string | null; start: number; end: number }>) => mentions.some((m) => g.groups.some((name) => matcher.agrees(name, names(m))));
  // (evidence offsets are the original body's: the first normalised index that maps at or past it)
  const toNorm = (orig: number) => read.norm.map.findIndex((o) => o >= orig);
  // What the fold of refiners/incidents.ts did with each candidate, heard while this report is extracted again.
  const heard: Array<[number, number, string]> = [];
  foldProbe.hear = (c, what) => heard.push([c.trigger.start, c.trigger.end, what]);
  extractEventsStrict({ id: report.id, body: report.text, published: report.published });
  foldProbe.hear = null;
  const heardOf = (normStart: number) => heard.filter(([start, end]) => start <= normStart && normStart < end).map(([, , what]) => what).join(" / ") || "nothing heard (dropped before the fold's steps, or opened an incident)";
  /** What stands in a sentence that holds a missed incident's figure but no candidate: classes of words, never the words. */
  const describeSentence = (k: number, liveSentences: number[], isMine: (m: ReadonlyArray<{ id: string | null; start: number; end: number }>) => boolean) => {
    const { start, end } = read.sentences[k];
    const words = read.tokens.filter((t) => t.start >= start && t.end <= end).map((t) => foldLetters(t.text));
    const where = liveSentences.every((i) => i < k) ? "after" : liveSentences.every((i) => i > k) ? "before" : "between";
    add(`miss · 5 … … … the sentence: ${where} its group's live candidates, ${k - Math.max(...liveSentences.filter((i) => i < k), -99) <= 1 ? "next to one" : "not next to one"}`);
    add(`miss · 5 … … … the sentence: trigger words ${read.triggers.some((t) => t.start >= start && t.end <= end) ? "present" : "none"}, date expression ${read.dates.some((d) => d.normOffset! >= start && d.normEndOffset! <= end) ? "present" : "none"}, place ${read.places.some((p) => p.start >= start && p.end <= end) ? "present" : "none"}`);
    const groupsHere = read.groups.filter((m) => m.start >= start && m.end <= end);
    add(`miss · 5 … … … the sentence: groups ${groupsHere.length === 0 ? "none" : isMine(groupsHere) ? "its group" : "another group only"}, "آخر" ${words.some((w) => /^(و|ف)?(ال)?اخر(ون|ين|ان|ى)?$/.test(w)) ? "present" : "none"}`);
    for (const [root, re] of LEAVING_LIKE) if (words.some((w) => re.test(w))) add(`miss · 5 … … … the sentence: a word like ${root}`);
  };
  for (const gi of score.misses) {
    const g = report.events[gi];
    if (read.triggers.length === 0) {
      add("miss · 1 no trigger word in the report");
      continue;
    }
    if (!ofGroup(g, read.groups)) {
      add("miss · 2 its group is named nowhere the finders see it");
      continue;
    }
    const mine = read.candidates.filter((c) => ofGroup(g, c.groups));
    if (mine.length === 0) {
      add("miss · 3 named, but no candidate takes its group");
      continue;
    }
    const live = mine.filter((c) => c.verdict === null);
    if (live.length === 0) {
      add(`miss · 4 every candidate of its group set aside by a cue (${[...new Set(mine.map((c) => c.verdict))].sort().join("/")})`);
      continue;
    }
    const withFigure = live.some((c) => figureAgrees(g, c.count));
    add(`miss · 5 a live candidate of its group (${live.length === 1 ? "one" : "several"}), ${withFigure ? "one with its figure" : "none with its figure"}`);
    if (!withFigure && g.count !== null) {
      const read_ = read.counts.some((m) => m.value !== null && figureAgrees(g, m.value));
      add(`miss · 5 … none with its figure: the figure is ${read_ ? "read as a count phrase elsewhere in the report" : "read nowhere as a count phrase"}`);
      for (const m of read.counts.filter((m) => m.value !== null && figureAgrees(g, m.value))) {
        const sentence = read.sentences.findIndex((s) => s.start <= m.start && m.start < s.end);
        const owner = read.candidates.find((c) => c.countMention === m);
        if (!read.candidates.some((c) => c.sentenceIndex === sentence)) {
          describeSentence(sentence, live.map((c) => c.sentenceIndex), ofGroup.bind(null, g));
          // Which condition of the verbless-items rule (round 9) the sentence fails, if any.
          const tellings = tellingsOf(read.candidates);
          const item = tellings.length === 0 ? "no telling names a group" : readVerbless(sentence, tellings, { ...read, statedParents: statedParents(read.groups) });
          add(`miss · 5 … … … verbless-items: ${typeof item === "string" ? `refused, ${item}` : "would take it"}`);
          if (item === "no single count phrase") {
            const { start, end } = read.sentences[sentence];
            const here = read.counts.filter((x) => x.start >= start && x.end <= end);
            add(`miss · 5 … … … verbless-items: … ${here.length} count phrases: ${here.map((x) => `${x === m ? "its figure" : "another"} ${x.kind}${x.subset ? " subset" : ""}${x.anaphoric ? " anaphoric" : ""}${x.generic ? " generic" : ""}${x.partOfTold ? " partOfTold" : ""}${x.value === null ? " no value" : ""}`).join(" + ")}`);
          }
          if (item === "a governing word") {
            const { start, end } = read.sentences[sentence];
            const words = read.tokens.filter((t) => t.start >= start && t.end <= end);
            const classes = new Set(words.map(governorClass).filter((x) => x !== null));
            // (which entry of the killed-or-held lexicon, and whether as the whole word or with an ending)
            for (const t of words) if (governorClass(t)?.endsWith("(lexicon)") || governorClass(t)?.startsWith("gone missing")) {
              const stemsOf = t.word.stems;
              const entry = [...KILLED_OR_HELD].find((k) => stemsOf.some((w) => w.startsWith(k)));
              add(`miss · 5 … … … verbless-items: … … lexicon entry ${entry ?? "?"}, ${stemsOf.some((w) => w === entry) ? "the whole word" : "with an ending"}, ${t.start < m.start ? "before" : "after"} the figure, ${Math.abs(read.tokens.indexOf(t) - read.tokens.findIndex((x) => x.start >= m.start)) <= 2 ? "within 2 words" : "further"}`);
            }
            for (const cls of classes) add(`miss · 5 … … … verbless-items: … a governor of class "${cls}"${words.findIndex((t) => governorClass(t) === cls) < words.findIndex((t) => t.start >= m.start) ? " before the figure" : " after the figure"}`);
          }
        }
        add(`miss · 5 … … its figure's phrase: ${m.subset ? "subset" : m.anaphoric ? "anaphoric" : m.generic ? "generic noun" : "plain"}, ${live.some((c) => c.sentenceIndex === sentence) ? "in a sentence of a live candidate of its group" : read.candidates.some((c) => c.sentenceIndex === sentence) ? "in a sentence of another candidate only" : "in a sentence with no candidate"}, ${owner ? (owner.verdict === null ? (ofGroup(g, owner.groups) ? "taken by a live candidate of its group?!" : "taken by a live candidate of another group") : "taken by a set-aside candidate") : "taken by no candidate"}`);
      }
      add(`miss · 5 … live candidates of its group: ${live.filter((c) => c.count === null).length} of ${live.length} with no figure`);
    }
    for (const c of live.filter((c) => figureAgrees(g, c.count) && g.count !== null)) {
      // Which event the candidate with its figure ended in: found by its trigger among the events' evidence.
      const k = score.predicted.findIndex((e) => e.evidence.spans.some((x) => x.role === "trigger" && toNorm(x.start) >= c.trigger.start && toNorm(x.start) < c.trigger.end));
      const pair = score.pairs.find((x) => x.predicted === k);
      const sameDay = pair && report.events[pair.gold].date && g.date ? report.events[pair.gold].date!.start === g.date.start : false;
      add(`miss · 5 … … the candidate with its figure: ${heardOf(c.trigger.start)}; its own date ${c.dateChoice ? "an expression" : "the default"}`);
      if (c.count === null) {
        // What stands around a telling with no figure (round 10): is it told as people, or as one man?
        const inSentence = read.tokens.filter((t) => t.start >= c.sentence.start && t.end <= c.sentence.end);
        const k0 = inSentence.findIndex((t) => t.start >= c.trigger.start);
        const near = (re: RegExp) => { const ks = inSentence.map((t, k) => (re.test(foldLetters(t.text).replace(/^(و|ف|ب|ل)+/, "")) ? Math.abs(k - k0) : 99)); const d = Math.min(...ks); return d === 99 ? "none" : d <= 2 ? "within 2 words" : d <= 6 ? "3–6 words" : "further"; };
        add(`miss · 5 … … … figureless: trigger ${c.trigger.cls}/${c.trigger.form}, ${/(وا|ون|ين)$/.test(foldLetters(read.tokens[c.trigger.last].text)) ? "plural ending" : "no plural ending"}; plural people noun ${near(/^(ال)?(عناصر|جنود|مقاتل(ون|ين)|مسلح(ون|ين)|عسكري(ون|ين)|ضباط|مجند(ون|ين)|افراد|منتسب(ون|ين)|شبيحه)$/)}; one-man noun ${near(/^(ال)?(عنصر|جندي|مقاتل|ضابط|مجند|ملازم|نقيب|رائد|مقدم|عقيد|عميد|لواء|رقيب|مساعد|صف)$/)}; vague "عدد/مجموعة/بعض" ${near(/^(عدد|مجموعه|بعض|عشرات|العشرات|مئات|المئات)$/)}; "معه" ${near(/^(معه|برفقته|رفقته)$/)}`);
      }
      add(`miss · 5 … the candidate with its figure ended in ${k < 0 ? "no event (dropped or folded without its trigger)" : pair ? `the event of another gold incident (${sameDay ? "same gold day" : "another gold day"}, ${score.predicted[k].count?.best === c.count?.best ? "kept this figure" : "kept another figure"})` : "an unmatched event"}`);
    }
    const dated = g.date === null || live.some((c) => c.date.start <= g.date!.end && g.date!.start <= c.date.end);
    add(`miss · 5 … ${dated ? "a live candidate of its group is dated to meet it" : "no live candidate of its group is dated to meet it"}`);
    add(`miss · 5 … live candidates in the report ${read.candidates.filter((c) => c.verdict === null).length > score.predicted.length ? "outnumber" : "do not outnumber"} its events`);
  }
  for (const pair of score.pairs) {
    const g = report.events[pair.gold];
    if (pair.datesOverlap || g.date === null) continue;
    const p = score.predicted[pair.predicted];
    const meets = read.dates.filter((d) => d.start <= g.date!.end && g.date!.start <= d.end);
    // (the event's sentence: original offsets, so compare with the dates' original offsets)
    const inSentence = meets.some((d) => d.offset >= p.evidence.sentence.start && d.endOffset <= p.evidence.sentence.end);
    add(`date apart · basis ${p.date.basis} · a date expression that meets the gold: ${meets.length === 0 ? "none in the report" : inSentence ? "in the event's sentence" : "elsewhere in the report"}`);
    if (meets.length === 0 || inSentence) continue;
    const sentenceAt = (normOffset: number) => read.sentences.findIndex((s) => s.start <= normOffset && normOffset < s.end);
    const own = sentenceAt(toNorm(p.evidence.spans[0]?.start ?? p.evidence.sentence.start));
    const nearest = Math.min(...meets.map((d) => Math.abs(sentenceAt(d.normOffset!) - own)));
    const before = meets.some((d) => sentenceAt(d.normOffset!) < own);
    const taken = score.predicted.some((q) => q !== p && meets.some((d) => d.start === q.date.start && d.end === q.date.end));
    add(`date apart · … nearest such date ${nearest <= 3 ? `${nearest} sentence(s) away` : "over 3 sentences away"}, ${before ? "one before the event" : "only after it"}, ${meets.some((d) => sentenceAt(d.normOffset!) === read.headlineIndex) ? "one in the headline" : "none in the headline"}, ${taken ? "another event has that date" : "no other event has it"}`);
  }
  const negative = report.events.filter((e) => !e.optional).length === 0;
  if (!negative) {
    for (const pi of score.falseAlarms) {
      const p = score.predicted[pi];
      // (a twin: a found event whose gold event the extra one's group also names — one incident told twice)
      const twinPair = score.pairs.find((x) => report.events[x.gold].groups.some((name) => p.groups.some((pg) => matcher.agrees(name, pg))));
      const twin = twinPair ? score.predicted[twinPair.predicted] : undefined;
      if (twin) {
        // What the fold did with the extra event's trigger and with its twin's, and which came first.
        const triggerOf = (e: typeof p) => e.evidence.spans.find((x) => x.role === "trigger");
        const [mine, theirs] = [triggerOf(p), triggerOf(twin)];
        add(`false alarm · … the extra one's trigger: ${mine ? heardOf(toNorm(mine.start)) : "?"}`);
        add(`false alarm · … its twin's trigger: ${theirs ? heardOf(toNorm(theirs.start)) : "?"}`);
        add(`false alarm · … the extra one is told ${mine && theirs && mine.start < theirs.start ? "before" : "after"} its twin; its twin's figure ${twin.count === null ? "unknown" : twin.count.low === twin.count.high ? "exact" : "a range"}, its own ${p.count === null ? "unknown" : p.count.low === p.count.high ? "exact" : "a range"}`);
      }
      if (twin) add(`false alarm · … its twin's group ${twin.groups.some((qg) => p.groups.some((pg) => (pg.id ?? pg.text) === (qg.id ?? qg.text))) ? "is the same" : p.groups.some((pg) => pg.id === null) ? "differs (the extra one's group is not in the gazetteer)" : "differs (another gazetteer id: parent, unit or alias)"}, ${twin.evidence.sentence.start === p.evidence.sentence.start ? "same sentence" : "another sentence"}`);
      const goldNames = report.events.some((g) => g.groups.some((name) => p.groups.some((pg) => matcher.agrees(name, pg))));
      const rel = !twin ? "" : p.count === null || twin.count === null ? ", a figure unknown" : p.count.best < twin.count.best ? ", a smaller figure" : p.count.best === twin.count.best ? ", the same figure" : ", a larger figure";
      const days = !twin ? "" : p.date.start <= twin.date.end && twin.date.start <= p.date.end ? ", dates meet" : ", dates apart";
      add(`false alarm · ${twin ? `a second telling of a found gold event${rel}${days}` : goldNames ? "a group the gold names, not found" : "a group no gold event names"}, date ${p.date.basis}`);
    }
  }
  for (const pi of score.falseAlarms) {
    const p = score.predicted[pi];
    if (p.confidence < 0.9) continue;
    add(`wrong at ≥ 0.9 · ${negative ? "in a negative report" : score.misses.length > 0 ? "beside a miss" : "extra or duplicate"}`);
    const why = explainEventConfidence(p, { body: report.text, norm: read.norm, tokens: read.tokens }, score.predicted);
    for (const c of why.contributions) add(`wrong at ≥ 0.9 · … feature ${c.feature} ${c.contribution > 0 ? "+" : "−"}`);
    const sentence = read.sentences.findIndex((x) => x.start <= toNorm(p.evidence.sentence.start) && toNorm(p.evidence.sentence.start) < x.end);
    const span = p.evidence.spans.find((x) => x.role === "trigger");
    const trig = span ? read.candidates.find((c) => c.trigger.start <= toNorm(span.start) && toNorm(span.start) < c.trigger.end) : undefined;
    add(`wrong at ≥ 0.9 · … trigger ${trig ? `${trig.trigger.cls}/${trig.trigger.form}` : "?"}, sentence ${sentence === read.headlineIndex ? "the headline" : sentence <= 1 ? "first" : "later"}, report has ${read.candidates.filter((c) => c.verdict === null).length} live / ${read.candidates.filter((c) => c.verdict !== null).length} set-aside candidates`);
    if (sentence >= 0) {
      const { start, end } = read.sentences[sentence];
      const words = read.tokens.filter((t) => t.start >= start && t.end <= end).map((t) => foldLetters(t.text));
      for (const [genre, re] of GENRES) if (words.some((w) => re.test(w))) add(`wrong at ≥ 0.9 · … its sentence has a word of ${genre}`);
    }
    if (trig && sentence >= 0) {
      const sf = tokenAt(read.tokens, read.sentences[sentence].start);
      const sl = tokenAt(read.tokens, read.sentences[sentence].end) - 1;
      const parts = routParts(read.tokens, trig.trigger, sf, sl);
      add(`wrong at ≥ 0.9 · … rout parts: ${Object.entries(parts).map(([k, v]) => `${k} ${v ? "yes" : "no"}`).join(", ")}; words after the trigger that say a group was left: ${parts.leftAGroupAfter ? "yes" : "no"}; whole-war total ${isWholeWarTotal(read.tokens, trig.trigger, sf, sl) ? "yes" : "no"}; verdict ${trig.verdict ?? "live"}, background ${trig.runningTotal ? "running total" : "-"}`);
    }
    add(`wrong at ≥ 0.9 · … count ${p.count === null ? "none" : p.count.best >= 100 ? "≥ 100" : p.count.best >= 10 ? "10–99" : "1–9"}, date ${p.date.basis}`);
  }
});
for (const [key, n] of [...tally].sort()) console.log(`${key.padEnd(90)} ${n}`);
