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

    private static List<Cell> cells(String row) {
        List<Cell> out = new ArrayList<>();
        int from = row.indexOf('|') + 1;
        for (int bar = row.indexOf('|', from); bar >= 0; from = bar + 1, bar = row.indexOf('|', from)) {
            int s = from;
            int e = bar;
            while (s < e && Character.isWhitespace(row.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(row.charAt(e - 1))) {
                e--;
            }
            out.add(new Cell(s, e, row.substring(s, e)));
        }
        return out;
    }

    /** The measures of the task tables in paragraphs {@code text} of policy {@code p}; none when it has no such table. */
    List<MeasureFacts> measures(Analysis doc, PolicyFacts p, List<Integer> text, ResponsibilityNotes notes) {
        return measures(doc, p, text, notes, null);
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
            List<MeasureFacts.Support> supports = new ArrayList<>();
            for (Range s : para.sentences()) {
                int from = Math.max(s.start(), t.start());
                int to = Math.min(s.end(), t.end());
                if (from < to) {
                    supports.addAll(money.supports(para, new Range(from, to), true));
                }
            }
            int position = out.size() + 1;
            String ordinal = number >= 0 && number < cs.size() && !cs.get(number).text().isBlank()
                    ? cs.get(number).text() : Integer.toString(position);
            Evidence ev = new Evidence(para.span(0, para.string().length()), null);
            out.add(new MeasureFacts(p.key(), ordinal, position, Integer.toString(position), heading(t.text()), section, null,
                    ev, supports, who.lead, who.participating, who.responsible));
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
