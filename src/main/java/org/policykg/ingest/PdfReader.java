package org.policykg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's (or an OFD file's) pages read as a plain text (a line a block, a blank line ends a paragraph), without the
 * lines a printed 公文 repeats on every page: page numbers (— 3 —, 第3页 共9页, 3/9) and running
 * heads or feet (the issuing body's name, the document number) within the first or last two lines
 * of a page (the first page's top is its 版头 and kept). They stay in the source's text, so offsets still count in each page's extracted text;
 * they are only not shown to the analysis, and a paragraph runs on across the page break.
 */
public final class PdfReader implements DocumentReader {
    /** How many lines at a page's top and bottom may be a running head, foot or page number. */
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－─\\s]*\\d{1,4}[-—–－─\\s]*"
            + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|(?i)page\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?");

    private record Line(int start, int end, String text) {
    }

    @Override
    public ParsedDocument read(Source source) throws InputException {
        Origin origin = source.origin();
        List<List<Line>> pages = new ArrayList<>();
        for (Origin.Part p : origin.parts()) {
            pages.add(lines(source, source.utf16(p.start()), source.utf16(p.end())));
        }
        Set<String> running = running(pages);
        BlockCollector out = new BlockCollector();
        boolean previousBlank = true;
        for (List<Line> page : pages) {
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                if (!page.get(i).text().isBlank()) {
                    filled.add(i);
                }
            }
            Set<Integer> dropped = new HashSet<>();
            boolean first = pages.indexOf(page) == 0;
            for (int k = 0; k < filled.size(); k++) {
                // The first page's top is the 版头 (issuer, document number), never a running head.
                boolean edge = (k < EDGE && !first) || k >= filled.size() - EDGE;
                String t = page.get(filled.get(k)).text().strip();
                if (edge && (PAGE_NUMBER.matcher(t).matches() || running.contains(key(t)))) {
                    dropped.add(filled.get(k));
                }
            }
            for (int i = 0; i < page.size(); i++) {
                Line l = page.get(i);
                if (dropped.contains(i)) {
                    continue; // a running line neither starts nor ends a paragraph
                }
                if (l.text().isBlank()) {
                    previousBlank = true;
                    continue;
                }
                out.start(Block.Kind.PARAGRAPH, 0, !previousBlank);
                out.text().append(source.mapped(l.start(), l.end()));
                previousBlank = false;
            }
        }
        return new ParsedDocument(source, origin.format(), Map.of(), out.blocks());
    }

    private static List<Line> lines(Source source, int from, int to) {
        String t = source.text();
        List<Line> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int nl = t.indexOf('\n', i);
            int end = nl < 0 || nl >= to ? to : nl;
            out.add(new Line(i, end, t.substring(i, end)));
            i = end + 1;
        }
        return out;
    }

    /**
     * Lines at a page's edge that come again at the edge of at least half the pages (and of two):
     * a running head or foot. Digits are folded, so 第3页 and the running number of a date match.
     */
    private static Set<String> running(List<List<Line>> pages) {
        Map<String, Integer> count = new HashMap<>();
        for (List<Line> page : pages) {
            List<String> filled = page.stream().map(l -> l.text().strip()).filter(s -> !s.isEmpty()).toList();
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < filled.size(); k++) {
                if (k < EDGE || k >= filled.size() - EDGE) {
                    seen.add(key(filled.get(k)));
                }
            }
            seen.forEach(s -> count.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> out = new HashSet<>();
        count.forEach((k, n) -> {
            if (n >= needed) {
                out.add(k);
            }
        });
        return out;
    }

    private static String key(String line) {
        return line.replaceAll("\\s+", "").replaceAll("\\d", "0");
    }
}
