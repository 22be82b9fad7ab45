package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Mentions;
import org.policykg.analysis.Supports;
import org.policykg.recognize.AgencyMention;
import org.policykg.reference.Agency;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Who carries a measure, from the bracketed notes of its paragraphs: "(责任单位：市科委、
 * 中关村管委会)", "(市经济信息委牵头，市科技局…参与)", or a closing "(省工业和信息化厅、
 * 省科技厅)". Agencies after a role label (牵头单位：) take its role; else those before 牵头
 * lead, those before 参与 or 配合 take part, and the others are responsible. The agencies
 * are the recognised mentions ({@link Mentions#within}), completed by their item's region.
 */
final class ResponsibilityNotes {
    private static final Pattern ROLE_WORDS = Pattern.compile("责任单位|牵头|参与|配合|负责");
    /** "牵头单位：…；配合单位：…": a role named before its agencies. */
    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(?:(?<lead>牵头)|(?<part>配合|参与|协同|协办)|责任|负责)(?:单位|部门)[:：]");

    /** Who carries one measure, by role; each agency once. */
    static final class Roles {
        final List<Fact<Agency>> lead = new ArrayList<>();
        final List<Fact<Agency>> participating = new ArrayList<>();
        final List<Fact<Agency>> responsible = new ArrayList<>();

        boolean has(Agency a) {
            for (List<Fact<Agency>> l : List.of(lead, participating, responsible)) {
                for (Fact<Agency> f : l) {
                    if (f.value().name().equals(a.name())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private final Mentions<AgencyMention> agencies;

    ResponsibilityNotes(Mentions<AgencyMention> agencies) {
        this.agencies = agencies;
    }

    /** Adds to {@code r} the agencies the notes of paragraph {@code p} name, by role. */
    void read(Paragraph p, Roles r) {
        String text = p.string();
        for (Range g : brackets(text)) {
            String inner = text.substring(g.start(), g.end());
            List<AgencyMention> in = new ArrayList<>();
            for (AgencyMention a : agencies.within(p.index(), g.start(), g.end())) {
                if (a.agency().isAgency()) {
                    in.add(a);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            boolean roles = ROLE_WORDS.matcher(inner).find();
            if (!roles && !onlyNames(inner, in, g.start())) {
                continue;
            }
            int leadEnd = inner.indexOf("牵头");
            int partEnd = Math.max(inner.lastIndexOf("参与"), inner.lastIndexOf("配合"));
            List<int[]> labels = new ArrayList<>(); // {position after the label, 0 responsible / 1 lead / 2 participating}
            Matcher lm = ROLE_LABEL.matcher(inner);
            while (lm.find()) {
                labels.add(new int[] {lm.end(), lm.group("lead") != null ? 1 : lm.group("part") != null ? 2 : 0});
            }
            Evidence ev = new Evidence(p.span(g.start(), g.end()), Supports.RESPONSIBLE_AGENCY);
            for (AgencyMention a : in) {
                int at = a.range().start() - g.start();
                if (r.has(a.agency()) || inner.startsWith("各成员单位", a.range().end() - g.start())
                        || inner.startsWith("成员单位", a.range().end() - g.start())) {
                    continue;
                }
                Fact<Agency> f = new Fact<>(a.agency(), ev);
                int labelled = -1;
                for (int[] l : labels) {
                    if (l[0] <= at) {
                        labelled = l[1];
                    }
                }
                if (labelled == 1) {
                    r.lead.add(f);
                } else if (labelled == 2) {
                    r.participating.add(f);
                } else if (labelled == 0) {
                    r.responsible.add(f);
                } else if (leadEnd >= 0 && at < leadEnd) {
                    r.lead.add(f);
                } else if (partEnd >= 0 && at < partEnd && (leadEnd < 0 || at > leadEnd)) {
                    r.participating.add(f);
                } else {
                    r.responsible.add(f);
                }
            }
        }
    }

    /**
     * The contents of the outermost bracket groups, (…), 〔…〕 or […]: a responsibility
     * note may hold a parenthesis of its own ("〔责任单位：省发改委（数字办）、…〕").
     */
    private static List<Range> brackets(String text) {
        List<Range> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '〔' || c == '[' || c == '【') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if ((c == ')' || c == '〕' || c == ']' || c == '】') && depth > 0 && --depth == 0 && i > open + 1) {
                out.add(new Range(open + 1, i));
            }
        }
        return out;
    }

    /** A group holding nothing but agency names and separators: "(省工业和信息化厅、省科技厅)". */
    private static boolean onlyNames(String inner, List<AgencyMention> in, int offset) {
        StringBuilder rest = new StringBuilder(inner);
        for (int i = in.size() - 1; i >= 0; i--) {
            AgencyMention a = in.get(i);
            rest.replace(a.range().start() - offset, a.range().end() - offset, "");
        }
        String left = rest.toString().replaceAll("\\([^)]*\\)|[、,，;；\\s和及]|有关省直单位|市级有关部门|市相关部门|相关区政府|各设区市人民政府", "");
        return left.isEmpty();
    }
}
