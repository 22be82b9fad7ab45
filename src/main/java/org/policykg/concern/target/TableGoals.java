package org.policykg.concern.target;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.quantity.Comparator;
import org.policykg.quantity.Quantity;
import org.policykg.quantity.QuantityParser;

/**
 * Goals a plan states in a table of indicators (主要指标): a header row names the columns
 * (指标 | 单位 | 2024年 | 2027年目标), each later row one indicator with its base and its goal. The
 * goal is the cell of the column headed 目标 (目标值, 2027年目标), or, in a goal section, of the
 * latest year when the header names several; the unit comes from a 单位 column or from the
 * indicator's own parentheses (数字经济核心产业增加值（亿元）). Rows are the readers' |cell|cell| lines.
 */
final class TableGoals {
    private static final QuantityParser QUANTITIES = new QuantityParser();
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年?");
    /** The unit an indicator's name closes on: （亿元）, (%). */
    private static final Pattern UNIT = Pattern.compile("[（(]([^）)（(]{1,10})[）)]\\s*$");
    /** A cell that holds only a number, with a bound before or after it: 1800, ≥90, 90以上, 3.5. */
    private static final Pattern VALUE = Pattern.compile(
            "^(≥|>=|＞|>|不低于|不少于|超过)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%|％)?\\s*(以上|左右)?$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s:：\\-—]*$");

    /** A goal read from a row: what it measures, the quantity, and the year its column names (or null). */
    record Goal(String metric, Quantity quantity, Integer year) {
    }

    /** One table's reading, row by row: the first row is its header. */
    static final class Reader {
        private boolean header = true;
        private int goal = -1;
        private int metric = 0;
        private int unit = -1;
        private Integer year;

        /** The goal of one row of the table, or null (the header, a separator, a row without a number). */
        Goal row(String row, boolean inGoalSection) {
            List<String> cells = cells(row);
            if (cells.stream().allMatch(c -> SEPARATOR.matcher(c).matches())) {
                return null;
            }
            if (header) {
                header = false;
                header(cells, inGoalSection);
                return null;
            }
            if (goal < 0 || goal >= cells.size() || metric >= cells.size()) {
                return null;
            }
            Matcher v = VALUE.matcher(cells.get(goal).strip());
            if (!v.matches()) {
                return null;
            }
            String name = cells.get(metric).strip();
            String unitWord = unit >= 0 && unit < cells.size() ? cells.get(unit).strip() : null;
            Matcher u = UNIT.matcher(name);
            if (u.find()) {
                unitWord = unitWord == null || unitWord.isEmpty() ? u.group(1) : unitWord;
                name = name.substring(0, u.start()).strip();
            }
            String percent = v.group(3) != null ? "%" : "";
            String text = v.group(2) + (percent.isEmpty() && unitWord != null ? unitWord.replace("％", "%") : percent)
                    + (v.group(4) == null ? "" : v.group(4));
            List<Quantity> found = QUANTITIES.findAll(text);
            if (name.isEmpty() || found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != text.length()) {
                return null; // a unit the quantities do not know: no guess
            }
            Quantity q = found.get(0);
            if (v.group(1) != null && q.comparator() == Comparator.EXACT) {
                q = new Quantity(q.start(), q.end(), q.text(), q.value(), q.upperValue(), q.unit(), q.counter(), Comparator.MIN);
            }
            return new Goal(name, q, year);
        }

        private void header(List<String> cells, boolean inGoalSection) {
            int latest = -1;
            int latestYear = 0;
            int years = 0;
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i).strip();
                Matcher y = YEAR.matcher(c);
                if (c.contains("目标")) {
                    goal = i;
                    year = y.find() ? Integer.valueOf(y.group(1)) : null;
                } else if (y.find()) {
                    years++;
                    if (Integer.parseInt(y.group(1)) > latestYear) {
                        latestYear = Integer.parseInt(y.group(1));
                        latest = i;
                    }
                } else if (c.contains("单位")) {
                    unit = i;
                } else if (c.contains("指标") || c.contains("名称")) {
                    metric = i;
                }
            }
            if (goal < 0 && inGoalSection && years >= 2) {
                goal = latest; // 指标 | 2024年 | 2027年 under 主要目标: the later year is the goal
                year = latestYear;
            }
            if (metric == goal || cells.size() > metric && cells.get(metric).contains("序号")) {
                metric = metric + 1;
            }
        }
    }

    private static List<String> cells(String row) {
        String t = row.strip();
        t = t.substring(1, t.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : t.split("\\|", -1)) {
            out.add(c);
        }
        return out;
    }

    private TableGoals() {
    }
}
