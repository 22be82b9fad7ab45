package org.policykg.concern.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.analysis.Mentions;
import org.policykg.analysis.Supports;
import org.policykg.lexicon.CueWords;
import org.policykg.recognize.AgencyMention;
import org.policykg.recognize.AgencyRecognizer;
import org.policykg.reference.Agency;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.text.MappedText;

/**
 * Who carries a measure, from the bracketed notes of its paragraphs: "(责任单位：市科委、
 * 中关村管委会)", "(市经济信息委牵头，市科技局…参与)", or a closing "(省工业和信息化厅、
 * 省科技厅)". Agencies after a role label (牵头单位：) take its role; else those before 牵头
 * lead, those before 参与 or 配合 take part, and the others are responsible. The agencies
 * are the recognised mentions ({@link Mentions#within}), completed by their item's region.
 */
final class ResponsibilityNotes {
    /** The role words and label parts of notes: lexicon/collective-bodies.tsv (lead, part, responsible) and lexicon/responsibility-labels.tsv. */
    private static final CueWords WORDS = CueWords.standard();
    /** Role words (lead 牵头; part 配合, 参与, 协同 …; responsible 负责, 组织落实) and label parts (责任, 主责 …; 单位, 部门, 主体), as regex alternations. */
    static final String LEAD = WORDS.alternation("collective-bodies", "lead");
    static final String PART = WORDS.alternation("collective-bodies", "part");
    static final String DUTY = WORDS.alternation("collective-bodies", "responsible");
    static final String LABEL_WORD = WORDS.alternation("responsibility-labels", "label-word");
    static final String LABEL_NOUN = WORDS.alternation("responsibility-labels", "noun");
    /**
     * A note names roles: a label word with its noun (责任单位, 责任部门 as a 工作要点 labels it, 主责单位), a role word (牵头, 配合,
     * 协助, 负责, 组织落实 …), or a division label's 分工：; the labels of {@link #ROLE_LABEL} too.
     */
    private static final Pattern ROLE_WORDS = Pattern.compile("(?:" + LABEL_WORD + ")(?:" + LABEL_NOUN + ")|" + LEAD + "|" + PART + "|" + DUTY
            + "|分工[:：]");
    /** One element of a list of bodies: the run between separators, a label's colon or the note's ends. */
    private static final Pattern LIST_ELEMENT = Pattern.compile("(?<=^|[、,，;；:：\\s])[\\p{IsHan}]{2,12}(?=$|[、,，;；\\s])");
    /** A deadline a note may give after its bodies: 2026年底前完成, 2027年6月, 6月底前. */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:[0-9]{4}年(?:[0-9]{1,2}月)?|[0-9]{1,2}月)(?:底|末|年底|年末)?(?:前|以前)?(?:完成|建成|启动|实现)?|年底前(?:完成)?");
    /** How many lines a bracketed note may run over (a page break and its number between). */
    private static final int NOTE_LINES = 4;
    /**
     * "牵头单位：…；配合单位：…": a role named before its agencies; also "牵头责任单位：…；配合责任单位：…",
     * "主责单位：" and "责任主体：" (responsible: only 牵头 leads), "支撑单位：" after 牵头单位 in Shanghai's district plans (the
     * supporting bodies: responsible, neither lead nor 配合), the role alone ("牵头：…；配合：…"), and a label
     * set in lenticular brackets instead of its colon ("【责任单位】…", "【牵头单位】…【配合单位】…").
     */
    static final Pattern ROLE_LABEL = Pattern.compile(
            "(?:(?<lead>" + LEAD + ")|(?<part>" + PART + ")|" + DUTY + "|" + LABEL_WORD + ")(?:" + LABEL_WORD + ")?(?:" + LABEL_NOUN + ")[:：】]"
                    + "|(?:(?<lead2>" + LEAD + ")|(?<part2>" + PART + "))[:：】]");
    /**
     * "部门分工：省发展改革委牵头，各地、各部门配合": a label that names no role but introduces who carries the item, as the
     * 政府工作报告 task-division plans write it under each item (beside 分管省领导：); also 责任分工： and 任务分工：. The roles
     * come from the words inside (牵头, 配合), as in a note without labels.
     */
    private static final Pattern DIVISION_LABEL = Pattern.compile("(?:部门|责任|任务|职责)分工[:：]");
    /** "【责任单位】市工信局、市国资委": a role label in lenticular brackets, the bodies after it to the sentence's end. */
    private static final Pattern BRACKET_LABEL = Pattern.compile("【(?:" + ROLE_LABEL.pattern() + ")");

    /** The role a {@link #ROLE_LABEL} match names: 1 lead, 2 participating, 0 responsible. */
    static int labelRole(Matcher m) {
        return m.group("lead") != null || m.group("lead2") != null ? 1
                : m.group("part") != null || m.group("part2") != null ? 2 : 0;
    }

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
    private final AgencyRecognizer recognizer;
    /**
     * A paragraph's agencies recognised again with a policy's region, once per paragraph and
     * region: each bracket group of a paragraph may ask, and recognising the whole paragraph for
     * each was quadratic in a long one. The notes of one document share it.
     */
    private final java.util.Map<Paragraph, java.util.Map<Region, List<AgencyMention>>> recognized = new java.util.IdentityHashMap<>();
    /** What a note may hold besides agency names: separators, bracketed asides, collective bodies (lexicon/collective-bodies.tsv). */
    private final Pattern nonNames;
    /** The collective designations alone: a body named inside one (市政府 in 各区市政府) is not named by the note. */
    private final Pattern collectives;
    /** A name that ends as bodies' names end (区土储中心, 区投促中心): an element of a list of bodies the directory does not know. */
    private final Pattern bodyName;
    /** What names the departments under a body, not the body (国务院有关部门, 市政府相关部门, 领导小组各成员单位): lexicon role departments-of. */
    private final Pattern departmentsOf;
    /**
     * Words after a body's name that join it to the note rather than lengthen it: roles, 等, 和, 会同, 按职责…
     * (lexicon/collective-bodies.tsv role joiner, and the role words of roles lead, part and responsible).
     */
    private final Pattern joining;
    /**
     * The first role word after an agency (collective-bodies roles lead, part, responsible), or the end of its clause
     * (；), whichever comes first.
     */
    private final Pattern roleWordAfter;

    /**
     * @param recognizer recognises the agencies of a note again with its policy's region, when the
     *                   analysis found none there (省数据局 in an item whose region it did not know)
     */
    ResponsibilityNotes(Mentions<AgencyMention> agencies, AgencyRecognizer recognizer, CueWords cues) {
        this.agencies = agencies;
        this.recognizer = recognizer;
        String collective = cues.alternation("collective-bodies", "collective");
        this.nonNames = Pattern.compile("\\([^)]*\\)|[、,，;；\\s和及]|等$|" + collective + "|" + cues.alternation("collective-bodies", "schedule")
                + "|" + DEADLINE.pattern());
        this.collectives = Pattern.compile(collective);
        this.bodyName = Pattern.compile("\\p{IsHan}{2,14}(?:" + cues.alternation("collective-bodies", "body-ending") + ")");
        this.departmentsOf = Pattern.compile("各?(?:" + cues.alternation("collective-bodies", "departments-of") + ")");
        this.joining = Pattern.compile(cues.alternationOfRoles("collective-bodies", "joiner", "lead", "part", "responsible"));
        this.roleWordAfter = Pattern.compile("(?<lead>" + cues.alternation("collective-bodies", "lead") + ")|(?<part>"
                + cues.alternation("collective-bodies", "part") + ")|(?<stop>" + cues.alternation("collective-bodies", "responsible")
                + "|[;；。])");
    }

    /** One piece of a note: a range of one paragraph. A note wrapped over lines or pages has several. */
    private record Piece(Paragraph p, int start, int end) {
        String text() {
            return p.string().substring(start, end);
        }
    }

    /**
     * Adds to {@code r} the agencies the notes in paragraphs {@code body} (one measure's, in order)
     * name, by role; {@code region} is the region of the measure's policy, or null.
     */
    void read(List<Paragraph> body, Region region, Roles r) {
        for (List<Piece> note : notes(body)) {
            readNote(note, region, r, -1);
        }
    }

    /**
     * Adds to {@code r} the agencies a table cell names ([start, end) of row {@code p}), in the role its
     * column gives them: 1 lead (牵头单位), 2 participating (配合单位), 0 responsible (责任单位).
     */
    void readCell(Paragraph p, int start, int end, Region region, int role, Roles r) {
        readNote(List.of(new Piece(p, start, end)), region, r, role);
    }

    /** {@code forced}: the role every agency of the note takes (a table column's), or -1 to read it from the note. */
    private void readNote(List<Piece> pieces, Region region, Roles r, int forced) {
        // A note wrapped over lines may break a name ("市经信" / "局、市教育局"): its names are read in its joined text.
        List<Piece> note = pieces.size() == 1 ? pieces : List.of(joined(pieces));
        StringBuilder innerText = new StringBuilder();
        List<AgencyMention> in = new ArrayList<>();
        List<Integer> at = new ArrayList<>(); // where each mention starts in the note's text
        for (boolean again : new boolean[] {false, true}) {
            if (again && (region == null || !in.isEmpty() && !otherRegion(in, region))) {
                break;
            }
            in.clear();
            at.clear();
            innerText.setLength(0);
            for (Piece piece : note) {
                List<AgencyMention> found = pieces.size() > 1 ? recognizer.recognize(piece.p(), region)
                        : again ? recognizedAgain(piece.p(), region)
                        : agencies.within(piece.p().index(), piece.start(), piece.end());
                int before = in.size();
                for (AgencyMention a : found) {
                    if (a.agency().isAgency() && a.range().start() >= piece.start() && a.range().end() <= piece.end()) {
                        in.add(a);
                        at.add(innerText.length() + a.range().start() - piece.start());
                    }
                }
                governments(piece, region, innerText.length(), new ArrayList<>(in.subList(before, in.size())), in, at);
                innerText.append(piece.text());
            }
        }
        if (in.isEmpty()) {
            return;
        }
        String inner = innerText.toString();
        boolean roles = ROLE_WORDS.matcher(inner).find();
        if (forced < 0 && !roles && (pieces.size() > 1 || !onlyNames(inner, in, note.get(0).start()))) {
            return;
        }
        List<int[]> labels = new ArrayList<>(); // {position after the label, 0 responsible / 1 lead / 2 participating, its start}
        Matcher lm = ROLE_LABEL.matcher(inner);
        while (lm.find()) {
            labels.add(new int[] {lm.end(), labelRole(lm), lm.start()});
        }
        Piece first = pieces.get(0);
        Piece last = pieces.get(pieces.size() - 1);
        Evidence ev = new Evidence(first.p().span(first.start(), first.end()).union(last.p().span(last.start(), last.end())),
                Supports.RESPONSIBLE_AGENCY);
        List<int[]> collective = new ArrayList<>();
        Matcher cm = collectives.matcher(inner);
        while (cm.find()) {
            collective.add(new int[] {cm.start(), cm.end()});
        }
        for (int k = 0; k < in.size(); k++) {
            AgencyMention a = in.get(k);
            int pos = at.get(k);
            int posEnd = pos + a.range().length();
            if (collective.stream().anyMatch(c -> c[0] <= pos && posEnd <= c[1])) {
                continue; // 各区市政府: every district's and county-level city's government, not the city's
            }
            int after = pos + a.range().length();
            if (r.has(a.agency()) || departmentsOf.matcher(inner).region(after, inner.length()).lookingAt()) {
                continue; // 国务院有关部门: the State Council's departments, not the State Council
            }
            if (headOfUnknownBody(inner, a, pos, after, at)) {
                continue; // 国务院医改办: a State Council body the directory does not know, not the State Council
            }
            Fact<Agency> f = new Fact<>(a.agency(), ev);
            int labelled = -1;
            for (int[] l : labels) {
                if (l[0] <= pos) {
                    labelled = l[1];
                }
            }
            int nextLabel = inner.length();
            for (int[] l : labels) {
                if (l[2] >= after) {
                    nextLabel = Math.min(nextLabel, l[2]);
                }
            }
            // A 责任单位 column's cell may name its roles itself ("市数据局牵头，各县(市、区)政府配合"); a 牵头 or 配合 column's cannot.
            int role = labelled > 0 ? labelled : forced > 0 ? forced : roleAfter(inner, after, nextLabel);
            if (role == 1) {
                r.lead.add(f);
            } else if (role == 2) {
                r.participating.add(f);
            } else {
                r.responsible.add(f);
            }
        }
    }

    /**
     * Whether a mention of the State Council heads a longer name in the note: 国务院 and the characters after it up to
     * the list's next separator, role or joining word (国务院减灾委办公室按职责分工负责) read as a body's name (国务院医改办,
     * 国务院减灾委办公室: lexicon role body-ending) and no other mention starts among them (国务院牵头 and 国务院有关部门 are
     * read elsewhere). The State Council's own texts name its bodies 国务院X; the directory knows the common ones.
     */
    private boolean headOfUnknownBody(String inner, AgencyMention a, int pos, int after, List<Integer> at) {
        if (!STATE_COUNCIL.equals(a.surface()) || after >= inner.length() || !Character.isIdeographic(inner.charAt(after))) {
            return false;
        }
        Matcher joining = this.joining.matcher(inner);
        int end = after;
        while (end < inner.length() && Character.isIdeographic(inner.charAt(end)) && !joining.region(end, inner.length()).lookingAt()) {
            end++;
        }
        for (int start : at) {
            if (start >= after && start < end) {
                return false;
            }
        }
        return end > after && bodyName.matcher(inner).region(pos, end).matches();
    }

    /** The State Council as notes write it. */
    private static final String STATE_COUNCIL = "国务院";

    /**
     * The role the words after an agency give it: the first role word of its clause ("A、B牵头，C配合；
     * D牵头，E参与" — each group takes the word that closes it, so a second 牵头 leads too): 1 lead,
     * 2 participating, 0 responsible (负责, 按职责分工负责, or no word before the clause or the next
     * role label ends).
     */
    private int roleAfter(String inner, int from, int to) {
        Matcher m = roleWordAfter.matcher(inner).region(from, to);
        if (!m.find()) {
            return 0;
        }
        return m.group("lead") != null ? 1 : m.group("part") != null ? 2 : 0;
    }

    /**
     * The cells of bodies a paragraph of a table flattened without bars holds ({@code [start, end)} each): the whole
     * paragraph when every element of its list is a body the directory knows, a collective (各街道) or a name that ends as
     * bodies' names end (区考核办, 区大数据中心); split where two elements meet without a separator, as a layout that joins
     * wrapped lines joins one cell's last body to the next cell's first (区消防救援支队、各街道 / 区财政局 → 各街道区财政局).
     * None when the paragraph is text, a place or anything else.
     */
    List<int[]> bodyCells(Paragraph p, Region region) {
        String text = p.string();
        if (text.isBlank() || text.length() > CELL_LENGTH || ROLE_WORDS.matcher(text).find()) {
            return List.of();
        }
        List<AgencyMention> in = new ArrayList<>();
        for (AgencyMention a : agencies.within(p.index(), 0, text.length())) {
            if (a.agency().isAgency()) {
                in.add(a);
            }
        }
        if (in.isEmpty() && region != null) {
            for (AgencyMention a : recognizedAgain(p, region)) {
                if (a.agency().isAgency()) {
                    in.add(a);
                }
            }
        }
        List<int[]> cells = new ArrayList<>();
        int cellStart = -1;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && "、,，;；".indexOf(text.charAt(i)) < 0 && !Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            int start = from;
            from = i + 1;
            String element = text.substring(start, i);
            if (element.isEmpty()) {
                continue;
            }
            // Where a known body starts inside the element after a body or collective of its own: two cells' elements met.
            int split = -1;
            for (AgencyMention a : in) {
                int s = a.range().start();
                if (s > start && s < i && body(text.substring(start, s), in, start)) {
                    split = s;
                    break;
                }
            }
            if (split >= 0 && body(text.substring(split, i), in, split)) {
                if (cellStart >= 0) {
                    cells.add(new int[] {cellStart, split});
                }
                cellStart = split;
            } else if (body(element, in, start)) {
                if (cellStart < 0) {
                    cellStart = start;
                }
            } else {
                return List.of();
            }
        }
        if (cellStart >= 0) {
            cells.add(new int[] {cellStart, text.length()});
        }
        return cells;
    }

    /** The longest a cell of bodies may run (a dozen bodies' short names). */
    private static final int CELL_LENGTH = 120;

    /** Whether {@code element} (at {@code offset} of its paragraph) is one body: a known one, a collective or a body's name. */
    private boolean body(String element, List<AgencyMention> in, int offset) {
        String e = element.strip();
        if (e.endsWith("等")) {
            e = e.substring(0, e.length() - 1);
        }
        if (e.isEmpty()) {
            return false;
        }
        if (collectives.matcher(e).matches() || bodyName.matcher(e).matches()) {
            return true;
        }
        StringBuilder rest = new StringBuilder(element);
        boolean mentioned = false;
        for (int k = in.size() - 1; k >= 0; k--) {
            int s = in.get(k).range().start() - offset;
            int t = in.get(k).range().end() - offset;
            if (s >= 0 && t <= element.length()) {
                rest.replace(s, t, "");
                mentioned = true;
            }
        }
        return mentioned && nonNames.matcher(rest).replaceAll("").isEmpty();
    }

    /**
     * The districts and cities a note lists by name alone (责任单位：市规划资源局、杨浦区): each stands for its
     * government, a body of the policy's region. Only a whole list element counts, not a region inside a
     * body's name ({@code named}: the piece's agency mentions).
     */
    private void governments(Piece piece, Region region, int offset, List<AgencyMention> named,
                             List<AgencyMention> in, List<Integer> at) {
        String text = piece.text();
        if (region == null || named.isEmpty() && !ROLE_WORDS.matcher(text).find()) {
            return; // (青浦区、松江区) alone is where, not who
        }
        List<AgencyMention> found = new ArrayList<>();
        Matcher m = LIST_ELEMENT.matcher(text);
        while (m.find()) {
            int start = piece.start() + m.start();
            int end = piece.start() + m.end();
            if (named.stream().anyMatch(a -> a.range().start() < end && a.range().end() > start)) {
                continue;
            }
            Agency g = recognizer.government(m.group(), region);
            if (g != null) {
                found.add(new AgencyMention(piece.p().index(), new org.policykg.segment.Range(start, end), g, m.group()));
            }
        }
        for (AgencyMention g : found) { // in the note's order among the named bodies
            int pos = offset + g.range().start() - piece.start();
            int k = 0;
            while (k < at.size() && at.get(k) < pos) {
                k++;
            }
            in.add(k, g);
            at.add(k, pos);
        }
    }

    private List<AgencyMention> recognizedAgain(Paragraph p, Region region) {
        return recognized.computeIfAbsent(p, k -> new java.util.HashMap<>())
                .computeIfAbsent(region, r -> recognizer.recognize(p, r));
    }

    /** The pieces of a wrapped note as one piece of a paragraph of their own, each char in its place in the file. */
    private static Piece joined(List<Piece> pieces) {
        MappedText.Builder b = MappedText.builder();
        for (Piece piece : pieces) {
            b.append(piece.p().text(), piece.start(), piece.end());
        }
        Paragraph first = pieces.get(0).p();
        MappedText t = b.build();
        return new Piece(new Paragraph(first.index(), first.role(), first.level(), t, List.of(), List.of()), 0, t.length());
    }

    /**
     * Whether a short local name ("省数据局", "市发改委": no place in it) was completed with
     * another region than the policy's: a 责任单位 of a policy is a body of its own region.
     */
    private static boolean otherRegion(List<AgencyMention> in, Region region) {
        for (AgencyMention a : in) {
            String s = a.surface();
            boolean local = !s.isEmpty() && "省市区县".indexOf(s.charAt(0)) >= 0;
            if (local && a.agency().region() != null && !a.agency().region().equals(region.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The notes of a measure's paragraphs: the outermost bracket groups, (…), 〔…〕 or […] (a
     * note may hold a parenthesis of its own, "〔责任单位：省发改委（数字办）、…〕", and may run on
     * over a line or page break), and a line that starts with a role label ("责任单位：…").
     */
    private static List<List<Piece>> notes(List<Paragraph> body) {
        List<List<Piece>> out = new ArrayList<>();
        List<Piece> open = null;
        int depth = 0;
        for (Paragraph p : body) {
            String text = p.string();
            int from = 0;
            if (depth == 0) {
                if (ROLE_LABEL.matcher(text).lookingAt() || DIVISION_LABEL.matcher(text).lookingAt()) {
                    // "责任单位：市发改委、市经信局" or "部门分工：省财政厅牵头，…" on a line of its own
                    out.add(List.of(new Piece(p, 0, text.length())));
                    continue;
                }
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (depth == 0 && i > 0 && "。;；".indexOf(text.charAt(i - 1)) >= 0) {
                    // "…最高给予5000万元资助。责任单位：市委组织部、市科技局。": a label run in after the body's last sentence.
                    Matcher label = ROLE_LABEL.matcher(text).region(i, text.length());
                    Matcher division = DIVISION_LABEL.matcher(text).region(i, text.length());
                    if (label.lookingAt() || division.lookingAt()) {
                        if (!label.lookingAt()) {
                            label = division;
                        }
                        int stop = text.indexOf('。', label.end());
                        int end = stop < 0 ? text.length() : stop;
                        out.add(List.of(new Piece(p, i, end)));
                        i = end;
                        continue;
                    }
                }
                if (depth == 0 && c == '【' && BRACKET_LABEL.matcher(text).region(i, text.length()).lookingAt()) {
                    // "…数据交易平台。【责任单位】市工信局、市国资委": the label's bracket closes on the label alone.
                    int stop = text.indexOf('。', i);
                    int end = stop < 0 ? text.length() : stop;
                    out.add(List.of(new Piece(p, i, end)));
                    i = end;
                    continue;
                }
                if (c == '(' || c == '〔' || c == '[' || c == '【') {
                    if (depth++ == 0) {
                        open = new ArrayList<>();
                        from = i + 1;
                    }
                } else if ((c == ')' || c == '〕' || c == ']' || c == '】') && depth > 0 && --depth == 0) {
                    if (i > from) {
                        open.add(new Piece(p, from, i));
                    }
                    if (!open.isEmpty()) {
                        out.add(open);
                    }
                    open = null;
                }
            }
            if (depth > 0 && open != null) {
                if (open.size() >= NOTE_LINES) {
                    depth = 0; // an unclosed bracket: not a note that runs on
                    open = null;
                } else if (text.length() > from) {
                    open.add(new Piece(p, from, text.length()));
                }
            }
        }
        // A page cut before its closing bracket ("（责任单位：市城市管理局、市规划自然资源局等" at the item's end) is still a note.
        if (depth > 0 && open != null && !open.isEmpty() && ROLE_LABEL.matcher(open.get(0).text().strip()).lookingAt()) {
            out.add(open);
        }
        return out;
    }

    /**
     * A group holding nothing but agency names and separators: "(省工业和信息化厅、省科技厅)"; or a list of bodies
     * some of which the directory does not know ("(各街镇、区规划资源局、区土储中心)": a district's land reserve
     * centre), where each element is a recognised name, a collective or a name ending as bodies' names end
     * (lexicon/collective-bodies.tsv, role body-ending), and at least one is recognised. A place list (青浦区、松江区)
     * or a list of things ends otherwise and stays no note.
     */
    private boolean onlyNames(String inner, List<AgencyMention> in, int offset) {
        StringBuilder rest = new StringBuilder(inner);
        for (int i = in.size() - 1; i >= 0; i--) {
            AgencyMention a = in.get(i);
            rest.replace(a.range().start() - offset, a.range().end() - offset, "");
        }
        String left = nonNames.matcher(rest).replaceAll("");
        return left.isEmpty() || bodiesListed(inner, in, offset);
    }

    /** Whether every element of the list {@code inner} is a recognised body, a collective or looks like a body's name; one at least recognised. */
    private boolean bodiesListed(String inner, List<AgencyMention> in, int offset) {
        int named = 0;
        int from = 0;
        for (int i = 0; i <= inner.length(); i++) {
            if (i < inner.length() && "、,，;；".indexOf(inner.charAt(i)) < 0) {
                continue;
            }
            String element = inner.substring(from, i).strip();
            int start = from;
            from = i + 1;
            if (element.endsWith("等")) {
                element = element.substring(0, element.length() - 1);
            }
            if (element.isEmpty()) {
                continue;
            }
            StringBuilder rest = new StringBuilder(inner.substring(start, i));
            boolean mentioned = false;
            for (int k = in.size() - 1; k >= 0; k--) {
                int s = in.get(k).range().start() - offset;
                int e = in.get(k).range().end() - offset;
                if (s >= start && e <= i) {
                    rest.replace(s - start, e - start, "");
                    mentioned = true;
                }
            }
            if (mentioned && nonNames.matcher(rest).replaceAll("").isEmpty()) {
                named++;
            } else if (mentioned || !collectives.matcher(element).matches() && !bodyName.matcher(element).matches()) {
                return false; // a body inside other words ("包括市场监管局"), or an element that is no body
            }
        }
        return named > 0;
    }
}
