package org.policykg.concern.policy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Supports;
import org.policykg.analysis.Fact;
import org.policykg.analysis.TitleKey;
import org.policykg.recognize.DateMention;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.DocumentTypes;
import org.policykg.reference.Gazetteer;
import org.policykg.segment.Item;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Han;

/**
 * The other names a policy goes by in the document — 以下简称《方案》, 被称为“AI十八条”,
 * 《方案》 for the nearest policy of that type, a noun phrase that picks it up in the
 * next sentence, 本行动计划 inside its own text — and its validity (有效期至…).
 */
final class Aliases {
    private static final Pattern ALIAS_DEFINITION = Pattern.compile(
            "(?:以下简称|以下称|下称|简称)[:：为]?[“\"]?(?<alias>《[^》]{1,20}》|[^”\"),，。、]{2,20})[”\"]?");
    private static final Pattern CALLED = Pattern.compile(
            "(?:被|也被|又被)?(?:业内|业界|外界|媒体|社会)?(?:称为|誉为|称作|简称为|俗称|又称)[“\"](?<alias>[^”\"]{2,20})[”\"]");
    /** 有效期至, 施行至 (lexicon/policy-links.tsv, until): the text is in force until the date right after. */
    private static final Pattern VALID_UNTIL = Pattern.compile(org.policykg.lexicon.CueWords.standard().alternation("policy-links", "until"));
    /** 执行期限为2019年1月1日至2023年12月31日: a term word (lexicon/policy-links.tsv, term) before a stated period. */
    private static final Pattern TERM = Pattern.compile("(?:" + org.policykg.lexicon.CueWords.standard().alternation("policy-links", "term")
            + ")(?:为|是|自|从)?$");
    /** What joins a period's two dates: 至, 到, 起至. */
    private static final Pattern PERIOD_JOIN = Pattern.compile("^(?:起)?(?:至|到)$");
    private static final String DEMONSTRATIVES = "该此本这上那其";

    private final Analysis doc;
    private final Gazetteer gazetteer;

    Aliases(Analysis doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
    }

    void aliasesAndReferences(List<TitleMention> titles, List<TitleUse> fulls, Map<String, TitleGroup> groups,
                                      Map<Integer, String> subjects) {
        for (TitleGroup g : groups.values()) {
            for (TitleUse f : g.uses) {
                g.mentions.add(new Evidence(doc.paragraph(f.t.paragraph()).span(f.t.range()), null));
            }
        }
        Map<String, String> defined = new HashMap<>();
        List<int[]> definedAt = new java.util.ArrayList<>(); // {paragraph, end} of each short name defined, in order
        List<String> definedNames = new java.util.ArrayList<>();
        // The full titles by paragraph, in order: a definition looks only at its own paragraph's.
        Map<Integer, List<TitleUse>> fullsIn = new HashMap<>();
        for (TitleUse f : fulls) {
            fullsIn.computeIfAbsent(f.t.paragraph(), k -> new java.util.ArrayList<>()).add(f);
        }
        for (Paragraph p : doc.layout().paragraphs()) {
            String text = p.string();
            if (text.indexOf('称') < 0) {
                continue; // both patterns need 称 (简称, 称为): skip the regexes for most paragraphs
            }
            List<TitleUse> here = fullsIn.getOrDefault(p.index(), List.of());
            definitions(p, ALIAS_DEFINITION, here, groups, defined, definedAt, definedNames);
            definitions(p, CALLED, here, groups, defined, definedAt, definedNames);
        }
        uses(definedAt, definedNames, defined, groups);
        for (TitleMention t : titles) {
            if (t.kind() != TitleMention.Kind.GENERIC) {
                continue;
            }
            String key = defined.get(TitleKey.core(t.title()));
            if (key == null) {
                key = nearestOfType(t, fulls);
            }
            if (key == null) {
                // The item's policy, when it is of the generic's type: a work report's 我省《实施办法》 is not the report.
                String subject = subjects.get(doc.layout().itemOf(t.paragraph()).index());
                TitleGroup sg = subject == null ? null : groups.get(subject);
                key = sg != null && sg.uses.stream().anyMatch(u -> sameType(u, TitleKey.core(t.title()))) ? subject : null;
            }
            TitleGroup g = key == null ? null : groups.get(key);
            if (g != null) {
                g.aliases.add(TitleKey.display(t.title()));
                g.mentions.add(new Evidence(doc.paragraph(t.paragraph()).span(t.range()), null));
            }
        }
        anaphora(fulls, groups);
        selfReferences(groups);
    }

    /** "制定本行动计划": inside its own text a policy calls itself by its type word. */
    private void selfReferences(Map<String, TitleGroup> groups) {
        for (TitleGroup g : groups.values()) {
            if (g.uses.isEmpty()) {
                continue;
            }
            String title = DocumentTypes.withoutPeriod(g.uses.get(0).display);
            for (int item : g.items) {
                Item it = doc.layout().items().get(item);
                for (int i = it.first(); i <= it.last(); i++) {
                    Paragraph p = doc.paragraph(i);
                    String text = p.string();
                    for (int at = text.indexOf('本'); at >= 0; at = text.indexOf('本', at + 1)) {
                        String word = typeWordAt(text, at + 1);
                        if (word != null && title.endsWith(word)) {
                            g.aliases.add(word);
                            g.mentions.add(new Evidence(p.span(at + 1, at + 1 + word.length()), Supports.ALIAS));
                        }
                    }
                }
            }
        }
    }

    /** The longest policy type word (of two characters or more) starting at {@code at}. */
    private static String typeWordAt(String text, int at) {
        String best = null;
        for (int len = 2; len <= 4 && at + len <= text.length(); len++) {
            String w = text.substring(at, at + len);
            if (DocumentTypes.isGenericReference(w)) {
                best = w;
            }
        }
        return best;
    }

    /**
     * "(以下简称《方案》)", "被业内称为“AI十八条”": the alias of the policy referred to
     * just before, in the same sentence: a full title, or a short reference already defined.
     * {@code fulls}: the full titles of paragraph {@code p}.
     */
    private void definitions(Paragraph p, Pattern pattern, List<TitleUse> fulls, Map<String, TitleGroup> groups,
                             Map<String, String> defined, List<int[]> definedAt, List<String> definedNames) {
        Matcher m = pattern.matcher(p.string());
        while (m.find()) {
            String alias = m.group("alias");
            String bare = alias.startsWith("《") ? alias.substring(1, alias.length() - 1) : alias;
            // (以下简称本条例): 本 + type word is the type word, as 本条例 in the text is.
            int self = bare.startsWith("本") && DocumentTypes.isGenericReference(bare.substring(1)) ? 1 : 0;
            bare = bare.substring(self);
            int sentenceStart = p.sentenceAt(m.start()).start();
            TitleUse before = null;
            for (TitleUse f : fulls) {
                if (f.t.paragraph() == p.index() && f.t.range().end() <= m.start() && f.t.range().start() >= sentenceStart) {
                    before = f;
                }
            }
            String reference = precedingReference(p, m.start());
            String key = defined.get(TitleKey.core(reference));
            boolean referenceIsLater = before == null || p.string().lastIndexOf('《', m.start()) > before.t.range().start();
            if (key == null || !referenceIsLater) {
                key = before != null ? before.key : null;
                if (before != null && namesBundle(p.string(), before.t.range().end(), m.start())) {
                    continue; // 《意见》及6项配套政策（以下简称“1+6”文件）: the short name is of the set, not of the title
                }
            }
            if (key == null || !groups.containsKey(key)) {
                continue;
            }
            defined.put(TitleKey.core(bare), key);
            // Its later uses name the policy only when it is defined right after the title (《X》（以下简称“Y”）, a status or
            // edition between them), not after other words of the sentence (…《X》，为…新区（以下简称“新区”）).
            boolean rightAfter = pattern == CALLED || before != null && key.equals(before.key)
                    && m.start() - before.t.range().end() <= RIGHT_AFTER;
            if (rightAfter && !alias.startsWith("《") && self == 0 && !DocumentTypes.isGenericReference(bare)) {
                definedAt.add(new int[] {p.index(), m.end("alias")});
                definedNames.add(bare);
            }
            TitleGroup g = groups.get(key);
            g.aliases.add(TitleKey.display(bare));
            int s = m.start("alias") + (alias.startsWith("《") ? 1 : 0) + self;
            int e = m.end("alias") - (alias.startsWith("《") ? 1 : 0);
            g.mentions.add(new Evidence(p.span(s, e), Supports.ALIAS));
        }
    }

    /** How far (in chars) a definition may stand after the title it names for its uses to count: 》（2024年修订）（以下简称. */
    private static final int RIGHT_AFTER = 14;

    /** What joins a title to more texts it is named with: 《意见》及6项配套政策, 《办法》和实施细则. */
    private static final Pattern JOINED = Pattern.compile("^[》」”\"]*(?:及其|及|以及|和|与|、|等)");

    /**
     * Whether the definition at {@code definition} names the title ending at {@code titleEnd} together with texts
     * the sentence joins to it (《意见》及6项配套政策（以下简称“1+6”文件）): the short name is the set's.
     */
    private static boolean namesBundle(String text, int titleEnd, int definition) {
        if (titleEnd >= definition) {
            return false;
        }
        return JOINED.matcher(text.substring(titleEnd, definition)).lookingAt();
    }

    /**
     * "人才新政81条规定…": a short name the text defines (以下简称“人才新政81条”) names its policy wherever the text
     * uses it after the definition, outside another title's 《》 — as a 《方案》 does; a type word alone (方案)
     * is left to the readers that look for it next to a verb.
     */
    private void uses(List<int[]> definedAt, List<String> names, Map<String, String> defined, Map<String, TitleGroup> groups) {
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            TitleGroup g = groups.get(defined.get(TitleKey.core(name)));
            if (g == null || name.length() < 2) {
                continue;
            }
            int[] at = definedAt.get(k);
            for (Paragraph p : doc.layout().paragraphs()) {
                if (p.index() < at[0]) {
                    continue;
                }
                String text = p.string();
                int from = p.index() == at[0] ? at[1] : 0;
                for (int i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, i + name.length())) {
                    if (!insideBrackets(text, i)) {
                        g.mentions.add(new Evidence(p.span(i, i + name.length()), Supports.ALIAS));
                    }
                }
            }
        }
    }

    /** The 《…》 reference nearest before {@code at} in the same sentence ("此次发布的《措施》被称为…"). */
    private static String precedingReference(Paragraph p, int at) {
        String text = p.string();
        int close = text.lastIndexOf('》', at);
        int open = close < 0 ? -1 : text.lastIndexOf('《', close);
        if (open < 0 || p.sentenceAt(at).start() > open) {
            return "";
        }
        return text.substring(open + 1, close);
    }

    /** 《方案》 refers to the nearest policy of its type named before it in the item, else after it. */
    private String nearestOfType(TitleMention t, List<TitleUse> fulls) {
        Item item = doc.layout().itemOf(t.paragraph());
        String generic = TitleKey.core(t.title());
        TitleUse before = null;
        TitleUse after = null;
        for (TitleUse f : fulls) {
            if (!item.contains(f.t.paragraph()) || !sameType(f, generic)) {
                continue;
            }
            boolean isBefore = f.t.paragraph() < t.paragraph()
                    || (f.t.paragraph() == t.paragraph() && f.t.range().start() < t.range().start());
            if (isBefore) {
                before = f;
            } else if (after == null) {
                after = f;
            }
        }
        return before != null ? before.key : after != null ? after.key : null;
    }

    private static boolean sameType(TitleUse f, String generic) {
        String core = DocumentTypes.withoutPeriod(f.display);
        if (core.endsWith(generic)) {
            return true;
        }
        var a = DocumentTypes.policyType(core);
        var b = DocumentTypes.policyType(generic);
        return a.isPresent() && b.isPresent() && a.get().concept().equals(b.get().concept());
    }

    /**
     * "…印发了《上海市…行动方案》。新一轮新基建方案将…": a sentence that opens with a
     * noun phrase ending in the same type word picks the policy up under a new name.
     */
    private void anaphora(List<TitleUse> fulls, Map<String, TitleGroup> groups) {
        Map<String, String> found = new LinkedHashMap<>();
        for (TitleUse f : fulls) {
            if (f.t.source() != TitleMention.Source.BRACKETS) {
                continue;
            }
            var type = DocumentTypes.policyType(DocumentTypes.withoutPeriod(f.display));
            if (type.isEmpty()) {
                continue;
            }
            String word = type.get().word();
            String base = word.length() > 2 ? word.substring(word.length() - 2) : word;
            Paragraph p = doc.paragraph(f.t.paragraph());
            String text = p.string();
            Range own = p.sentenceAt(f.t.range().start());
            for (Range s : p.sentences()) {
                if (s.start() < own.end()) {
                    continue;
                }
                Matcher m = Pattern.compile("^[" + Han.RANGE + "A-Za-z0-9]{2,10}?" + base + "(?=[将是于已的对在从以为由,、主])")
                        .matcher(text.substring(s.start(), s.end()));
                if (m.find()) {
                    String phrase = m.group();
                    if (DEMONSTRATIVES.indexOf(phrase.charAt(0)) < 0 && !DocumentTypes.isGenericReference(phrase)
                            && gazetteer.nameAtStart(phrase) == null && !phrase.contains("关于")) {
                        found.putIfAbsent(phrase, f.key);
                    }
                }
                break; // only the sentence right after the title
            }
        }
        for (Map.Entry<String, String> e : found.entrySet()) {
            TitleGroup g = groups.get(e.getValue());
            if (g == null) {
                continue;
            }
            g.aliases.add(e.getKey());
            for (Paragraph p : doc.layout().paragraphs()) {
                String text = p.string();
                for (int at = text.indexOf(e.getKey()); at >= 0; at = text.indexOf(e.getKey(), at + 1)) {
                    if (!insideBrackets(text, at)) {
                        g.mentions.add(new Evidence(p.span(at, at + e.getKey().length()), Supports.ALIAS));
                    }
                }
            }
        }
    }

    private static boolean insideBrackets(String text, int at) {
        return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
    }


    /**
     * 执行期限为2019年1月1日至2023年12月31日, 有效期自…起至…: a term stated as two dates in a policy's own
     * text ends on the second. A term without its end (有效期3年) gives none (annotation convention).
     */
    private void statedPeriod(TitleGroup g, Paragraph p) {
        String text = p.string();
        List<DateMention> ds = new java.util.ArrayList<>();
        for (DateMention d : doc.dates()) {
            if (d.paragraph() == p.index() && d.hasYear()) {
                ds.add(d);
            }
        }
        for (int k = 0; k + 1 < ds.size() && g.validUntil == null; k++) {
            DateMention from = ds.get(k);
            DateMention to = ds.get(k + 1);
            int clause = p.clauseStart(from.range().start());
            if (to.month() < 1 || to.day() < 1 || to.range().start() < from.range().end() || !TERM.matcher(text.substring(clause, from.range().start())).find()
                    || !PERIOD_JOIN.matcher(text.substring(from.range().end(), to.range().start())).matches()) {
                continue;
            }
            g.validUntil = new Fact<>(LocalDate.of(to.year(), to.month(), to.day()),
                    new Evidence(p.span(from.range().start(), to.range().end()), Supports.VALID_UNTIL));
        }
    }

    /** "本政策有效期至2025年12月31日" in a policy's own text. */
    void validity(Map<String, TitleGroup> groups) {
        for (TitleGroup g : groups.values()) {
            for (int item : g.items) {
                Item it = doc.layout().items().get(item);
                for (int i = it.first(); i <= it.last() && g.validUntil == null; i++) {
                    Paragraph p = doc.paragraph(i);
                    Matcher m = VALID_UNTIL.matcher(p.string());
                    if (!m.find()) {
                        statedPeriod(g, p);
                        continue;
                    }
                    for (DateMention d : doc.dates()) {
                        if (d.paragraph() == i && d.range().start() >= m.end() && d.range().start() <= m.end() + 1 && d.hasYear()
                                && d.month() >= 1 && d.day() >= 1) { // 试行期至2026年8月 names no day
                            g.validUntil = new Fact<>(LocalDate.of(d.year(), d.month(), d.day()),
                                    new Evidence(p.span(m.start(), d.range().end()), Supports.VALID_UNTIL));
                        }
                    }
                }
            }
        }
    }
}
