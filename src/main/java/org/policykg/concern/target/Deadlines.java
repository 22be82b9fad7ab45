package org.policykg.concern.target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.quantity.Quantity;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;

/**
 * The years of a goal: its deadline from the sentence ("到2025年"), else the goal
 * section's lead, else the end of the plan's period; the base year it is compared
 * with ("较2020年"); and the bare years that date a statistic.
 */
final class Deadlines {
    private static final Pattern YEAR = Pattern.compile("(?:到|至|在|于)(20\\d{2})年(?:底|末)?|(20\\d{2})年(?:底|末)?前");
    /** "2026年—2028年共评选…", "2026-2028年": a span of years a goal is set over ends in its last year. */
    private static final Pattern SPAN_END = Pattern.compile("20\\d{2}年?\\s*[—–－\\-~～](20\\d{2})年");
    /** A cited title: a span of years inside it is that policy's period, not the goal's. */
    private static final Pattern CITED_TITLE = Pattern.compile("《[^》]*》");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![到至在于较比\\d—-])(20\\d{2})年(?![底末]?前|\\d|—|-)");
    private static final Pattern BASE_YEAR = Pattern.compile("较(20\\d{2})年");
    /** A bare year at the head of a clause, before what is done in it: "，2025年新增…". */
    private static final Pattern OPENING_YEAR = Pattern.compile("(?:^|[,，;；:：])(20\\d{2})年(?![底末前以来起度内\\d—-])");
    private static final Pattern GOAL_SECTION = Pattern.compile("(主要|工作|发展|总体|总|预期)目标|目标任务");
    /**
     * A stage heading and the date it gives the stage, the stage's last year: 建设筹备阶段（2024年年底前）, 第二阶段（2025—2026年）,
     * 全面推进阶段(2025年):. Only a heading that names a 阶段 before its date: a dated task heading is a task's.
     */
    private static final Pattern STAGE_YEAR = Pattern.compile(
            "[^。；;，,]{0,12}阶段\\s*[（(]\\s*(?:20\\d{2}年?\\s*(?:\\d{1,2}月)?\\s*[—–－\\-~～至到]\\s*)?(20\\d{2})年");
    /** How far after its number a stage heading may give its date. */
    private static final int STAGE_HEADING = 30;

    private Deadlines() {
    }

    /** A goal's deadline and where it came from; both null without one. */
    record Deadline(Integer year, DeadlineSource source) {
    }

    /** The year a text part gives its goals (a year's work, a five-year period), and what that year is. */
    record Fallback(Integer year, DeadlineSource source) {
    }

    /**
     * The year {@code q} is due: the sentence's (到2025年, “十五五”时期), else its goal section's, else
     * its part's ({@code part}, may be null), else the year of its work report, else the end of its policy's period.
     */
    static Deadline of(String sentence, Quantity q, Integer sectionYear, Fallback part, Owner owner) {
        return of(sentence, q, null, sectionYear, part, owner);
    }

    /**
     * As {@link #of(String, Quantity, Integer, Fallback, Owner)}, where {@code leadYear} is the year a statement
     * cut at a semicolon stated before this part of it ("到2027年，…达到12%；累计建成5G基站3.5万个"): the
     * sentence's year, as the stop closes the sentence, not the semicolon.
     */
    static Deadline of(String sentence, Quantity q, Integer leadYear, Integer sectionYear, Fallback part, Owner owner) {
        Integer deadline = yearBefore(sentence, q.start());
        if (deadline == null) {
            deadline = Parts.sentencePeriodEnd(sentence);
        }
        if (deadline == null) {
            deadline = spanEnd(sentence, q.start());
        }
        if (deadline == null) {
            deadline = listLeadYear(sentence, q.start()); // 2014年青岛市经济社会发展主要预期目标是：…增长9%左右，…
        }
        if (deadline == null && owner != null) {
            deadline = openingYear(sentence, q.start(), owner.startYear());
        }
        if (deadline == null && owner != null && owner.reportYear() != null && namesYear(sentence, q.start(), owner.reportYear())) {
            deadline = owner.reportYear(); // "深圳2022年规模以上工业增加值增长5%": the sentence states the report's own year
        }
        if (deadline == null) {
            deadline = leadYear;
        }
        DeadlineSource deadlineSource = DeadlineSource.SENTENCE;
        if (deadline == null && sectionYear != null) {
            deadline = sectionYear;
            deadlineSource = DeadlineSource.SECTION;
        } else if (deadline == null && part != null && part.year() != null) {
            deadline = part.year();
            deadlineSource = part.source();
        } else if (deadline == null && owner != null && owner.reportYear() != null) {
            deadline = owner.reportYear(); // a year's work report sets that year's goals (real convention 5)
            deadlineSource = DeadlineSource.SECTION;
        } else if (deadline == null && owner != null && owner.endYear() != null) {
            deadline = owner.endYear();
            deadlineSource = DeadlineSource.PLAN_END;
        }
        return new Deadline(deadline, deadline == null ? null : deadlineSource);
    }

    /**
     * The goal year the sentence states: its first 到2025年 / 2025年底前, else the end of a period it gives as the
     * time (到“十四五”末 → 2025); or null.
     */
    static Integer statedYear(String sentence) {
        Integer y = sentenceYear(sentence);
        return y != null ? y : Parts.periodEndGoal(sentence);
    }

    /**
     * Whether a bare {@code year} (2022年, not 到/较 a year, not 2022年以来) stands before {@code at} in the number's
     * own clause (深圳2022年规模以上工业增加值增长5%); a year in a heading or lead run into the sentence
     * (全力做好2031年工作 主要预期目标是：…) is its section's.
     */
    private static boolean namesYear(String sentence, int at, int year) {
        Matcher m = BARE_YEAR.matcher(sentence);
        m.region(org.policykg.segment.Sentences.clauseStart(sentence, at), sentence.length());
        while (m.find() && m.start() < at) {
            if (Integer.parseInt(m.group(1)) == year && !sentence.startsWith("以来", m.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 2025年济南市经济社会发展主要预期目标是：… : the year a goal list's lead gives the goals it lists (not a heading's
     * 做好2031年工作 run into the lead: that year is its section's).
     */
    private static final Pattern LIST_LEAD_YEAR = Pattern.compile("(?<![到至在于较比\\d—\\-])((?:19|20)\\d{2})年(?!工作)[^，。；,;:：\\s]{0,20}?(?:主要预期目标|主要目标)是?[:：]");

    /**
     * The year a goal list's lead states (2025年济南市经济社会发展主要预期目标是：…；…), which each goal of the list
     * cut at semicolons keeps, or null.
     */
    static Integer listLeadYear(String sentence) {
        return listLeadYear(sentence, sentence.length());
    }

    /** As {@link #listLeadYear(String)}, for a lead that ends before {@code at} (the goal's number). */
    private static Integer listLeadYear(String sentence, int at) {
        if (!sentence.contains("目标")) {
            return null; // the lead names its goals: no scan of a sentence that does not
        }
        Matcher m = LIST_LEAD_YEAR.matcher(sentence);
        return m.find() && m.end() <= at ? Integer.valueOf(m.group(1)) : null;
    }

    /** 到2022年，… / 力争到2025年底，… / “十四五”期间，…: a text that opens on its goal year or period, set off by a comma. */
    private static final Pattern YEAR_LEAD = Pattern.compile("^(?:力争)?(?:(?:到|至)20\\d{2}年(?:底|末)?|" + Parts.PERIOD.pattern() + "(?:时期|期间))[,，]");

    /** Whether the paragraph opens on a goal year (到2022年，…), which then leads its later sentences. */
    static boolean opensOnYear(String paragraph) {
        return YEAR_LEAD.matcher(paragraph).lookingAt();
    }

    /** The first goal year the sentence names (到2025年, 2025年底前), or null. */
    static Integer sentenceYear(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        return m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** A year named on its own (not 到/至 a year) before the plan's period starts. */
    static boolean pastYear(String sentence, int startYear) {
        Matcher m = BARE_YEAR.matcher(sentence);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < startYear) {
                return true;
            }
        }
        return false;
    }

    /** "较2020年增长…": the year the goal is compared with, or null. */
    static Integer baseYear(String sentence) {
        Matcher base = BASE_YEAR.matcher(sentence);
        return base.find() ? Integer.parseInt(base.group(1)) : null;
    }

    /**
     * "…，2025年新认定…企业15家以上": a bare year opening the clause of a policy's goal dates it,
     * unless it is before the policy's period (then it is where things stand); or null.
     */
    private static Integer openingYear(String sentence, int at, Integer startYear) {
        Matcher m = OPENING_YEAR.matcher(sentence);
        Integer found = null;
        while (m.find() && m.start(1) < at) {
            found = Integer.parseInt(m.group(1));
        }
        return found != null && (startYear == null || found >= startYear) ? found : null;
    }

    /**
     * The last year of a span of years stated before the number (2026年—2028年共择优评选10家以上), outside
     * a cited title (《…行动计划（2024—2026年）》 is that plan's period); or null.
     */
    private static Integer spanEnd(String sentence, int at) {
        String before = CITED_TITLE.matcher(sentence.substring(0, at)).replaceAll("《》");
        Integer found = null;
        Matcher m = SPAN_END.matcher(before);
        while (m.find()) {
            found = Integer.parseInt(m.group(1));
        }
        return found;
    }

    /** The goal year nearest before the number, else the first one after it in the sentence. */
    private static Integer yearBefore(String sentence, int at) {
        Matcher m = YEAR.matcher(sentence);
        Integer before = null;
        Integer after = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (m.start() < at) {
                before = y;
            } else if (after == null) {
                after = y;
            }
        }
        return before != null ? before : after;
    }

    /**
     * The goal section an item's text is in, read paragraph by paragraph: a Chinese-numbered
     * heading (一、主要目标, (一)发展目标) opens or closes one, and the year its lead states
     * last is the deadline of the list below it.
     */
    static final class Section {
        private boolean goal;
        private Integer year;
        private boolean bullet;
        /** The year the stage heading over the paragraph dates its stage by ((二)建设及试运行阶段（2025年年底前）), or null. */
        private Integer stage;
        /** The year an unnumbered stage line dates its own paragraph by (第一阶段（2026年）：…), or null. */
        private Integer stageLine;

        /** Reads the opening of the next paragraph of the item (its headings too). */
        void paragraph(Paragraph p) {
            String text = p.string();
            Ordinals.Ordinal o = Ordinals.at(text);
            boolean chinese = o != null && (o.tier() == Ordinals.Tier.CHINESE || o.tier() == Ordinals.Tier.CHINESE_PAREN);
            if (chinese && (p.isHeading() || p.leadingBold() != null || o.tier() == Ordinals.Tier.CHINESE)) {
                goal = GOAL_SECTION.matcher(text.substring(o.end(), Math.min(text.length(), o.end() + 8))).find();
                year = null;
            }
            // A plan's 实施步骤 dates each stage in its heading: the goals the stage sets are due by the stage's year. A
            // numbered stage heading dates the paragraphs under it, up to the next numbered heading; a stage line without a
            // number (第一阶段（2026年）：…) dates its own paragraph only, as nothing marks where its stage ends.
            Integer dated = null;
            int from = o == null ? 0 : o.end();
            int stageAt = text.indexOf("阶段", from); // a plain look first: most paragraphs name no stage
            if ((chinese || o == null) && stageAt >= 0 && stageAt - from <= STAGE_HEADING) {
                Matcher m = STAGE_YEAR.matcher(text);
                m.region(from, Math.min(text.length(), from + STAGE_HEADING));
                dated = m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
            }
            stage = chinese ? dated : stage;
            stageLine = o == null ? dated : null;
            bullet = o != null && !chinese || text.startsWith("—") || text.startsWith("●") || text.startsWith("•");
        }

        /** Whether the paragraph read last is in a goal section (一、主要目标). */
        boolean inGoal() {
            return goal;
        }

        /** Reads the next sentence of the paragraph; the year a goal in it takes from its section, or null. */
        Integer sentence(String sentence) {
            if (goal && (year == null || !bullet)) {
                // "到2025年，…。到2027年，…主要指标如下：" — the list below takes the year its lead states last;
                // a year inside one bullet (——…到2025年底，…) is that bullet's own.
                Integer y = statedYear(sentence);
                year = y != null ? y : year;
            }
            return goal ? year : stageLine != null ? stageLine : stage;
        }
    }
}
