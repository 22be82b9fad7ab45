package org.policykg.segment;

import org.policykg.text.Han;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policykg.ingest.Block;
import org.policykg.ingest.ParsedDocument;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.DocumentTypes;
import org.policykg.text.MappedText;
import org.policykg.text.Normalizer;
import org.policykg.text.Span;

/**
 * Stage 2: normalised paragraphs, re-joined where a page break or a wrap split
 * a sentence, with roles, grouped into items (articles, notes, sections).
 */
public final class Segmenter {
    private static final Pattern SOURCE_LINE = Pattern.compile("^[(]?(文章)?(来源|资料来源|信息来源)[:：].{1,60}$");
    private static final Pattern NOTE_HEADING = Pattern.compile("^(编者按|编者的话|导读|按语)[:：]?$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}(?: |(?=[" + Han.RANGE + "]))");
    /**
     * Page 8 - X: the head a flipbook host (a document read page by page on the web) prints over each page, the
     * page's number before the title of the document it is a page of.
     */
    public static final Pattern PAGE_HEAD = Pattern.compile("^(?:Page|PAGE|page)\\s*\\d{1,4}\\s*[-–—|:：]\\s*");
    private static final Pattern URL = Pattern.compile("^(https?:)?//\\S+$");
    /** A line that ends in an address (原文链接：https://…) ends there: what follows is no part of the address. */
    private static final Pattern URL_END = Pattern.compile("https?://\\S+$");
    private static final Pattern FIGURE = Pattern.compile("^(图|表|注)\\s*\\d*[:：\\s]");
    /** A line that is only a date, perhaps with a time: a dateline, never part of a sentence. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$");

    /** The GB/T 9704 title form: issuer + 关于 + matter + document type. */
    private static final Pattern ABOUT = Pattern.compile("关于|印发|转发");
    /** A notice that prints or forwards a document ends its title with the notice's own type. */
    private static final Pattern NOTICE_END = Pattern.compile("(?:通知|通告|公告|决定|批复|函)$");
    /** A line naming only bodies, as the issuers open a title: 甲市大数据局甲市财政局. */
    private static final Pattern ISSUERS = Pattern.compile("^[\\p{IsHan}()]{4,30}(?:局|委|厅|办|部|院|府|会|室|处|署|组)$");
    private static final int TITLE_PIECE = 40;
    /** A running header: a line of at least this many characters, repeated at least this often. */
    private static final int RUNNING_MIN = 6;
    private static final int RUNNING_REPEATS = 3;
    /** What a title may carry on a line of its own: (2025-2027年), (试行), (2025年版). */
    private static final Pattern TITLE_ADDENDUM = Pattern.compile("^\\([^()]{1,12}\\)$");

    private final PageChrome chrome;
    private final Pattern fieldLine;
    private final FlatLines flatLines;
    /** The words by which a sentence names its own text or one still to be made (现提出如下意见, 制定…办法): no title. */
    private final Pattern ownWords;
    /** Issuing organs' names only, as they head a title before 关于 (GB/T 9704: 发文机关 + 关于 + 事由 + 文种). */
    private final Pattern issuerNames;
    /** The type word named as the text's own or a further one: 本意见, 如下措施, 该办法. */
    private final Pattern ownType;
    /** A news or work-report sentence about a document, not its title: a date, a verb of issuing or carrying out. */
    private final Pattern reported;
    /** How prose opens, never a title without 关于 (以下内容为…, 现就…, 根据…), and 是, which no title says. */
    private final Pattern proseOpening;

    public Segmenter(CueWords cues) {
        this.chrome = new PageChrome(cues);
        this.fieldLine = Pattern.compile("^[\\[【(]?\\s*(?:" + cues.alternation("field-labels", null) + ")\\s*[\\]】)]?\\s*[:：]");
        this.flatLines = new FlatLines(cues.alternation("field-labels", null));
        this.ownWords = Pattern.compile("(?:" + cues.alternation("self-references", "announces") + "|"
                + cues.alternation("self-references", "notifies") + "|" + cues.alternation("drafting", null) + ")");
        this.issuerNames = Pattern.compile("^(?:\\p{IsHan}{2,20}?(?:" + cues.alternation("issuer-endings", "organ") + ")[、和]?){1,4}$");
        // The run-in title rule's refusals (lexicon/run-in-titles.tsv, prose-openings.tsv): the type word named as
        // the text's own, a sentence reporting on a document (or dated), prose openings and a word no title says.
        this.ownType = Pattern.compile("(?:" + cues.alternation("run-in-titles", "own-lead") + ")(?:实施|若干)?$");
        this.reported = Pattern.compile("\\d|[月日]|" + cues.alternation("run-in-titles", "reported"));
        this.proseOpening = Pattern.compile("^(?:" + cues.alternation("prose-openings", "opening") + ")|"
                + cues.alternation("prose-openings", "inside"));
    }

    /** With the project's own lexicon. */
    public Segmenter() {
        this(CueWords.standard());
    }

    public Layout segment(ParsedDocument doc) {
        Normalizer norm = Normalizer.forDocument(doc.source().text());
        List<Paragraph> paragraphs = join(doc.blocks(), norm);
        return new Layout(paragraphs, items(paragraphs));
    }

    // ---------------------------------------------------------------- joining

    /** {@code letters} counts {@code text}'s letters (PageChrome.garbled), kept as pieces merge. */
    private record Piece(Block block, MappedText text, List<Range> bold, List<Paragraph.Link> links, boolean chrome,
            PageChrome.Letters letters) {
    }

    private List<Paragraph> join(List<Block> given, Normalizer norm) {
        List<Piece> pieces = new ArrayList<>();
        List<Piece> held = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<Block> blocks = new ArrayList<>(given.size());
        List<MappedText> normalized = new ArrayList<>(given.size()); // normalised once, read twice
        List<Boolean> flat = new ArrayList<>(given.size()); // a line of a flattened block (FlatLines)
        for (Block b : given) {
            // Line breaks and spaces a careless exporter wrote out as characters (\n, <br/>, &nbsp;), when they recur.
            MappedText raw = Normalizer.unescaped(b.text());
            MappedText whole = norm.normalize(raw);
            List<Integer> cuts = b.kind() == Block.Kind.PARAGRAPH ? flatLines.cuts(raw, whole) : List.of();
            // A text flattened to one line is read as the lines it runs together (FlatLines); each goes on
            // as a line of its own, so a wrapped sentence or a title broken over two still joins below.
            for (int k = 0; k <= cuts.size(); k++) {
                int from = k == 0 ? 0 : cuts.get(k - 1);
                int to = k < cuts.size() ? cuts.get(k) : whole.length();
                MappedText t = cuts.isEmpty() ? whole : whole.subSequence(from, to).strip();
                if (t.isEmpty() && !cuts.isEmpty()) {
                    continue;
                }
                blocks.add(k == 0 ? b : new Block(b.kind(), b.level(), b.text(), b.bold(), b.links(), true));
                normalized.add(t);
                flat.add(!cuts.isEmpty());
            }
        }
        for (int k = 0; k < normalized.size(); k++) {
            String line = normalized.get(k).text().strip();
            // A flattened page restates its title (page title, catalogue entry, the text's own): no print header.
            if (!flat.get(k) && line.length() >= RUNNING_MIN && line.length() <= TITLE_PIECE && !endsSentence(line)) {
                seen.merge(line, 1, Integer::sum);
            }
        }
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            MappedText t = normalized.get(k);
            if (t.isEmpty()) {
                continue;
            }
            List<Range> bold = new ArrayList<>();
            for (Span s : b.bold()) {
                Range r = toRange(t, s);
                if (r.length() > 0) {
                    bold.add(r);
                }
            }
            List<Paragraph.Link> links = new ArrayList<>();
            for (Block.Link l : b.links()) {
                Range r = toRange(t, l.span());
                if (r.length() > 0) {
                    links.add(new Paragraph.Link(r, l.href(), l.code()));
                }
            }
            // A short line repeated on page after page is a running header (页眉), not text.
            boolean running = !flat.get(k) && seen.getOrDefault(t.text().strip(), 0) >= RUNNING_REPEATS;
            Piece p = new Piece(b, t, bold, links, running || chrome.isChrome(t.text()), PageChrome.Letters.of(t.text()));
            Piece prev = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (p.chrome && prev != null && !prev.chrome && !endsSentence(prev.text.text())) {
                held.add(p); // a page break's furniture inside a sentence: the sentence goes on after it
                continue;
            }
            // A garbled glyph run (PageChrome.garbled) stood on a line of its own: nothing runs on from it or into it.
            if (prev != null && !prev.chrome && !p.chrome && !isField(prev) && !isField(p)
                    && !prev.letters.garbled() && !p.letters.garbled()
                    && continues(prev, p, pieces.size() == 1)) {
                pieces.set(pieces.size() - 1, merge(prev, p));
                pieces.addAll(held); // the furniture follows the sentence it interrupted
            } else {
                pieces.addAll(held);
                pieces.add(p);
            }
            held.clear();
        }
        pieces.addAll(held);
        pieces = joinTitles(pieces);
        pieces = splitRunInTitle(pieces);
        pieces = splitInlineItems(pieces);
        List<Paragraph> out = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            out.add(new Paragraph(out.size(), role(p), p.block.kind() == Block.Kind.HEADING ? p.block.level() : 0,
                    p.text, p.bold, p.links));
        }
        return out;
    }

    /** The longest a title run into its text may be (GB/T 9704 titles seldom pass two lines of 28). */
    private static final int RUN_IN_TITLE = 60;

    /**
     * A text whose lines were joined (a crawler's cell, a string in a script, an excerpt quoted on one line) may run
     * its title into the body with a full stop: 关于支持X的十条意见。为落实…，现提出以下意见。1.… GB/T 9704 prints the
     * title on lines of its own with no end punctuation, so the first text of the document, when its first sentence is
     * short, has no clause mark, and ends with a policy type word as a title does, is the title line, and the body runs
     * on after the 。. Not a sentence that names its own text or one still to be made (现就X提出如下意见。, 特制定本办法。,
     * 研究制定X办法。): those words, or the type word after 本/如下/该, say it is prose. Only the first text: a run-in
     * title further down is a sentence citing one.
     */
    private List<Piece> splitRunInTitle(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.chrome || isField(p)) {
                continue;
            }
            int k = runInTitleEnd(p);
            if (k < 0) {
                return pieces;
            }
            int from = k + 1;
            while (from < p.text.length() && Character.isWhitespace(p.text.charAt(from))) {
                from++;
            }
            List<Piece> out = new ArrayList<>(pieces.size() + 1);
            out.addAll(pieces.subList(0, i));
            out.add(piece(p.block, p.text.subSequence(0, k), within(p.bold, 0, k), withinLinks(p.links, 0, k)));
            int n = p.text.length();
            out.add(piece(p.block, p.text.subSequence(from, n), within(p.bold, from, n), withinLinks(p.links, from, n)));
            out.addAll(pieces.subList(i + 1, pieces.size()));
            return out;
        }
        return pieces;
    }

    /** Where the 。 closing a title run into its text stands in paragraph {@code p}, else -1. */
    private int runInTitleEnd(Piece p) {
        if (p.block.kind() != Block.Kind.PARAGRAPH) {
            return -1;
        }
        String s = p.text.text();
        int depth = 0;
        int end = -1;
        for (int k = 0; k < Math.min(s.length(), RUN_IN_TITLE + 1); k++) {
            char c = s.charAt(k);
            if ("“《(（[【".indexOf(c) >= 0) {
                depth++;
            } else if ("”》)）]】".indexOf(c) >= 0) {
                depth--;
            } else if (depth == 0 && c == '。') {
                end = k;
                break;
            } else if (depth == 0 && ",，;；:：!！?？".indexOf(c) >= 0) {
                return -1;
            }
        }
        if (end < 6 || depth != 0 || s.length() - end < 20) {
            return -1;
        }
        String title = s.substring(0, end).strip();
        if (!Normalizer.isCjk(title.charAt(0)) || Ordinals.startsWithOrdinal(title) || !titleLike(title)
                || DocumentTypes.policyType(title).isEmpty() || DocumentTypes.isGenericReference(title)) {
            return -1;
        }
        String before = DocumentTypes.withoutPeriod(title);
        before = before.substring(0, before.length() - DocumentTypes.policyType(title).get().word().length());
        // What stands before 关于 names the issuers (中共X市委、X市人民政府关于…); a title without 关于 is named in full.
        int about = title.indexOf("关于");
        String head = about < 0 ? title : title.substring(0, about);
        if (about > 0 && !issuerNames.matcher(head).matches() || reported.matcher(head).find()) {
            return -1;
        }
        if (ownType.matcher(before).find() || about != 0 && (ownWords.matcher(title).find() || proseOpening.matcher(title).find())) {
            return -1;
        }
        return end;
    }

    /** A paragraph of running text that holds items each meant to stand alone is cut before each ({@link InlineItems}). */
    private static List<Piece> splitInlineItems(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        java.util.Map<String, Integer> carried = new java.util.HashMap<>(); // the last value each tier reached so far
        for (Piece p : pieces) {
            List<Integer> cuts = p.chrome || p.block.kind() != Block.Kind.PARAGRAPH ? List.of() : InlineItems.cuts(p.text, carried);
            for (int k = -1; k < cuts.size(); k++) {
                Ordinals.Ordinal o = Ordinals.at(p.text.text(), k < 0 ? 0 : cuts.get(k));
                if (!p.chrome && o != null && o.tier() != Ordinals.Tier.DASH) {
                    carried.put(InlineItems.key(o), Ordinals.value(o));
                }
            }
            int from = 0;
            for (int k = 0; k <= cuts.size(); k++) {
                int next = k < cuts.size() ? cuts.get(k) : p.text.length();
                int to = next;
                while (from < to && Character.isWhitespace(p.text.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(p.text.charAt(to - 1))) {
                    to--;
                }
                if (from < to) {
                    out.add(cuts.isEmpty() ? p
                            : piece(p.block, p.text.subSequence(from, to), within(p.bold, from, to), withinLinks(p.links, from, to)));
                }
                from = next;
            }
        }
        return out;
    }

    private static Piece piece(Block block, MappedText text, List<Range> bold, List<Paragraph.Link> links) {
        return new Piece(block, text, bold, links, false, PageChrome.Letters.of(text.text()));
    }

    /** The ranges inside {@code [from, to)}, moved to start there. */
    private static List<Range> within(List<Range> rs, int from, int to) {
        List<Range> out = new ArrayList<>();
        for (Range r : rs) {
            if (r.start() >= from && r.end() <= to) {
                out.add(new Range(r.start() - from, r.end() - from));
            }
        }
        return out;
    }

    private static List<Paragraph.Link> withinLinks(List<Paragraph.Link> ls, int from, int to) {
        List<Paragraph.Link> out = new ArrayList<>();
        for (Paragraph.Link l : ls) {
            if (l.range().start() >= from && l.range().end() <= to) {
                out.add(new Paragraph.Link(new Range(l.range().start() - from, l.range().end() - from), l.href(), l.code()));
            }
        }
        return out;
    }

    /** A line that opens with a field label (来源：, 发布时间：, [发文字号]:) stands alone. */
    private boolean isField(Piece p) {
        return fieldLine.matcher(p.text.text()).find();
    }

    /**
     * A title set over several lines (GB/T 9704: issuer + 关于 + matter + type, centred and
     * broken where the line is full) is one paragraph: short lines that end no sentence, from a
     * line with 关于 / 印发 or an unclosed 《 (perhaps after a line naming the issuers) to the
     * line where the type word closes it — for a notice that prints a document, its 通知.
     */
    private List<Piece> joinTitles(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        java.util.Set<String> cited = cited(pieces);
        for (int i = 0; i < pieces.size(); i++) {
            int end = titleEnd(pieces, i);
            if (end < 0 && i + 1 < pieces.size() && titlePiece(pieces.get(i)) && titlePiece(pieces.get(i + 1))
                    && cited.contains((text(pieces.get(i)) + text(pieces.get(i + 1))).replaceAll("\\s+", ""))) {
                end = i + 1; // two title lines that together are the title the notice prints in 《》
            }
            if (end < 0 && i + 1 < pieces.size() && titlePiece(pieces.get(i)) && titleLike(text(pieces.get(i)))
                    && TITLE_ADDENDUM.matcher(text(pieces.get(i + 1))).matches()) {
                end = i + 1; // the period or 试行 set on a line of its own under the title
            }
            if (end < 0 && i + 1 < pieces.size() && ISSUERS.matcher(text(pieces.get(i))).matches()
                    && text(pieces.get(i + 1)).startsWith("关于")) {
                end = titleEnd(pieces, i + 1);
            }
            if (end < 0 && splitTitle(pieces, i)) {
                end = i + 1;
            }
            if (end > i && end + 1 < pieces.size() && TITLE_ADDENDUM.matcher(text(pieces.get(end + 1))).matches()) {
                end++; // a title broken over lines, then its 试行 or period on a line of its own
            }
            if (end <= i) {
                out.add(pieces.get(i));
                continue;
            }
            Piece joined = pieces.get(i);
            for (int k = i + 1; k <= end; k++) {
                joined = merge(joined, pieces.get(k));
            }
            out.add(joined);
            i = end;
        }
        return out;
    }

    /** The titles the text writes in 《》, as a title line would show them. */
    private static java.util.Set<String> cited(List<Piece> pieces) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Piece p : pieces) {
            String s = p.text.text();
            for (int open = s.indexOf('《'); open >= 0; open = s.indexOf('《', open + 1)) {
                int close = s.indexOf('》', open);
                if (close < 0) {
                    break;
                }
                out.add(s.substring(open + 1, close).replaceAll("\\s+", ""));
            }
        }
        return out;
    }

    /**
     * A title without 关于 broken over two lines (杭州市加快建设人工智能创新高地 / 实施方案(2025年版)):
     * two short lines that end no sentence, the first not a title by itself, together a policy
     * title; the line before them closes what came before (a sentence, a page number, 附件),
     * so the first is not the tail of a paragraph. Across a blank line only when the first stops on 的.
     */
    /** The longest tail a broken title leaves on its second line when that tail reads as a title too: 实施方案(2025年版). */
    private static final int SPLIT_TAIL = 8;

    private static boolean splitTitle(List<Piece> pieces, int i) {
        if (i + 1 >= pieces.size()) {
            return false;
        }
        Piece a = pieces.get(i);
        Piece b = pieces.get(i + 1);
        // A blank line between the two ends the first unless it stops on 的, which no title or sentence ends on
        // (城市的 / 若干措施(2026年版), a title centred over two paragraphs of a text stored without its layout).
        if (!titlePiece(a) || !titlePiece(b) || text(a).length() < 4 || titleLike(text(a))
                || a.block.kind() != b.block.kind() || !b.block.softBreak() && !text(a).endsWith("的")) {
            return false;
        }
        String joined = text(a) + text(b);
        if (!endsTitle(joined) || DocumentTypes.policyType(joined).isEmpty()) {
            return false;
        }
        if (titleLike(text(b)) && DocumentTypes.withoutPeriod(text(b)).length() > SPLIT_TAIL) {
            return false; // the second line is a whole title of its own, under a label line (本期要目)
        }
        if (i == 0) {
            return true;
        }
        Piece before = pieces.get(i - 1);
        String prev = text(before);
        return before.chrome || prev.isEmpty() || endsSentence(prev) || !isProse(prev);
    }

    /** The last piece of a title that starts at {@code i} and runs over more than one line, or -1. */
    private static int titleEnd(List<Piece> pieces, int i) {
        String first = text(pieces.get(i));
        boolean open = first.lastIndexOf('《') > first.lastIndexOf('》');
        if (!titlePiece(pieces.get(i)) || !(ABOUT.matcher(first).find() || open) || endsTitle(first)) {
            return -1;
        }
        StringBuilder joined = new StringBuilder(first);
        for (int k = i + 1; k < pieces.size() && k <= i + 3; k++) {
            Piece p = pieces.get(k);
            if (!titlePiece(p)) {
                return -1;
            }
            joined.append(text(p));
            if (endsTitle(joined.toString())) {
                return k;
            }
        }
        return -1;
    }

    /** Is the text a whole title: balanced 《》, ending in its type (a notice's 通知 when it prints another)? */
    private static boolean endsTitle(String s) {
        if (s.lastIndexOf('《') > s.lastIndexOf('》') || count(s, '(') > count(s, ')')) {
            return false;
        }
        boolean printsAnother = s.contains("印发") || s.contains("转发");
        return printsAnother ? NOTICE_END.matcher(s).find() : titleLike(s);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** A line that may be part of a title: short, a line of text, no sentence end or list punctuation, no ordinal. */
    private static boolean titlePiece(Piece p) {
        String s = text(p);
        Block.Kind k = p.block.kind();
        return !p.chrome && (k == Block.Kind.PARAGRAPH) && s.length() <= TITLE_PIECE && !s.isEmpty()
                && !endsSentence(s.replaceAll("[)）]$", "")) && s.indexOf(',') < 0 && s.indexOf('。') < 0
                && s.indexOf(':') < 0 && !Ordinals.startsWithOrdinal(s) && !DATE_LINE.matcher(s).matches();
    }

    private static String text(Piece p) {
        return p.text.text().strip();
    }

    private static Range toRange(MappedText t, Span s) {
        int start = t.indexAtSource(s.start());
        int end = Math.max(start, t.indexAtSource(s.end()));
        return new Range(start, end);
    }

    /**
     * Does {@code next} continue the sentence {@code prev} left unfinished? A document's
     * opening line set off by a blank line is its headline, and a date line stands alone,
     * even when neither ends in punctuation.
     */
    private static boolean continues(Piece prev, Piece next, boolean prevOpensDocument) {
        Block.Kind pk = prev.block.kind();
        Block.Kind nk = next.block.kind();
        if (pk == Block.Kind.HEADING || nk == Block.Kind.HEADING || nk == Block.Kind.LIST_ITEM) {
            return false;
        }
        String p = prev.text.text();
        String n = next.text.text();
        if ((prevOpensDocument && !next.block.softBreak()) || DATE_LINE.matcher(n.strip()).matches()) {
            return false;
        }
        if (Paragraph.isTableRow(p) || Paragraph.isTableRow(n) || Paragraph.isFlatCell(p) && Paragraph.isFlatCell(n)) {
            return false; // a table's row (|标题|…|), or its cell a line (重点工作 |): a line of its own, the bars say where it ends
        }
        if (p.lastIndexOf('《') > p.lastIndexOf('》') && n.indexOf('》') >= 0 && n.indexOf('》') < 40) {
            return true; // a title in 《》 goes on past the line break: 贯彻落实《关于…推进数字 / 经济…的实施意见》
        }
        if (n.strip().startsWith("的") && !endsSentence(p) && !p.isBlank()) {
            return true; // no line opens with 的: …范围有规定 / 的，应当… is one sentence, not a title line
        }
        if (endsSentence(p) || titleLike(p) || allBold(prev) || !isProse(p) || pairedHeading(p.strip()) || URL.matcher(p).matches()
                || URL_END.matcher(p).find() || PHONE_END.matcher(p).find()) {
            return false;
        }
        if (Ordinals.startsWithOrdinal(n) || SOURCE_LINE.matcher(n).find() || FIGURE.matcher(n).find()
                || (!next.bold.isEmpty() && next.bold.get(0).start() == 0)) {
            return false;
        }
        return true;
    }

    /**
     * 联系方式：余娴 010-60738198；李梦玮 010-60738364: a contact line ends in a telephone number, which no sentence
     * runs on from into the next line (the 署名 under a notice's contacts stays a line of its own).
     */
    private static final Pattern PHONE_END = Pattern.compile("(?:\\d{3,4}[-‒–]\\d{7,8}|(?<!\\d)1[3-9]\\d{9})\\s*$");

    static boolean endsSentence(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        if ("。！？!?；;:：…".indexOf(c) >= 0) {
            return true;
        }
        if (")）】]".indexOf(c) >= 0) {
            return true;
        }
        // A closing quote ends a sentence only when the sentence ended inside it.
        return ("”’」』\"".indexOf(c) >= 0) && s.length() > 1 && "。！？!?…".indexOf(s.charAt(s.length() - 2)) >= 0;
    }

    /** A line of running text, not a label, an outline heading, a name or a list of names. */
    private static boolean isProse(String s) {
        Ordinals.Ordinal o = Ordinals.at(s);
        String body = o == null ? s : s.substring(o.end());
        return body.indexOf(',') >= 0 || body.indexOf('、') >= 0 || body.length() >= 30;
    }

    /** Titles carry no commas; prose that happens to end in 政策 or 方案 does. */
    static boolean titleLike(String s) {
        return s.indexOf(',') < 0 && s.indexOf('。') < 0 && DocumentTypes.isTitleLike(STATUS_TAG.matcher(s).replaceFirst(""));
    }

    /** A law database's status tag closing a title line: …的通知【全文废止】, 【现行有效】, 【已被修改】. */
    static final java.util.regex.Pattern STATUS_TAG = java.util.regex.Pattern.compile("【[^【】]{2,8}】$");

    /** "一、主要目标", "(一)构建…基础设施": a short numbered line without a full stop heads a part. */
    private static boolean isOutlineHeading(String s) {
        Ordinals.Ordinal o = Ordinals.at(s);
        return o != null && o.tier() != Ordinals.Tier.DASH && s.length() <= 40 && !endsSentence(s)
                && (s.indexOf(',') < 0 && s.indexOf('。') < 0 || pairedHeading(s, o));
    }

    /** Two to four short phrases, comma-separated, with nothing after: 加强领导,提高认识 / 加强组织领导,健全工作机制. */
    private static final Pattern PAIRED_PHRASES = Pattern.compile("\\p{IsHan}{2,8}(?:,\\p{IsHan}{2,8}){1,3}");

    /**
     * "(一)加强领导，提高认识": a numbered line of parallel short phrases set off by commas (四字，四字) heads its item, as a
     * comma-free heading does; it is no wrapped sentence, which a line break cuts after far more than a few characters.
     */
    private static boolean pairedHeading(String s, Ordinals.Ordinal o) {
        return PAIRED_PHRASES.matcher(s.substring(o.end()).strip()).matches();
    }

    private static boolean pairedHeading(String s) {
        Ordinals.Ordinal o = Ordinals.at(s);
        return o != null && o.tier() != Ordinals.Tier.DASH && pairedHeading(s, o);
    }

    private static boolean allBold(Piece p) {
        int covered = 0;
        for (Range r : p.bold) {
            covered += r.length();
        }
        return covered >= p.text.length() - 1 && covered > 0;
    }

    private static Piece merge(Piece a, Piece b) {
        MappedText.Builder t = MappedText.builder().append(a.text);
        String at = a.text.text();
        String bt = b.text.text();
        boolean wordBreak = Character.isLetterOrDigit(at.charAt(at.length() - 1)) && at.charAt(at.length() - 1) < 0x80
                && Character.isLetterOrDigit(bt.charAt(0)) && bt.charAt(0) < 0x80;
        if (wordBreak) {
            t.appendSynthetic(' ');
        }
        int shift = t.length();
        t.append(b.text);
        List<Range> bold = new ArrayList<>(a.bold);
        for (Range r : b.bold) {
            bold.add(new Range(r.start() + shift, r.end() + shift));
        }
        List<Paragraph.Link> links = new ArrayList<>(a.links);
        for (Paragraph.Link l : b.links) {
            links.add(new Paragraph.Link(new Range(l.range().start() + shift, l.range().end() + shift), l.href(), l.code()));
        }
        // the space put between two words is no letter
        return new Piece(a.block, t.build(), bold, links, a.chrome && b.chrome, a.letters.plus(b.letters));
    }

    private static Paragraph.Role role(Piece p) {
        String s = p.text.text();
        if (p.chrome) {
            return Paragraph.Role.CHROME;
        }
        switch (p.block.kind()) {
            case HEADING:
                return Paragraph.Role.HEADING;
            case QUOTE:
                return Paragraph.Role.QUOTE;
            case LIST_ITEM:
                return Paragraph.Role.LIST_ITEM;
            default:
                break;
        }
        if ((allBold(p) && s.length() <= 60 && !s.endsWith("。")) || isOutlineHeading(s)) {
            return Paragraph.Role.HEADING;
        }
        java.util.regex.Matcher page = PAGE_HEAD.matcher(s);
        s = page.lookingAt() && page.end() < s.length() ? s.substring(page.end()) : s; // Page 8 - X: X is the line
        if (s.length() <= 90 && !Ordinals.startsWithOrdinal(s) && (Normalizer.isCjk(s.charAt(0)) || YEAR_FIRST.matcher(s).lookingAt())
                && titleLike(s)) {
            return Paragraph.Role.TITLE_LINE;
        }
        return Paragraph.Role.BODY;
    }

    /**
     * 2024年数字经济工作要点, 2021年省《政府工作报告》重点任务分工方案: a yearly plan's title line opens with its year (a date
     * line, 2021年3月21日, has a figure after 年 and no type word).
     */
    private static final Pattern YEAR_FIRST = Pattern.compile("^(?:19|20)\\d{2}年(?=\\p{IsHan}|《)");

    // ------------------------------------------------------------------ items

    /** Heading rank: markup levels 1–6, bold and title lines below them all. */
    private static int rank(Paragraph p) {
        return p.level() > 0 ? p.level() : 7;
    }

    static boolean isTitleHeading(Paragraph p) {
        String s = withoutPageNumber(p.string());
        return p.isHeading() && !Ordinals.startsWithOrdinal(s) && s.length() >= 6
                && (DocumentTypes.policyType(s).isPresent() || DocumentTypes.isReportTitle(s));
    }

    /** What a title may carry after its type word: (征求意见稿), (试行), (2025-2027年). */
    private static final Pattern TITLE_TAIL = Pattern.compile("\\([^()]{1,12}\\)$");
    /** The most a title's restatement adds to it (建设, 专项): a word or two, not another title. */
    private static final int RESTATED = 4;

    /**
     * Is {@code second} the title {@code first} again, or it with a word or two added or left out in one place
     * (the same start and end around the difference), a status or period in brackets after it aside?
     */
    static boolean restates(String first, String second) {
        String a = TITLE_TAIL.matcher(first).replaceFirst("");
        String b = TITLE_TAIL.matcher(second).replaceFirst("");
        String x = a.length() <= b.length() ? a : b;
        String y = a.length() <= b.length() ? b : a;
        if (y.length() - x.length() > RESTATED || x.length() < 8) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        int prefix = 0;
        while (prefix < x.length() && x.charAt(prefix) == y.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.length() - prefix && x.charAt(x.length() - 1 - suffix) == y.charAt(y.length() - 1 - suffix)) {
            suffix++;
        }
        return prefix + suffix == x.length() && prefix >= 4 && suffix >= 2;
    }

    /** A table of contents puts page numbers before titles: "07 四川省…". */
    public static String withoutPageNumber(String s) {
        var m = PAGE_NUMBER.matcher(s);
        return m.find() ? s.substring(m.end()).strip() : s;
    }

    public static boolean isSourceLine(String s) {
        return SOURCE_LINE.matcher(s).find();
    }

    /**
     * Whether paragraphs [from, to) hold more than a heading and field lines: a 来源 line closes a story
     * it follows, not a portal page's header (标题 / 发布日期：… / 信息来源：市招商投资中心) over the text.
     */
    private boolean hasBody(List<Paragraph> ps, int from, int to, int heading) {
        for (int j = from; j < to; j++) {
            Paragraph q = ps.get(j);
            if (j != heading && !q.isHeading() && !fieldLine.matcher(q.string()).find()) {
                return true;
            }
        }
        return false;
    }

    private List<Item> items(List<Paragraph> ps) {
        List<Item> items = new ArrayList<>();
        int first = 0;
        int heading = -1;
        int note = -1;
        boolean titled = false;
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            String s = p.string();
            boolean startHere = false;
            int newHeading = -1;
            int newNote = -1;
            if (p.isHeading() && NOTE_HEADING.matcher(s).find()) {
                startHere = true;
                newNote = i;
            } else if (p.isHeading() && isTitleHeading(p)) {
                if (note >= 0 && heading < 0) {
                    heading = i; // the note introduces this title: one item
                    titled = true;
                } else if (heading >= 0 && titled && restates(ps.get(heading).string(), s)) {
                    // A page restates its title (the page's, its catalogue entry's, the text's own, perhaps one
                    // word fuller: …产业园的扶持意见 / …产业园建设的扶持意见): one document, one item.
                } else {
                    startHere = true;
                    newHeading = i;
                }
            } else if (p.isHeading() && !Ordinals.startsWithOrdinal(s)) {
                boolean outranks = heading >= 0 && rank(p) <= rank(ps.get(heading));
                if (!titled || outranks) {
                    startHere = true;
                    newHeading = i;
                }
            }
            if (startHere && i > first) {
                items.add(new Item(items.size(), first, i - 1, heading, note));
                first = i;
            }
            if (startHere) {
                heading = newHeading;
                note = newNote;
                titled = newHeading >= 0 && isTitleHeading(p);
            } else if (i == first && p.isHeading() && heading < 0 && note < 0) {
                heading = i;
                titled = isTitleHeading(p);
            }
            if (isSourceLine(s) && !p.isHeading() && hasBody(ps, first, i, heading)) {
                items.add(new Item(items.size(), first, i, heading, note));
                first = i + 1;
                heading = -1;
                note = -1;
                titled = false;
            }
        }
        if (first < ps.size()) {
            items.add(new Item(items.size(), first, ps.size() - 1, heading, note));
        }
        return items;
    }
}
