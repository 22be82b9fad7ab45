package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policykg.concern.policy.PolicyFacts;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.Gazetteer;
import org.policykg.segment.Item;
import org.policykg.segment.Layout;
import org.policykg.segment.Ordinals;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.segment.Segmenter;
import org.policykg.text.Han;

/**
 * The numbered items of a policy's own text: which paragraphs are its text, which
 * numbered lines are its items (not a contents line, a news headline or a story's
 * section), and of those the leaves outside introductory sections, each with its
 * ordinal, body, heading, section and subsection. An item that only groups
 * deeper-numbered items is a subsection, not a measure.
 */
final class NumberedItems {
    /** The longest line that is a heading rather than a sentence. */
    private static final int TITLE_LENGTH = 40;
    /** "文件要点：分阶段目标明确": a short label and a colon heading a story's section. */
    private static final Pattern LABEL_COLON = Pattern.compile("^[" + Han.RANGE + "]{2,6}[:：][^。;；]+$");
    /** A line of a table of contents: dot leaders, maybe a page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("(?:…{2,}|\\.{4,}|·{4,}|-{4,})\\s*\\d*\\s*\\S{0,8}$");
    /** A headline reporting a policy: "天津市印发《…》", "成都市出台…若干政策措施". */
    private static final Pattern REPORTED_ISSUE = Pattern.compile("^[" + Han.RANGE + "]{1,14}?(?:市|省|区|县|部|委|局|厅|政府|国务院)"
            + "(?:近日|日前|正式|联合)?(?:印发|出台|发布|公布|推出)");

    /**
     * A note closing a part's heading: 强化创新驱动（区科技局牵头）, 优化营商环境(牵头单位:区发改委): a bracket that holds a role
     * word or a label word (lexicon/collective-bodies.tsv lead, part, responsible; lexicon/responsibility-labels.tsv label-word).
     */
    private static final Pattern PART_NOTE = Pattern.compile("\\s*[(（][^()（）]*(?:" + ResponsibilityNotes.LEAD + "|" + ResponsibilityNotes.PART
            + "|" + ResponsibilityNotes.DUTY + "|" + ResponsibilityNotes.LABEL_WORD + ")[^()（）]*[)）]\\s*$");

    /**
     * A leaf item: paragraphs {@code first} to {@code last} are its body; its heading,
     * and the headings of the sections above it (null where there is none).
     *
     * @param parents the paragraphs of the items it sits under, innermost first: a note there
     *                (一、强化科技创新（区科技局牵头）) names who carries the items below that have none of their own
     */
    record Leaf(Ordinals.Ordinal ordinal, int first, int last, String heading, String section, String subsection,
                List<Integer> parents) {
        Leaf(Ordinals.Ordinal ordinal, int first, int last, String heading, String section, String subsection) {
            this(ordinal, first, last, heading, section, subsection, List.of());
        }
    }

    private record Numbered(int paragraph, Ordinals.Ordinal ordinal) {
        int depth() {
            return ordinal.tier().ordinal();
        }
    }

    /** A year a part heading names as its own: 2026年重点工作, 今年工作安排. */
    private static final Pattern PART_YEAR = Pattern.compile("20\\d{2}年|今年");
    /** The attachment note after the body (附件：1.…, or 附表：1.… for attached tables), the first title maybe on its line. */
    private static final Pattern ATTACHMENTS = Pattern.compile("附[件表][:：]\\s*(?:(\\d{1,2})[.、．])?");
    /** 附件, 附件1, 附件：, 附表1: the heading GB/T 9704 puts over an attachment after the body. */
    private static final Pattern BARE_ATTACHMENT = Pattern.compile("附[件表]\\s*\\d{0,2}[:：]?");
    /** "11.121…": a number, a point and a figure. */
    private static final Pattern NUMBER_BEFORE_FIGURE = Pattern.compile("(\\d{1,3})\\.(?=\\d)");
    /**
     * A bracketed note of roles: (X牵头，Y、Z按职责分工负责), (X、Y负责), (X牵头，Y配合); no bracket inside but 各省（区、市）'s. It closes
     * on a role word (lexicon/collective-bodies.tsv lead, part, responsible).
     */
    private static final Pattern BRACKET_NOTE = Pattern.compile("\\s*[(（](?:[^()（）]|[(（][^()（）]{1,8}[)）]){2,200}?(?:"
            + ResponsibilityNotes.LEAD + "|" + ResponsibilityNotes.DUTY + "|" + ResponsibilityNotes.PART + ")[)）]");
    /** How many paragraphs after the last item its closing responsibility note may come. */
    private static final int NOTE_AFTER_LAST = 2;
    /** The longest text after its number an item may have to be only a heading ("深入实施机器换人。"). */
    private static final int HEADING_ONLY = 24;

    private final Layout layout;
    private final Gazetteer gazetteer;
    /** Sections that introduce a policy rather than set out what it does (lexicon/measure-sections.tsv). */
    private final Pattern introductory;
    /** A one-paragraph part on whom the text covers (支持对象): the whole heading, or run in before 本…. */
    private final Pattern scope;
    /** A closing part of notes on applying the text (四、说明), matched as {@link #scope} is. */
    private final Pattern notes;
    /**
     * A closing part on carrying the text out (四、组织实施, 六、实施机制), matched as {@link #scope} is: when it is
     * one paragraph while the other parts hold items, it is prose on how the text is carried out, not a task item.
     */
    private final Pattern implementation;
    /** A line opening an appendix after the text (附录：…). */
    private final Pattern appendix;
    /** A speech turning to its audience (各位代表！), which opens a new passage. */
    private final Pattern address;
    /** Part headings of a review (2025年工作回顾) and of one year's work (2026年重点工作): lexicon/part-headings.tsv. */
    private final Pattern review;
    private final Pattern yearWork;
    /** Tells a closing provision (本措施自…起施行) from an item, as it tells a 附则 article. */
    private final Articles closing;
    /** A line that opens a list of documents to hand in (申请材料如下：): its numbered lines are entries, not items. */
    private final Pattern checklist;
    /** A line opening notes on the text's terms (注：, 注释：): the entries numbered under it are notes, not items. */
    private final Pattern footnotes;

    NumberedItems(Layout layout, Gazetteer gazetteer, CueWords cues) {
        this.layout = layout;
        this.closing = new Articles(layout, cues);
        this.checklist = Pattern.compile("(?:" + cues.alternation("measure-sections", "checklist") + ")[^。;；,，]{0,8}[:：]$");
        this.footnotes = Pattern.compile("^(?:" + cues.alternation("measure-sections", "footnotes") + ")\\s*[:：]\\s*");
        this.gazetteer = gazetteer;
        // 附则 as a numbered part (三、附则) holds what a regulation's 附则 chapter holds: entry into force, interpretation.
        // A timetable part (二、实施步骤, (二)进度安排) sets stages and dates, not tasks: neither it nor its stages are measures.
        this.introductory = Pattern.compile("^(?:(?:20\\d{2}年|今年))?(?:" + cues.alternation("measure-sections", "introductory")
                + "|" + cues.alternation("measure-sections", "chapter") + "|" + cues.alternation("measure-sections", "schedule") + ")");
        this.scope = Pattern.compile("^(?:" + cues.alternation("measure-sections", "scope") + ")(?:$|本|[:：])");
        this.notes = Pattern.compile("^(?:" + cues.alternation("measure-sections", "notes") + ")(?:$|本|[:：])");
        this.implementation = Pattern.compile("^(?:" + cues.alternation("measure-sections", "implementation") + ")(?:$|[:：])");
        this.appendix = Pattern.compile("^(?:" + cues.alternation("measure-sections", "appendix") + ")");
        this.address = Pattern.compile("^(?:" + cues.alternation("measure-sections", "address") + ")");
        this.review = Pattern.compile(cues.alternation("part-headings", "review"));
        this.yearWork = Pattern.compile(cues.alternation("part-headings", "year-work"));
    }

    /**
     * The policy's text: where the document carries it as the policy's own ({@link PolicyFacts#own()}),
     * those paragraphs; else the paragraphs of the items about it, after their title and outside an
     * editor's note, less any other policy's own text (a notice printing two policies gives each its own).
     */
    List<Integer> policyText(PolicyFacts p, List<PolicyFacts> all) {
        List<Integer> out = new ArrayList<>();
        if (p.own() != null) {
            // From its body: the numbered paragraphs of a notice that prints it are the notice's, not its items.
            for (int i = p.own().body(); i <= p.own().last(); i++) {
                if (!Segmenter.isSourceLine(paragraph(i).string())) {
                    out.add(i);
                }
            }
            return out;
        }
        for (int i : itemText(p)) {
            if (all.stream().noneMatch(o -> o.own() != null && o.own().contains(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Paragraphs of the items about the policy, after their title and outside an editor's note. */
    private List<Integer> itemText(PolicyFacts p) {
        List<Integer> out = new ArrayList<>();
        for (int index : p.items()) {
            Item it = layout.items().get(index);
            int from = it.heading() >= 0 ? it.heading() + 1 : it.first();
            if (it.note() >= 0 && it.heading() < 0) {
                continue; // an editor's note with no policy text after it
            }
            for (int i = from; i <= it.last(); i++) {
                if (!Segmenter.isSourceLine(paragraph(i).string())) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /**
     * The leaf items of the policy's text (the paragraphs {@link #policyText} returned), in order.
     * In a government work report ({@code workReport}) they are the items of the part that sets
     * one year's work (2026年重点工作), not of the review or of the five-year goals. Where the policy's
     * own text ({@code ownText}) numbers paragraphs 一是, 二是 … (a work report's items under its (一)
     * headings), those are items too.
     */
    List<Leaf> leaves(List<Integer> text, boolean workReport, boolean ownText) {
        List<Numbered> ns = items(text, ownText ? runIns(text) : Set.of());
        boolean[] outsideParts = outsideParts(ns, workReport);
        List<Leaf> out = new ArrayList<>();
        String[] ancestors = new String[Ordinals.Tier.values().length];
        int[] ancestorParagraphs = new int[ancestors.length];
        List<List<Integer>> ancestorNotes = new ArrayList<>(java.util.Collections.nCopies(ancestors.length, List.<Integer>of()));
        boolean[] excluded = new boolean[Ordinals.Tier.values().length];
        int attachment = attachmentLine(text);
        int topDepth = ns.stream().mapToInt(Numbered::depth).min().orElse(0);
        int[] ends = new int[ns.size()]; // each item's last paragraph, read once (the group notes read them too)
        for (int k = 0; k < ns.size(); k++) {
            ends[k] = bodyEnd(text, ns, k);
        }
        boolean partsHoldItems = false; // some top-level part has items below it (一、… （一）…)
        for (int k = 0; k + 1 < ns.size(); k++) {
            partsHoldItems |= ns.get(k).depth() == topDepth && ns.get(k + 1).depth() > topDepth;
        }
        for (int k = 0; k < ns.size(); k++) {
            Numbered n = ns.get(k);
            if (attachment >= 0 && n.paragraph() > attachment && (k == 0 || ns.get(k - 1).paragraph() < attachment)) {
                // An attachment after the body (附件 / 示范场景 / 1.…) is no part of the body's last section.
                java.util.Arrays.fill(ancestors, null);
                java.util.Arrays.fill(excluded, false);
            }
            String heading = heading(paragraph(n.paragraph()), n.ordinal());
            boolean leaf = k + 1 == ns.size() || ns.get(k + 1).depth() <= n.depth()
                    || addressBetween(text, n.paragraph(), ns.get(k + 1).paragraph());
            if (outsideParts[k]) {
                continue;
            }
            boolean underExcluded = false;
            for (int d = 0; d < n.depth(); d++) {
                underExcluded |= excluded[d] && ancestors[d] != null;
            }
            if (!leaf) {
                ancestors[n.depth()] = PART_NOTE.matcher(heading).replaceFirst(""); // the part's name, not who carries it
                ancestorParagraphs[n.depth()] = n.paragraph();
                ancestorNotes.set(n.depth(), groupNotes(text, ns, ends, k));
                excluded[n.depth()] = notTasks(heading);
                for (int d = n.depth() + 1; d < ancestors.length; d++) {
                    ancestors[d] = null;
                    excluded[d] = false;
                }
                continue;
            }
            int end = ends[k];
            // A scope part is a top-level part (一、支持对象 本意见的适用对象为…); (二)支持对象 inside 三、实施办法 is one of its items.
            boolean scopePart = n.depth() == topDepth && scope.matcher(heading).find();
            // 四、组织实施 as one paragraph after parts of items: how the text is carried out, not one of its tasks.
            boolean implementationPart = n.depth() == topDepth && partsHoldItems && implementation.matcher(heading).find();
            if (underExcluded || notTasks(heading) || scopePart || implementationPart || closingProvision(n, end)) {
                continue;
            }
            String section = null;
            String subsection = null;
            for (int d = 0; d < n.depth(); d++) {
                if (ancestors[d] != null) {
                    if (section == null) {
                        section = ancestors[d];
                    } else {
                        subsection = ancestors[d];
                    }
                }
            }
            List<Integer> parents = new ArrayList<>();
            for (int d = n.depth() - 1; d >= 0; d--) {
                if (ancestors[d] != null) {
                    parents.add(ancestorParagraphs[d]);
                    parents.addAll(ancestorNotes.get(d));
                }
            }
            out.add(new Leaf(n.ordinal(), n.paragraph(), end, heading, section, subsection, List.copyOf(parents)));
        }
        return out;
    }

    /** A line that is a responsibility note alone: (责任单位：…), 〔牵头单位：…〕, 责任部门：…. */
    private static final Pattern NOTE_LINE = Pattern.compile("^[(〔【\\[]?\\s*(?:" + ResponsibilityNotes.ROLE_LABEL.pattern() + ")");
    /**
     * A note inside an item's body: a bracket naming roles (a lead or part role word, a label word with its noun: lexicon/
     * collective-bodies.tsv, lexicon/responsibility-labels.tsv), or a role label.
     */
    private static final Pattern NOTE_IN_BODY = Pattern.compile("[(〔【\\[][^()〔〕【】\\[\\]]{0,40}(?:" + ResponsibilityNotes.LEAD + "|(?:"
            + ResponsibilityNotes.LABEL_WORD + ")(?:" + ResponsibilityNotes.LABEL_NOUN + ")|" + ResponsibilityNotes.PART + ")|"
            + ResponsibilityNotes.ROLE_LABEL.pattern());

    /**
     * The responsibility note lines of the group headed by item {@code k} (a stage or task group over numbered items): a note
     * line between the group's heading and its first item (二、第二阶段 / 责任单位：市数据局 / 1.… 2.…), and a note line that
     * closes the group's last item when none of the group's other items names anyone (1.完善预案体系 / (1)…(4) / (责任单位：…)
     * / 2.…): the note is the group's, it covers each of its items that names no one (as a note on the group's heading does).
     */
    private List<Integer> groupNotes(List<Integer> text, List<Numbered> ns, int[] ends, int k) {
        Numbered head = ns.get(k);
        int next = ns.get(k + 1).paragraph();
        List<Integer> out = new ArrayList<>();
        // The text's paragraphs ascend: start under the heading rather than walk the text from its top for every group.
        int from = java.util.Collections.binarySearch(text, head.paragraph() + 1);
        for (int x = from >= 0 ? from : -from - 1; x < text.size() && text.get(x) < next; x++) {
            int i = text.get(x);
            if (NOTE_LINE.matcher(paragraph(i).string().strip()).lookingAt()) {
                out.add(i);
            }
        }
        int last = k + 1;
        while (last + 1 < ns.size() && ns.get(last + 1).depth() > head.depth()) {
            last++;
        }
        int end = ends[last];
        boolean closing = last > k + 1 && end > ns.get(last).paragraph() && NOTE_LINE.matcher(paragraph(end).string().strip()).lookingAt();
        // Items that carry notes of their own (the last one's closing line aside) are carried as they say: a group note
        // would only be read where a note was missed.
        for (int j = k + 1; j <= last; j++) {
            int e = j == last && closing ? end - 1 : ends[j];
            for (int i = ns.get(j).paragraph(); i <= e; i++) {
                if (NOTE_IN_BODY.matcher(paragraph(i).string()).find()) {
                    return List.of();
                }
            }
        }
        if (closing) {
            out.add(end);
        }
        return out;
    }

    /** A heading that introduces the policy or closes it with notes: neither it nor its items are measures. */
    private boolean notTasks(String heading) {
        return introductory.matcher(heading).find() || notes.matcher(heading).find();
    }

    /** The paragraph of a bare attachment heading (附件, 附件2) in the text, or -1. */
    private int attachmentLine(List<Integer> text) {
        for (int i : text) {
            if (BARE_ATTACHMENT.matcher(paragraph(i).string().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether an item's body (its text after the number) is a closing provision of the text. */
    private boolean closingProvision(Numbered n, int end) {
        StringBuilder body = new StringBuilder(paragraph(n.paragraph()).string().substring(n.ordinal().end()));
        for (int i = n.paragraph() + 1; i <= end; i++) {
            body.append(paragraph(i).string());
        }
        return closing.closingProvision(body.toString());
    }

    /**
     * Which items of a work report sit in a part that sets no measures: the review of past work
     * (一、2025年工作回顾), and any part but the one on a year's work (三、2026年重点工作) when there is
     * one — the five-year goals and the year's 总体要求 are not its measures. (In a plan, a heading
     * such as 夯实融合发展基础 is a task, so review words alone do not exclude a part there.)
     */
    private boolean[] outsideParts(List<Numbered> ns, boolean workReport) {
        boolean[] out = new boolean[ns.size()];
        int top = ns.stream().mapToInt(Numbered::depth).min().orElse(0);
        boolean yearPart = false;
        for (Numbered n : ns) {
            yearPart |= n.depth() == top && yearWork(partHeading(n));
        }
        boolean skip = false;
        for (int k = 0; k < ns.size(); k++) {
            Numbered n = ns.get(k);
            if (n.depth() == top) {
                String h = partHeading(n);
                skip = workReport && (review.matcher(h).find() || yearPart && !yearWork(h));
            }
            out[k] = skip;
        }
        return out;
    }

    private String partHeading(Numbered n) {
        return heading(paragraph(n.paragraph()), n.ordinal());
    }

    private boolean yearWork(String heading) {
        return PART_YEAR.matcher(heading).find() && yearWork.matcher(heading).find();
    }

    /** Whether a speech turns to its audience (各位代表！) between two paragraphs of the text. */
    private boolean addressBetween(List<Integer> text, int from, int to) {
        for (int i : text) {
            if (i > from && i < to && address.matcher(paragraph(i).string()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The fewest 一是, 二是 … counting on from 一是 that make paragraphs items: one 一是 alone is prose. */
    private static final int RUN_IN_ITEMS = 2;

    /**
     * The paragraphs that open with a run-in ordinal (一是, 二是 …) counting on from 一是 at least
     * {@link #RUN_IN_ITEMS} far: each run of them is a list of items.
     */
    private Set<Integer> runIns(List<Integer> text) {
        Set<Integer> out = new HashSet<>();
        List<Integer> run = new ArrayList<>();
        int last = 0;
        for (int i : text) {
            String t = paragraph(i).string();
            Ordinals.Ordinal o = Ordinals.at(t) == null ? Ordinals.runIn(t) : null;
            if (o == null) {
                continue;
            }
            int v = Ordinals.value(o);
            if (v == 1) {
                if (run.size() >= RUN_IN_ITEMS) {
                    out.addAll(run);
                }
                run.clear();
            }
            if (v == 1 || v == last + 1 && !run.isEmpty()) {
                run.add(i);
                last = v;
            }
        }
        if (run.size() >= RUN_IN_ITEMS) {
            out.addAll(run);
        }
        return out;
    }

    /** The numbered lines of the text that are the policy's items, not a story's sections. */
    private List<Numbered> items(List<Integer> text, Set<Integer> runIns) {
        List<Numbered> ns = new ArrayList<>();
        Set<Ordinals.Tier> storySections = new HashSet<>();
        Ordinals.Tier listed = null; // the tier of a checklist's entries while one runs
        int lastEntry = 0;
        int lastArabic = 0;
        boolean listOpens = false;
        boolean bareNote = false; // the last line was a bare attachment note (附件：), titles to follow
        for (int i : text) {
            String t = paragraph(i).string();
            Ordinals.Ordinal o = runIns.contains(i) ? Ordinals.runIn(t) : Ordinals.at(t);
            if (o == null && appendix.matcher(t.strip()).lookingAt() && t.strip().length() <= TITLE_LENGTH) {
                break; // 附录：技术术语解释 — what follows is an appendix, not the policy's items
            }
            if (o == null) {
                o = numberBeforeFigure(t, lastArabic);
            }
            if (o != null && o.tier() == Ordinals.Tier.ARABIC) {
                lastArabic = Ordinals.value(o);
            }
            // "申请材料如下：" then 1.…5.: the entries of a list of documents belong to the item that asks for them.
            if (o == null) {
                java.util.regex.Matcher att = ATTACHMENTS.matcher(t.strip());
                if (att.lookingAt()) {
                    // 附件：1.…申报书 / 2.…承诺书 (GB/T 9704 附件说明): the attachments' titles, not items. A title on
                    // the note's own line without a number (附件：X若干措施) is the only attachment: no list opens, so
                    // the attached text's own 一、二、 after the signature stay its items.
                    listOpens = att.group(1) == null && t.strip().substring(att.end()).isBlank();
                    listed = att.group(1) == null ? null : Ordinals.Tier.ARABIC;
                    lastEntry = att.group(1) == null ? 0 : Integer.parseInt(att.group(1));
                    bareNote = listOpens;
                } else if (footnotes.matcher(t.strip()).lookingAt()) {
                    // 注： then ①…④ (or 注：① on the line itself): notes on the text's terms. A note that is text of its
                    // own (注：带*为约束性指标。) opens no list.
                    java.util.regex.Matcher note = footnotes.matcher(t.strip());
                    note.lookingAt();
                    String rest = t.strip().substring(note.end());
                    Ordinals.Ordinal first = Ordinals.at(rest);
                    listOpens = rest.isEmpty();
                    listed = first == null ? null : first.tier();
                    lastEntry = first == null ? 0 : Ordinals.value(first);
                    bareNote = false;
                } else if (checklist.matcher(t.strip()).find()) {
                    listOpens = true;
                    listed = null;
                    bareNote = false;
                } else if (bareNote) {
                    // 附件： / X若干措施: one unnumbered title under the note, no list of numbered titles.
                    listOpens = false;
                    bareNote = false;
                }
                continue; // else a wrapped entry's next line: the list runs on
            }
            bareNote = false;
            // An entry numbered on from the last one continues the list; another number or tier ends it.
            if (listOpens && Ordinals.value(o) == 1 || o.tier() == listed && Ordinals.value(o) == lastEntry + 1) {
                listed = o.tier();
                lastEntry = Ordinals.value(o);
                listOpens = false;
                continue;
            }
            // "(三)兑付流程。…申请材料如下：": an item may itself ask for the documents its list names.
            listOpens = checklist.matcher(t.strip()).find();
            listed = null;
            if (o.tier() != Ordinals.Tier.DASH) {
                if (regionSection(t.substring(o.end()).strip())) {
                    storySections.add(o.tier());
                } else if (!notAMeasure(t.substring(o.end()).strip())) {
                    ns.add(new Numbered(i, o));
                }
            }
        }
        // A story's sections are parallel: when one is headed by a region ("二、合肥：…"), or every one by a
        // label and a colon ("一、文件要点：…", "二、白皮书：…"), they are the story's, not the policy's items.
        Map<Ordinals.Tier, int[]> labelled = new EnumMap<>(Ordinals.Tier.class);
        for (Numbered n : ns) {
            Paragraph h = paragraph(n.paragraph());
            if (h.isHeading()) {
                int[] c = labelled.computeIfAbsent(n.ordinal().tier(), t -> new int[2]);
                c[0]++;
                c[1] += LABEL_COLON.matcher(h.string().substring(n.ordinal().end()).strip()).find() ? 1 : 0;
            }
        }
        labelled.forEach((tier, c) -> {
            if (c[0] >= 2 && c[0] == c[1]) {
                storySections.add(tier);
            }
        });
        ns.removeIf(n -> storySections.contains(n.ordinal().tier()) && paragraph(n.paragraph()).isHeading());
        return ns;
    }

    /**
     * "11.121人才梯队项目": an item whose heading opens with a figure reads like a decimal (11.121), which
     * is no ordinal on its own; it is item 11 where the item before it was 10.
     */
    private static Ordinals.Ordinal numberBeforeFigure(String line, int lastArabic) {
        java.util.regex.Matcher m = NUMBER_BEFORE_FIGURE.matcher(line);
        if (lastArabic > 0 && m.lookingAt() && Integer.parseInt(m.group(1)) == lastArabic + 1) {
            return new Ordinals.Ordinal(m.group(1) + ".", Ordinals.Tier.ARABIC, m.group(1).length() + 1);
        }
        return null;
    }

    /**
     * Numbered lines that are not items of a policy: a contents line, a news headline
     * about a policy being issued, or a news section headed by a region ("武汉：…").
     */
    private boolean notAMeasure(String heading) {
        return CONTENTS_LINE.matcher(heading).find() || REPORTED_ISSUE.matcher(heading).find() || regionSection(heading);
    }

    /** "武汉：每年5000万元算力券…": a news section headed by the region it is about. */
    private boolean regionSection(String heading) {
        int colon = Math.max(heading.indexOf(':'), heading.indexOf('：'));
        return colon >= 2 && colon <= 8 && gazetteer.byName(heading.substring(0, colon)) != null;
    }

    /**
     * The last paragraph of item {@code k}: up to the next numbered paragraph. After the last
     * item, unnumbered paragraphs close the text (an effective date, a note), so they are not its —
     * unless one of the next lines carries the responsibility note that closes the item
     * ("…持续激发数字人才创新活力。(责任单位：省委组织部、…)" wrapped onto a line of its own) — and
     * unless the item's line stops inside a sentence: a print wraps it onto the next lines
     * ("9.深入实施机器换人。企业一年内" / "生产性设备投资…给予不超过300万元的奖励。"), which are its body.
     */
    private int bodyEnd(List<Integer> text, List<Numbered> ns, int k) {
        int start = ns.get(k).paragraph();
        if (k + 1 < ns.size()) {
            int next = ns.get(k + 1).paragraph();
            int last = start;
            for (int i : text) {
                if (i > start && i < next) {
                    last = i;
                }
            }
            return last;
        }
        start = sentenceEnd(text, headingBody(text, start));
        // The lines after it, joined: the label itself may wrap ("（责" / "任单位：…）").
        StringBuilder after = new StringBuilder();
        List<int[]> ends = new ArrayList<>(); // {paragraph, end of its text in after}
        for (int i : text) {
            if (i <= start || paragraph(i).role() == Paragraph.Role.CHROME) {
                continue;
            }
            if (paragraph(i).isHeading() || ends.size() > NOTE_AFTER_LAST) {
                break;
            }
            after.append(paragraph(i).string());
            ends.add(new int[] {i, after.length()});
        }
        java.util.regex.Matcher m = ResponsibilityNotes.ROLE_LABEL.matcher(after);
        int noteEnd = m.find() ? m.end() : bracketNoteEnd(after);
        if (noteEnd > 0) {
            for (int[] e : ends) {
                if (noteEnd <= e[1]) {
                    return e[0];
                }
            }
        }
        return start;
    }

    /**
     * "（国家药监局牵头，工业和信息化部、国家医保局按职责分工负责）" on the line after the last item's text, before the
     * text's closing paragraph (各地区、各有关部门要…): a bracketed note that opens the lines after the item (it may wrap
     * onto the next) and names roles. Its end in {@code after}, or -1.
     */
    private static int bracketNoteEnd(CharSequence after) {
        java.util.regex.Matcher m = BRACKET_NOTE.matcher(after);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * "9.深入实施机器换人。" on a line of its own, its text on the next: an item that is only a heading
     * sentence (closed by its stop) takes the paragraph after it as its body — when that is running text, not a closing
     * provision (本政策自…起施行), an attachment or a signature. Else {@code item}.
     */
    private int headingBody(List<Integer> text, int item) {
        String own = paragraph(item).string().strip();
        Ordinals.Ordinal o = Ordinals.at(own);
        String body = o == null ? own : own.substring(o.end()).strip();
        int stop = body.indexOf('。');
        // A heading sentence closed by its stop (9.深入实施机器换人。), or a bare heading (二、发展普惠金融) over its paragraph.
        boolean headingOnly = !body.isEmpty() && body.length() <= HEADING_ONLY && body.chars().noneMatch(c -> "，,；;".indexOf(c) >= 0)
                && (stop > 0 && stop == body.length() - 1 || stop < 0);
        if (!headingOnly) {
            return item;
        }
        for (int i : text) {
            if (i <= item || paragraph(i).role() == Paragraph.Role.CHROME) {
                continue;
            }
            String next = paragraph(i).string().strip();
            boolean prose = next.length() >= 10 && next.chars().anyMatch(c -> "，,。".indexOf(c) >= 0);
            if (paragraph(i).isHeading() || Ordinals.at(next) != null || !prose || BARE_ATTACHMENT.matcher(next).lookingAt()
                    || next.startsWith("附件") || closing.closingProvision(next)) {
                return item;
            }
            return i;
        }
        return item;
    }

    /**
     * The paragraph where the sentence running on from paragraph {@code from} ends: past the lines it
     * wraps onto. Only running text runs on (its line holds a stop or a comma); a bare heading
     * ("十、加强组织保障") does not, and neither does anything into a heading or a numbered line.
     */
    private int sentenceEnd(List<Integer> text, int from) {
        int last = from;
        for (int i : text) {
            if (i <= last || paragraph(i).role() == Paragraph.Role.CHROME) {
                continue;
            }
            String before = paragraph(last).string();
            String line = paragraph(i).string().strip();
            if (Passages.endsLine(before) || before.chars().noneMatch(c -> "。，,；;".indexOf(c) >= 0)
                    || paragraph(i).isHeading() || line.isEmpty() || Ordinals.at(line) != null) {
                break;
            }
            last = i;
        }
        return last;
    }

    /** The bold lead, an outline heading's text, or the first sentence; without number and stop. */
    private static String heading(Paragraph p, Ordinals.Ordinal o) {
        String s = p.string();
        Range bold = p.leadingBold();
        String h;
        if (bold != null && bold.end() > o.end()) {
            h = s.substring(Math.max(o.end(), bold.start()), bold.end());
            Ordinals.Ordinal inner = Ordinals.at(h);
            if (inner != null) {
                h = h.substring(inner.end());
            }
        } else if (p.isHeading()) {
            h = s.substring(o.end());
        } else {
            String rest = s.substring(o.end());
            int stop = rest.indexOf('。');
            h = stop > 0 ? rest.substring(0, stop) : rest;
        }
        h = h.strip();
        while (!h.isEmpty() && "。.;；,，".indexOf(h.charAt(h.length() - 1)) >= 0) {
            h = h.substring(0, h.length() - 1);
        }
        return h.length() > 60 ? h.substring(0, 60) : h;
    }

    private Paragraph paragraph(int i) {
        return layout.paragraphs().get(i);
    }
}
