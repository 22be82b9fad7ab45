package org.policykg.concern.company;

import java.util.List;
import java.util.Set;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.RegionMention;
import org.policykg.reference.CompanyDirectory;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Han;

/**
 * The firms of a table's column of firms: under a header that labels a column as firms (排序 | 企业 | 所在省, 属地 |
 * 典型企业 | 核心优势; lexicon/firm-sets.tsv role column), each cell of that column names one firm or several joined
 * by 、 (思必驰、同城旅行), whether or not any of them is known: the header says what they are. A table is written a
 * row a line, its cells between bars, with or without the outer bars (|a|b|, a | b |, as pages and Markdown are
 * flattened); it ends at the first line that is no row, and a row with another number of cells is read as a new
 * header. A member that is a place, a body, an institute or school, or a kind of firm is not taken; a cell's
 * registered names are left to {@link LegalForms}, which reads them first.
 */
final class FirmColumns {
    /** The longest member read. */
    private static final int MAX_ITEM = 24;
    /** What joins a cell's members. */
    private static final String JOINS = "、，,；;/／";

    /** What ends the name of a place below a province or city (县, 区, 新区, 园区, 开发区): no firm's name ends so. */
    private static final java.util.regex.Pattern PLACE_END = java.util.regex.Pattern.compile("[县区]$");

    private final Set<String> labels;

    FirmColumns(CueWords cues) {
        this.labels = Set.copyOf(cues.words("firm-sets", "column"));
    }

    /** The column being read in one document: its index and its table's number of cells, or -1 outside such a table. */
    static final class State {
        private int column = -1;
        private int cells;
    }

    State start() {
        return new State();
    }

    /**
     * Reads paragraph {@code p} as a row of the document's current table, or as a whole table flattened into one
     * paragraph (a page's rows run together: 排序|企业|所在省|1|华大智造|广东|2|…); the ranges of the members taken
     * are added to {@code taken}, so that no directory hit is read inside one (百度昆仑 is not 百度).
     */
    void find(State s, Paragraph p, List<RegionMention> regions, List<AgencyMention> bodies, List<Range> legal,
              CompanyDirectory directory, Companies found, List<Range> taken) {
        String text = p.string();
        List<int[]> cells = cells(text);
        if (cells == null) {
            s.column = -1; // the table, if any, ended
            return;
        }
        if (cells.stream().allMatch(c -> rule(text, c))) {
            return; // |---|:---:| under a Markdown header
        }
        if (s.column >= 0 && (cells.size() % s.cells == 0 || cells.size() % s.cells == 1) && label(text, cells) < 0) {
            // a row, or rows run together, perhaps with the line after the table glued on as one more cell
            for (int r = s.column; r + s.cells - s.column <= cells.size(); r += s.cells) {
                read(text, cells.get(r), regions, bodies, legal, directory, found, taken);
            }
            return;
        }
        s.column = -1;
        int k = label(text, cells);
        if (k < 0) {
            return; // a row of a table with no column of firms
        }
        int width = width(text, cells, k);
        if (width < 0) {
            if (cells.size() <= MAX_WIDTH) {
                s.column = k; // a header over rows a line each
                s.cells = cells.size();
            }
            return;
        }
        for (int r = k + width; r < cells.size(); r += width) {
            read(text, cells.get(r), regions, bodies, legal, directory, found, taken);
        }
    }

    /** The most columns a table is read with. */
    private static final int MAX_WIDTH = 10;

    /** The index of the first cell labelled as a column of firms, or -1. */
    private int label(String text, List<int[]> cells) {
        for (int k = 0; k < cells.size() && k < MAX_WIDTH; k++) {
            String label = text.substring(cells.get(k)[0], cells.get(k)[1]).replaceAll("[\\s\u3000*：:]", "");
            if (labels.contains(label)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * How many columns a table flattened into one paragraph has, its firm column at {@code k} of the header: the least
     * number that splits its cells into two or more whole rows below the header, such that every cell in the firm
     * column names something (not a number, not a sentence, not a word like the header's: 主营业务 of a wider header,
     * read with too few columns); -1 when none does (a header alone, or no table).
     */
    private static int width(String text, List<int[]> cells, int k) {
        int t = cells.size();
        for (int n = k + 1; n <= MAX_WIDTH; n++) {
            if (t % n != 0 && (t - 1) % n != 0 || t / n < 3) {
                continue;
            }
            boolean ok = true;
            for (int r = k + n; r < t && ok; r += n) {
                String c = text.substring(cells.get(r)[0], cells.get(r)[1]);
                ok = !c.isEmpty() && c.chars().anyMatch(ch -> Han.isCodePoint(ch) || Character.isLetter(ch))
                        && c.indexOf('。') < 0 && c.length() <= 4 * MAX_ITEM;
            }
            String first = text.substring(cells.get(k + n)[0], cells.get(k + n)[1]);
            if (ok && !Phrasing.commonNoun(first)) {
                return n;
            }
        }
        return -1;
    }

    /** The members of one cell of the firm column, joined by 、 and the like. */
    private static void read(String text, int[] cell, List<RegionMention> regions, List<AgencyMention> bodies, List<Range> legal,
                             CompanyDirectory directory, Companies found, List<Range> taken) {
        int from = cell[0];
        for (int i = cell[0]; i <= cell[1]; i++) {
            if (i == cell[1] || JOINS.indexOf(text.charAt(i)) >= 0) {
                take(text, from, i, regions, bodies, legal, directory, found, taken);
                from = i + 1;
            }
        }
    }

    private static void take(String text, int start, int end, List<RegionMention> regions, List<AgencyMention> bodies,
                             List<Range> legal, CompanyDirectory directory, Companies found, List<Range> taken) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '等') {
            end--; // 面壁、零一万物、阶跃星辰等
        }
        int paren = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
        if (paren - start >= 2 && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
            end = paren; // 星动纪元（ERA-42）: a note on the firm, not its name
        }
        if (PLACE_END.matcher(text.substring(start, end)).find()) {
            return; // 南港新区, 澄江县: a place in the column, not a firm
        }
        int a = start;
        int b = end;
        String name = text.substring(a, b);
        if (name.length() < 2 || name.length() > MAX_ITEM
                || !name.chars().allMatch(c -> Han.isCodePoint(c) || c < 0x80 && (Character.isLetterOrDigit(c) || c == ' ' || c == '&' || c == '.' || c == '-')
                        || "()（）·".indexOf(c) >= 0)
                || name.chars().noneMatch(c -> Han.isCodePoint(c) || Character.isLetter(c))
                || ListMates.NOT_FIRM.matcher(name).find() || NameBounds.GENERIC.matcher(name).find()
                || NameBounds.overlaps(bodies, a, b)
                || regions.stream().anyMatch(g -> g.range().start() <= a && g.range().end() >= b)
                || legal.stream().anyMatch(r -> r.start() < b && a < r.end())) {
            return;
        }
        CompanyDirectory.Entry known = directory.byAlias(name);
        if (known == null && !nameLike(name)) {
            return;
        }
        found.add(name, known);
        taken.add(new Range(a, b));
    }

    /** A count (120家, 35%), not a name. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("^[\\d.]+[家个户项亿万%]");

    /**
     * Whether an unknown member reads as a name, not as a count, a word (暂无, 配合) or a duty (按季度申报, 提供资金支持: a
     * column headed 企业 beside one headed 个人 says what each must do). A name may hold one verb (星星充电, 同城旅行,
     * 曹操出行), but not two, nor end in a transitive one after a longer head (向市数据局提交).
     */
    private static boolean nameLike(String name) {
        if (COUNT.matcher(name).find()) {
            return false;
        }
        List<com.hankcs.hanlp.seg.common.Term> terms = org.policykg.recognize.Lexicon.segment(name);
        if (terms.size() == 1 && terms.get(0).nature.toString().matches("[vdrmqcpua]\\w*")) {
            return false;
        }
        int verbs = 0;
        for (com.hankcs.hanlp.seg.common.Term t : terms) {
            String n = t.nature.toString();
            verbs += (n.startsWith("v") || n.startsWith("d")) && t.word.length() >= 2 ? 1 : 0;
        }
        com.hankcs.hanlp.seg.common.Term last = terms.get(terms.size() - 1);
        boolean duty = name.length() >= 5 && last.word.length() >= 2 && last.nature.toString().matches("v|vn");
        return verbs <= 1 && !duty;
    }

    /** A Markdown rule cell (---, :---:). */
    private static boolean rule(String text, int[] c) {
        String s = text.substring(c[0], c[1]);
        return !s.isEmpty() && s.chars().allMatch(ch -> ch == '-' || ch == ':' || ch == ' ');
    }

    /**
     * The cells of a row a line, [start, end) without the bars and the space around them; null when the line is no
     * row: fewer than two bars, or text before its first bar and after its last (a sentence with a bar in it).
     */
    static List<int[]> cells(String text) {
        int first = text.indexOf('|');
        int last = text.lastIndexOf('|');
        if (first < 0 || first == last || text.indexOf('\n') >= 0) {
            return null;
        }
        boolean open = text.substring(0, first).isBlank();
        boolean closed = text.substring(last + 1).isBlank();
        if (!open && !closed && text.chars().filter(c -> c == '|').count() < 4) {
            return null; // a sentence with a bar in it, not a table
        }
        List<int[]> out = org.policykg.segment.TableCells.between(text, open ? first + 1 : 0, closed ? last : text.length());
        return out.size() >= 2 ? out : null;
    }
}
