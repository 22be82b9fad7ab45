package org.policykg.concern.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Supports;
import org.policykg.lexicon.CueWords;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Span;

/**
 * The themes of a policy (pc:theme: 算力, 数据要素, 人工智能 …), from the cue words that are the
 * themes' hidden labels. A passing word is not a theme: the cue must be in the policy's stated
 * title, in a heading of its own text (a heading line, a chapter, or an item's ordinal heading
 * such as "（三）加快算力建设", but not an article's rule "第三条 …"), or in at least
 * {@value #REPEATED} sentences of its own text; a cue inside a 《title》 the text cites belongs
 * to that other policy and is not counted. The evidence is
 * the cue word itself, where it first carried the theme: in the title, else in a heading, else
 * in the body.
 */
final class Themes {
    /** Sentences of a policy's own text a cue must be in, without title or heading, to make a theme. */
    static final int REPEATED = 3;
    /** An ordinal heading ends at its first stop; longer than this, it is a body sentence. */
    private static final int HEADING_LENGTH = 30;

    private final List<CueWords.Label> cues;

    Themes(CueWords words) {
        this.cues = words.labels("theme", "theme-");
    }

    /** The policy's themes (concept local names less "theme-"), sorted, each with its evidence. */
    List<Fact<String>> of(PolicyFacts p, Analysis a) {
        Map<String, Evidence> found = new TreeMap<>();
        if (p.own() == null || p.own().labelSource() == PolicyFacts.LabelSource.STATED) {
            inTitle(p, a, found);
        }
        if (p.own() != null) {
            Map<String, Evidence> headed = new LinkedHashMap<>();
            Map<String, Set<String>> sentences = new TreeMap<>();
            Map<String, Evidence> firstInBody = new LinkedHashMap<>();
            for (int i = p.own().first(); i <= p.own().last() && i < a.paragraphs().size(); i++) {
                Paragraph para = a.paragraph(i);
                if (para.role() == Paragraph.Role.CHROME) {
                    continue;
                }
                Range heading = heading(para);
                String t = para.string();
                for (CueWords.Label c : cues) {
                    for (int at = t.indexOf(c.word()); at >= 0; at = t.indexOf(c.word(), at + 1)) {
                        if (inCitedTitle(t, at)) {
                            continue; // 《…》 names another policy: its words are that policy's theme, not this one's
                        }
                        Evidence e = new Evidence(para.span(at, at + c.word().length()), Supports.THEME);
                        if (heading != null && heading.start() <= at && at + c.word().length() <= heading.end()) {
                            headed.putIfAbsent(c.concept(), e);
                        }
                        Range s = para.sentenceAt(at);
                        sentences.computeIfAbsent(c.concept(), k -> new TreeSet<>()).add(i + ":" + s.start());
                        firstInBody.putIfAbsent(c.concept(), e);
                    }
                }
            }
            headed.forEach(found::putIfAbsent);
            sentences.forEach((theme, ss) -> {
                if (ss.size() >= REPEATED) {
                    found.putIfAbsent(theme, firstInBody.get(theme));
                }
            });
        }
        List<Fact<String>> out = new ArrayList<>();
        found.forEach((theme, e) -> out.add(new Fact<>(theme, e)));
        return out;
    }

    /** Cue words of the title, found where a mention of the policy states the title. */
    private void inTitle(PolicyFacts p, Analysis a, Map<String, Evidence> found) {
        for (CueWords.Label c : cues) {
            if (found.containsKey(c.concept()) || !p.title().contains(c.word())) {
                continue;
            }
            search:
            for (Evidence m : p.mentions()) {
                for (Paragraph para : a.paragraphs()) {
                    String t = para.string();
                    if (t.isEmpty() || !para.span(0, t.length()).overlaps(m.span())) {
                        continue;
                    }
                    for (int at = t.indexOf(c.word()); at >= 0; at = t.indexOf(c.word(), at + 1)) {
                        Span s = para.span(at, at + c.word().length());
                        if (m.span().contains(s)) {
                            found.put(c.concept(), new Evidence(s, Supports.THEME));
                            break search;
                        }
                    }
                }
            }
        }
    }

    /** Whether index {@code at} of the text is inside a 《…》 title. */
    static boolean inCitedTitle(String t, int at) {
        int open = t.lastIndexOf('《', at);
        return open >= 0 && t.lastIndexOf('》', at) < open && t.indexOf('》', at) >= 0;
    }

    /** The part of a paragraph that is a heading: all of a heading line, its leading bold phrase, or an ordinal heading up to its stop. */
    static Range heading(Paragraph p) {
        String t = p.string();
        if (p.isHeading()) {
            return new Range(0, t.length());
        }
        Range bold = p.leadingBold();
        if (bold != null) {
            return bold;
        }
        Ordinals.Ordinal o = Ordinals.at(t);
        // an article (第三条 …) is a rule, not a heading; chapters and numbered items are headings
        if (o != null && !(o.tier() == Ordinals.Tier.ARTICLE && o.text().endsWith("条"))) {
            int end = t.length();
            for (int i = 0; i < t.length(); i++) {
                if ("。；;：:".indexOf(t.charAt(i)) >= 0) {
                    end = i;
                    break;
                }
            }
            if (end <= HEADING_LENGTH) {
                return new Range(0, end);
            }
        }
        return null;
    }
}
