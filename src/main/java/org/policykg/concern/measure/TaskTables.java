package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.analysis.Analysis;
import org.policykg.analysis.Evidence;
import org.policykg.concern.policy.PolicyFacts;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.TableCells;

/**
 * A policy's tasks laid out as a table (a 工作要点, 任务分工方案 or 任务清单: 序号 | 重点任务 | 责任单位 | 完成时限), as a
 * Word file, a page or Markdown writes it a row a line ({@code |cell|cell|}): under a header that names a task
 * column and a column of who carries it (lexicon/measure-sections.tsv, *-column), each row is one measure — its
 * number the ordinal, the task's first sentence the heading, the agencies of the 牵头/配合/责任 columns in those
 * roles. A row with one filled cell (一、夯实数字底座 across the table) heads the rows below as their section.
 */
final class TaskTables {
    /** How long a heading may run: the task's first sentence, cut. */
    private static final int HEADING = 60;

    private final Set<String> numberColumns;
    private final Set<String> taskColumns;
    /** Column word → role: 1 lead, 2 participating, 0 responsible (as {@link ResponsibilityNotes#readCell}). */
    private final Map<String, Integer> agencyColumns;
    private final Money money;

    TaskTables(CueWords cues, Money money) {
        this.money = money;
        this.numberColumns = Set.copyOf(cues.words("measure-sections", "number-column"));
        this.taskColumns = Set.copyOf(cues.words("measure-sections", "task-column"));
        Map<String, Integer> roles = new java.util.HashMap<>();
        cues.words("measure-sections", "lead-column").forEach(w -> roles.put(w, 1));
        cues.words("measure-sections", "part-column").forEach(w -> roles.put(w, 2));
        cues.words("measure-sections", "duty-column").forEach(w -> roles.put(w, 0));
        this.agencyColumns = Map.copyOf(roles);
    }

    /** A cell: [start, end) of its row's text, without the bars. */
    private record Cell(int start, int end, String text) {
    }

    /** The cells between a row's first and last bars (text outside them is no cell). */
    private static List<Cell> cells(String row) {
        List<Cell> out = new ArrayList<>();
        int first = row.indexOf('|');
        if (first < 0) {
            return out;
        }
        for (int[] c : TableCells.between(row, first + 1, row.lastIndexOf('|'))) {
            out.add(new Cell(c[0], c[1], row.substring(c[0], c[1])));
        }
        return out;
    }

    /** The measures of the task tables in paragraphs {@code text} of policy {@code p}; none when it has no such table. */
    List<MeasureFacts> measures(Analysis doc, PolicyFacts p, List<Integer> text, ResponsibilityNotes notes) {
        List<MeasureFacts> rows = measures(doc, p, text, notes, null);
        return rows.isEmpty() ? flattened(doc, p, text, notes) : rows;
    }

    /** How many columns a flattened task table has at least: a number, a task, who carries it. */
    private static final int FLAT_COLUMNS = 3;

    /** A row's number cell: 1, 12, 3.1. */
    private static final java.util.regex.Pattern ROW_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?");

    /** A flattened cell's text range in its line: [start, end) before the bar, trimmed. */
    private static Cell flatCell(Paragraph para) {
        String s = para.string();
        int e = s.lastIndexOf('|');
        int b = 0;
        while (b < e && Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return new Cell(b, e, s.substring(b, e));
    }

    /**
     * The rows of a task table flattened a cell a line (序号 | / 重点工作 | / 责任单位 | / 1 | / 建设… | / 区发改委 |), as
     * portal pages and crawled cells print a table: a header that opens with the number column and names a task
     * column and a column of who carries it, then rows of as many cells, each opening with its number; a line of
     * its own between rows (一、夯实数字底座 |) heads the rows below. Reading stops where the cells no longer fall in
     * rows (a blank cell the page dropped), so no cell is read under another's column.
     */
    private List<MeasureFacts> flattened(Analysis doc, PolicyFacts p, List<Integer> text, ResponsibilityNotes notes) {
        List<MeasureFacts> out = new ArrayList<>();
        Region region = p.jurisdiction() == null ? null : p.jurisdiction().value();
        for (int k = 0; k < text.size(); k++) {
            Paragraph head = doc.paragraph(text.get(k));
            if (!head.isFlatCell() || !numberColumns.contains(flatCell(head).text().replaceAll("[\\s\u3000]", ""))) {
                continue;
            }
            // The header: the cells up to the first row's number.
            int task = -1;
            Map<Integer, Integer> roles = new java.util.TreeMap<>();
            int h = k + 1;
            for (; h < text.size() && doc.paragraph(text.get(h)).isFlatCell(); h++) {
                String label = flatCell(doc.paragraph(text.get(h))).text().replaceAll("[\\s\u3000]", "");
                if (ROW_NUMBER.matcher(label).matches() || org.policykg.segment.Ordinals.at(label) != null) {
                    break; // the first row, or a section row across the table (一、夯实数字底座)
                }
                if (task < 0 && taskColumns.contains(label)) {
                    task = h - k;
                } else if (agencyColumns.containsKey(label)) {
                    roles.put(h - k, agencyColumns.get(label));
                }
            }
            int columns = h - k;
            if (task < 0 || roles.isEmpty() || columns < FLAT_COLUMNS) {
                k = h - 1;
                continue;
            }
            String section = null;
            int j = h;
            while (j < text.size() && doc.paragraph(text.get(j)).isFlatCell()) {
                Cell first = flatCell(doc.paragraph(text.get(j)));
                if (!ROW_NUMBER.matcher(first.text()).matches()) {
                    if (first.text().isBlank()) {
                        break;
                    }
                    section = stripOrdinal(first.text()); // a section row across the table
                    j++;
                    continue;
                }
                if (j + columns > text.size() || !allFlat(doc, text, j, j + columns) || !rowEnds(doc, text, j + columns)) {
                    break; // the cells no longer fall in rows
                }
                Paragraph tp = doc.paragraph(text.get(j + task));
                Cell t = flatCell(tp);
                if (!t.text().isBlank()) {
                    ResponsibilityNotes.Roles who = new ResponsibilityNotes.Roles();
                    for (Map.Entry<Integer, Integer> e : roles.entrySet()) {
                        Paragraph cp = doc.paragraph(text.get(j + e.getKey()));
                        Cell c = flatCell(cp);
                        if (!c.text().isBlank()) {
                            notes.readCell(cp, c.start(), c.end(), region, e.getValue(), who);
                        }
                    }
                    List<MeasureFacts.Support> supports = supports(tp, t);
                    Paragraph last = doc.paragraph(text.get(j + columns - 1));
                    Evidence ev = new Evidence(doc.paragraph(text.get(j)).span(0, doc.paragraph(text.get(j)).string().length())
                            .union(last.span(0, last.string().length())), null);
                    int position = out.size() + 1;
                    out.add(new MeasureFacts(p.key(), first.text(), position, Integer.toString(position), heading(t.text()), section,
                            null, ev, supports, who.lead, who.participating, who.responsible));
                }
                j += columns;
            }
            k = j - 1;
        }
        return out;
    }

    private static boolean allFlat(Analysis doc, List<Integer> text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!doc.paragraph(text.get(i)).isFlatCell()) {
                return false;
            }
        }
        return true;
    }

    /** Does a row end before {@code next}: the cells end there, or the next row's number (or a section row) follows. */
    private static boolean rowEnds(Analysis doc, List<Integer> text, int next) {
        if (next >= text.size() || !doc.paragraph(text.get(next)).isFlatCell()) {
            return true;
        }
        String c = flatCell(doc.paragraph(text.get(next))).text();
        return ROW_NUMBER.matcher(c).matches() || org.policykg.segment.Ordinals.at(c) != null;
    }

    /**
     * The header of a task table flattened a cell a paragraph without bars, as the Shanghai policy platform exports a Word
     * table (类别 / 项目 / 主要任务 / 牵头单位 / 配合单位, each a paragraph of its own, then the rows' cells the same way):
     * {@code end} the header's last paragraph, {@code roles} its agency columns' roles in their order (1 lead, 2
     * participating, 0 responsible).
     */
    record BareHeader(int end, int[] roles) {
    }

    /**
     * The bare headers among paragraphs {@code text} (ascending): runs of paragraphs that are each a column's name alone
     * (lexicon/measure-sections.tsv *-column), with a task column and a column of who carries it; none in most texts.
     */
    /** The longest line that may be a column's name alone (主要责任单位 with spaces around). */
    private static final int COLUMN_NAME = 12;

    List<BareHeader> bareHeaders(Analysis doc, List<Integer> text) {
        List<BareHeader> out = new ArrayList<>();
        boolean task = false;
        List<Integer> roles = new ArrayList<>();
        int last = -1;
        for (int k = 0; k <= text.size(); k++) {
            String line = k < text.size() ? doc.paragraph(text.get(k)).string() : "";
            String label = line.length() <= COLUMN_NAME ? line.replaceAll("[\\s\u3000]", "") : "";
            boolean column = k < text.size() && !doc.paragraph(text.get(k)).isTableRow() && !doc.paragraph(text.get(k)).isFlatCell()
                    && (taskColumns.contains(label) || numberColumns.contains(label) || agencyColumns.containsKey(label));
            if (column && (last < 0 || text.get(k) == last + 1)) {
                task |= taskColumns.contains(label);
                if (agencyColumns.containsKey(label)) {
                    roles.add(agencyColumns.get(label));
                }
                last = text.get(k);
                continue;
            }
            if (task && !roles.isEmpty()) {
                out.add(new BareHeader(last, roles.stream().mapToInt(Integer::intValue).toArray()));
            }
            task = false;
            roles.clear();
            last = -1;
            if (column) {
                k--; // this column name opens a run of its own
            }
        }
        return out;
    }

    /**
     * Who carries a numbered row ({@code leaf}: 1.做好规划配套) of a task table flattened without bars, under header {@code h}:
     * after each task paragraph the paragraphs that hold bodies only are the row's agency cells, in the header's order
     * (区消防救援支队 / 区应急局、区公安分局 under 牵头单位 / 配合单位); a row without a number of its own (its task only)
     * runs on under the numbered one. A cell wrapped into the next cell's paragraph splits where two names meet without a
     * separator. Paragraphs of any role count: a body named in many rows is read as a running head (CHROME) by the layout.
     */
    void bareRow(Analysis doc, BareHeader h, NumberedItems.Leaf leaf, Region region, ResponsibilityNotes notes,
                 ResponsibilityNotes.Roles who) {
        int column = 0;
        boolean wrapped = false;
        // The last row of a table that closes the text runs past where its item's body ends (the unnumbered lines after
        // the last item close a text): on over its cells, and over a task whose cells follow it.
        int end = leaf.last();
        int n = doc.layout().paragraphs().size();
        while (end + 1 < n && !doc.paragraph(end + 1).isHeading()
                && org.policykg.segment.Ordinals.at(doc.paragraph(end + 1).string().strip()) == null) {
            if (!notes.bodyCells(doc.paragraph(end + 1), region).isEmpty()) {
                end++;
            } else if (end + 2 < n && !notes.bodyCells(doc.paragraph(end + 2), region).isEmpty()) {
                end += 2;
            } else {
                break;
            }
        }
        for (int i = leaf.first() + 1; i <= end; i++) {
            Paragraph para = doc.paragraph(i);
            List<int[]> cells = notes.bodyCells(para, region);
            if (cells.isEmpty()) {
                column = 0; // a task: its row's cells follow
                wrapped = false;
                continue;
            }
            if (wrapped) {
                column--; // the cell the last paragraph ended in 、 goes on here
            }
            for (int[] c : cells) {
                if (column < h.roles().length) {
                    notes.readCell(para, c[0], c[1], region, h.roles()[column], who);
                }
                column++;
            }
            wrapped = para.string().strip().endsWith("、");
        }
    }

    /** How many lines besides its rows a part's body may hold and still be its task table (a caption: 重点任务分工表). */
    private static final int CAPTION_LINES = 1;

    /**
     * The rows of a task table that is the whole body of a numbered part (一、重点任务分工 over 序号 | 重点任务 | 牵头单位 …):
     * the table lays out the part's tasks, so its rows are the measures, under the part as their section; none when the
     * part's body is text, or holds no task table.
     */
    List<MeasureFacts> underPart(Analysis doc, PolicyFacts p, List<Integer> text, NumberedItems.Leaf part, ResponsibilityNotes notes) {
        if (doc.paragraph(part.first()).string().indexOf('。') >= 0) {
            return List.of(); // a part with a text of its own
        }
        List<Integer> body = new ArrayList<>();
        int rows = 0;
        int other = 0;
        int from = java.util.Collections.binarySearch(text, part.first() + 1); // the text's paragraphs ascend
        for (int k = from >= 0 ? from : -from - 1; k < text.size(); k++) {
            int i = text.get(k);
            Paragraph para = doc.paragraph(i);
            if (para.isTableRow()) {
                rows++;
            } else if (rows > 0) {
                break; // the table ends where its rows do
            } else if (!para.string().isBlank() && (++other > CAPTION_LINES || !caption(para.string()))) {
                return List.of(); // the part has a text of its own: the table, if any, is not its body
            }
            body.add(i);
        }
        if (rows < 2) {
            return List.of();
        }
        return measures(doc, p, body, notes, part.section() != null ? part.section() : part.heading());
    }

    /** How long a table's caption may run (重点任务分工表, 2026年数字经济重点任务清单). */
    private static final int CAPTION = 30;

    /** A caption over a table, not a sentence of text: short, and with no sentence's end. */
    private static boolean caption(String line) {
        String s = line.strip();
        return s.length() <= CAPTION && s.chars().noneMatch(c -> c == '。' || c == '；' || c == ';');
    }

    /** As {@link #measures(Analysis, PolicyFacts, List, ResponsibilityNotes)}; rows under no one-cell row take {@code section0}. */
    private List<MeasureFacts> measures(Analysis doc, PolicyFacts p, List<Integer> text, ResponsibilityNotes notes, String section0) {
        List<MeasureFacts> out = new ArrayList<>();
        Region region = p.jurisdiction() == null ? null : p.jurisdiction().value();
        int task = -1;
        int number = -1;
        Map<Integer, Integer> roles = new java.util.TreeMap<>(); // column → role
        int columns = 0;
        String section = section0;
        for (int i : text) {
            Paragraph para = doc.paragraph(i);
            if (!para.isTableRow()) {
                task = -1; // a table ends where its rows do
                continue;
            }
            List<Cell> cs = cells(para.string());
            if (task < 0 || cs.size() != columns) {
                // A header — also one of a second table whose rows run on from the first's (another column count).
                // A header: a task column and a column of who carries it.
                int t = -1;
                int n = -1;
                Map<Integer, Integer> r = new java.util.TreeMap<>();
                for (int k = 0; k < cs.size(); k++) {
                    String label = cs.get(k).text().replaceAll("[\\s\u3000]", "");
                    if (t < 0 && taskColumns.contains(label)) {
                        t = k;
                    } else if (n < 0 && numberColumns.contains(label)) {
                        n = k;
                    } else if (agencyColumns.containsKey(label)) {
                        r.put(k, agencyColumns.get(label));
                    }
                }
                if (t >= 0 && !r.isEmpty()) {
                    task = t;
                    number = n;
                    roles = r;
                    columns = cs.size();
                    section = section0;
                } else if (task >= 0 && filledCount(cs) == 1) {
                    section = stripOrdinal(cs.stream().filter(c -> !c.text().isBlank()).findFirst().get().text());
                }
                continue;
            }
            if (cs.stream().allMatch(c -> c.text().matches("[-:\\s]*"))) {
                continue; // Markdown's |---|---| under the header
            }
            List<Cell> filled = cs.stream().filter(c -> !c.text().isBlank()).toList();
            if (filled.size() == 1 && cs.size() != 1) {
                section = stripOrdinal(filled.get(0).text());
                continue;
            }
            if (cs.size() != columns || task >= cs.size() || cs.get(task).text().isBlank()) {
                continue;
            }
            Cell t = cs.get(task);
            ResponsibilityNotes.Roles who = new ResponsibilityNotes.Roles();
            for (Map.Entry<Integer, Integer> e : roles.entrySet()) {
                Cell c = cs.get(e.getKey());
                if (!c.text().isBlank()) {
                    notes.readCell(para, c.start(), c.end(), region, e.getValue(), who);
                }
            }
            List<MeasureFacts.Support> supports = supports(para, t);
            int position = out.size() + 1;
            String ordinal = number >= 0 && number < cs.size() && !cs.get(number).text().isBlank()
                    ? cs.get(number).text() : Integer.toString(position);
            Evidence ev = new Evidence(para.span(0, para.string().length()), null);
            out.add(new MeasureFacts(p.key(), ordinal, position, Integer.toString(position), heading(t.text()), section, null,
                    ev, supports, who.lead, who.participating, who.responsible));
        }
        return out;
    }

    /** The money offered in a task cell, read sentence by sentence but only within the cell. */
    private List<MeasureFacts.Support> supports(Paragraph para, Cell task) {
        List<MeasureFacts.Support> out = new ArrayList<>();
        for (Range s : para.sentences()) {
            int from = Math.max(s.start(), task.start());
            int to = Math.min(s.end(), task.end());
            if (from < to) {
                out.addAll(money.supports(para, new Range(from, to), true));
            }
        }
        return out;
    }

    private static long filledCount(List<Cell> cs) {
        return cs.stream().filter(c -> !c.text().isBlank()).count();
    }

    /** The task's first sentence (up to 。；), cut to a heading's length. */
    private static String heading(String task) {
        int end = task.length();
        for (int i = 0; i < task.length(); i++) {
            if ("。；;".indexOf(task.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String h = task.substring(0, end).strip();
        return h.length() > HEADING ? h.substring(0, HEADING) : h;
    }

    /** 一、夯实数字底座 → 夯实数字底座. */
    private static String stripOrdinal(String s) {
        org.policykg.segment.Ordinals.Ordinal o = org.policykg.segment.Ordinals.at(s);
        return o == null ? s.strip() : s.substring(o.end()).strip();
    }
}
