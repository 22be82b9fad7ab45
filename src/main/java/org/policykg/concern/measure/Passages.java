package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.List;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.text.MappedText;

/**
 * An item's body read as running text: a print wraps a sentence over lines and pages
 * ("设立年度2.5亿元规模的" / "杭州算力券，对…给予补贴。"), so a line that does not end a
 * sentence runs on into the next one, past page numbers and running headers. Each passage
 * keeps its characters' places in the file, so evidence still quotes the original.
 */
final class Passages {
    /** What ends a line that does not run on: a sentence's end, a closing bracket, a colon before a list. */
    private static final String LINE_END = "。！？；;!?)）:：";
    /** The longest line that may be an item's heading standing alone. */
    private static final int HEADING_LENGTH = 30;

    private Passages() {
    }

    /** The body's paragraphs joined into passages, in order; chrome left out. */
    static List<Paragraph> of(List<Paragraph> body) {
        List<Paragraph> out = new ArrayList<>();
        List<Paragraph> run = new ArrayList<>();
        for (Paragraph p : body) {
            if (p.role() == Paragraph.Role.CHROME) {
                continue;
            }
            run.add(p);
            if (endsLine(p.string()) || headingLine(p)) {
                out.add(join(run));
                run.clear();
            }
        }
        if (!run.isEmpty()) {
            out.add(join(run));
        }
        return out;
    }

    /** Whether a line ends where it ends (a sentence, a bracket, a colon), rather than running on into the next. */
    static boolean endsLine(String line) {
        String t = line.strip();
        return t.isEmpty() || LINE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** "(六)引导市场投入": an item's heading on a line of its own, which the body does not continue. */
    private static boolean headingLine(Paragraph p) {
        String t = p.string().strip();
        return p.isHeading() || Ordinals.at(t) != null && t.length() <= HEADING_LENGTH
                && t.chars().noneMatch(c -> "，,。;；".indexOf(c) >= 0);
    }

    private static Paragraph join(List<Paragraph> run) {
        if (run.size() == 1) {
            return run.get(0);
        }
        MappedText.Builder b = MappedText.builder();
        for (Paragraph p : run) {
            b.append(p.text());
        }
        Paragraph first = run.get(0);
        return new Paragraph(first.index(), first.role(), first.level(), b.build(), List.of(), List.of());
    }
}
