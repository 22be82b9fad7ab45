package org.policykg.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykg.text.Tsv;

/**
 * Well-known companies named by short name (companies.tsv). A name or alias written {@code ~X} in the table
 * is also an ordinary word or a place (大唐, 东风): {@link #byAlias} knows it, for a name another rule
 * found, but {@link #find} does not look for it in running text. One written {@code ?X} is also an ordinary
 * word (浪潮, 小米): found, but read alone only where HanLP's tagger reads it as a name ({@link #taggedOnly}).
 * One written without a mark is the firm wherever it is a word of its own, whatever HanLP tags it (花旗/n).
 * <p>
 * Then the large firms outside the mainland by the Chinese names of a world list (global-companies.tsv: the
 * 《财富》世界500强 as published in Chinese, taken whole), with the same ~ mark: a firm the curated table already
 * holds keeps its row there and gains the list's forms it lacks.
 * <p>
 * Beside them, the A-share listed firms of every trade (listed-companies.tsv, a whole stock list, not
 * names picked from documents) by the short names the press uses: {@link #byAlias} knows every one,
 * {@link #findListed} finds them in running text for the company rules to judge whether a name stands
 * alone there (a short name that is also ordinary words needs a firm's context). A firm
 * companies.tsv holds keeps its row there, and a news outlet's name (人民网) is the outlet. The mainland firms of the
 * world list (global-companies-mainland.tsv: provincial SOE groups and private groups, 恒力, 厦门象屿, 青山控股) are read
 * the same way, after the stock lists, whose rows they leave as they are; so are the regulated financial firms of the
 * regulators' lists of December 2023 (financial-institutions.tsv: city and private banks, trust, insurance, securities,
 * fund and futures firms); and, last, the listed firms of the central SOE groups, A and Hong Kong shares
 * (central-soe-listed.tsv: 华润置地, 中国海外发展).
 * <p>
 * Both tables go into one matcher, each phrase tagged with the table it came from, so that a text is
 * scanned once for both ({@link #scan}); the curated table also has a matcher of its own, so that
 * {@link #find} does not walk the stock list's hits.
 */
public final class CompanyDirectory {
    /**
     * A company's usual name and English name; {@code alias} is the form matched; {@code listed} when the
     * row is the stock list's (listed-companies.tsv) rather than the curated table's.
     */
    public record Entry(String name, String alias, String en, boolean listed) {
    }

    /** One scan's hits: the curated table's and the stock list's, each leftmost-longest on its own. */
    public record Hits(List<PhraseMatcher.Hit<Entry>> curated, List<PhraseMatcher.Hit<Entry>> listed) {
    }

    /**
     * Marks of the stock list on a short name: special treatment (*ST, ST, SST), a new listing (N, C), a share reform
     * not done (S佳通), the delisting period (退富控, 欧浦退), the share class (A, B, -U, -W, -WD).
     */
    private static final Pattern LISTING_MARKS = Pattern.compile(
            "^(?:\\*ST|SST|S\\*ST|ST|退市|[NCS退](?=[\\p{IsHan}]))|(?:-[A-Z]{1,2}|(?<=[\\p{IsHan}])[AB\uFF21\uFF22退])$");

    /** An ex-rights or ex-dividend day's display name (XD东方创, XR…, DR…): cut to fit, not a name the press uses. */
    private static final Pattern EX_RIGHTS = Pattern.compile("^(?:XD|XR|DR)(?=[\\p{IsHan}])");

    /** The curated names and aliases and the listed firms' short names, told apart by {@link Entry#listed}. */
    private final PhraseMatcher<Entry> names;
    /** The curated names and aliases alone: the same phrases and values as {@link #names} holds for them. */
    private final PhraseMatcher<Entry> curatedNames;
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byAlias = new HashMap<>();
    /**
     * The curated short names written {@code ?X}: ordinary words too (浪潮 a wave, 联想 to associate), read alone only
     * where HanLP's tagger reads them as a name in their sentence ({@link #taggedOnly}).
     */
    private final java.util.Set<String> taggedOnly = new java.util.HashSet<>();
    /** The first characters of the banks' 字号 (招 of 招商银行, 工 of 中国工商银行): a bank's short form is it and 银 (招银). */
    private final java.util.Set<Character> bankInitials = new java.util.HashSet<>();
    /** The banks' 字号 of two characters (平安 of 平安银行, 光大 of 中国光大银行). */
    private final java.util.Set<String> bankNames = new java.util.HashSet<>();
    /** The world list's firms the curated table does not hold: firms outside the mainland ({@link #worldListOnly}). */
    private final java.util.Set<String> worldOnly = new java.util.HashSet<>();

    private CompanyDirectory() {
        PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder();
        PhraseMatcher.Builder<Entry> c = PhraseMatcher.builder();
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/companies.tsv", 3, 3)) {
            addCurated(r.fields(), b, c);
        }
        // after the curated rows, whose firm keeps its row and gains the forms it lacks
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/global-companies.tsv", 5, 5)) {
            addGlobal(r, b, c);
        }
        curatedNames = c.build();
        // after the curated rows, which a listed row with the same name gives way to
        for (String table : LISTED_TABLES) {
            for (Tsv.Row r : Tsv.rows("/org/policykg/reference/" + table, 3, 4)) {
                addListed(table, r, b);
            }
        }
        // after the stock lists, whose short names keep their rows
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/" + MAINLAND_TABLE, 4, 4)) {
            addMainland(r, b);
        }
        // after the world list, whose forms keep their rows
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/" + FINANCIAL_TABLE, 3, 3)) {
            addFinancial(r, b);
        }
        // after the financial firms, whose forms keep their rows
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/" + SOE_LISTED_TABLE, 4, 4)) {
            addSoeListed(r, b);
        }
        names = b.build();
    }

    /** A row of companies.tsv, its phrases added to both matchers' builders ({@code b} both tables, {@code c} curated). */
    private void addCurated(String[] f, PhraseMatcher.Builder<Entry> b, PhraseMatcher.Builder<Entry> c) {
        String en = f[2].isEmpty() ? null : f[2];
        // ~ and ? on the name too: a firm whose usual name is an ordinary word (小米 millet)
        boolean nameContextOnly = f[0].startsWith("~");
        String label = nameContextOnly || f[0].startsWith("?") ? f[0].substring(1) : f[0];
        if (f[0].startsWith("?")) {
            taggedOnly.add(label);
        }
        Entry main = new Entry(label, label, en, false);
        if (!nameContextOnly) {
            b.add(label, main);
            c.add(label, main);
        }
        byName.put(label, main);
        byAlias.put(label, main);
        noteBank(label);
        if (!f[1].isEmpty()) {
            for (String written : f[1].split("\\|")) {
                boolean contextOnly = written.startsWith("~");
                String alias = contextOnly || written.startsWith("?") ? written.substring(1) : written;
                if (written.startsWith("?")) {
                    taggedOnly.add(alias);
                }
                Entry e = new Entry(label, alias, en, false);
                noteBank(alias);
                if (!contextOnly) {
                    b.add(alias, e);
                    c.add(alias, e);
                }
                byAlias.putIfAbsent(alias, e);
            }
        }
        for (String form : englishForms(en)) {
            // translated and Hong Kong news write foreign and listed firms in Latin letters (Nvidia, NVIDIA)
            Entry e = new Entry(label, form, en, false);
            b.add(form, e);
            c.add(form, e);
            byAlias.putIfAbsent(form, e);
        }
    }

    /**
     * A firm of the world list (global-companies.tsv): its forms, ~ marking one known only where a text shows a
     * firm. A firm the curated table already names by one of the forms is that row's firm; the forms it lacks
     * are added to it. The list's English names are not looked for (TARGET, ORANGE, METRO are words).
     */
    private void addGlobal(Tsv.Row r, PhraseMatcher.Builder<Entry> b, PhraseMatcher.Builder<Entry> c) {
        String[] f = r.fields();
        if (!f[0].matches("\\d{1,3}") || f[1].isBlank() || f[4].isBlank()) {
            throw new IllegalStateException("global-companies.tsv line " + r.line()
                    + ": expected a rank, a name, an English name, a country and forms");
        }
        List<String> forms = new ArrayList<>();
        for (String written : f[4].split("\\|")) {
            forms.add(written.startsWith("~") ? written.substring(1) : written);
        }
        if (!forms.contains(f[1])) {
            throw new IllegalStateException("global-companies.tsv line " + r.line() + ": the forms leave out the name " + f[1]);
        }
        Entry firm = forms.stream().map(byAlias::get).filter(e -> e != null && !e.listed()).findFirst()
                .orElse(null);
        if (firm == null) {
            firm = new Entry(f[1], f[1], f[2].isEmpty() ? null : f[2], false);
            byName.put(f[1], firm);
            worldOnly.add(f[1]);
        }
        for (String written : f[4].split("\\|")) {
            boolean contextOnly = written.startsWith("~");
            String form = contextOnly ? written.substring(1) : written;
            if (byAlias.containsKey(form)) {
                continue; // the curated row's form, with the curated row's mark
            }
            Entry e = new Entry(firm.name(), form, firm.en(), false);
            byAlias.put(form, e);
            if (!contextOnly) {
                b.add(form, e);
                c.add(form, e);
            }
        }
    }

    /**
     * The stock lists, each taken whole, in order: the A-share list of mid-2021 (every trade) and the Shanghai
     * exchange's list of late 2025 (its later listings and new names); a short name an earlier table holds keeps
     * that row.
     */
    private static final List<String> LISTED_TABLES = List.of("listed-companies.tsv", "listed-companies-sse.tsv");

    private void addListed(String table, Tsv.Row r, PhraseMatcher.Builder<Entry> b) {
        String[] f = r.fields();
        String use = f.length > 3 ? f[3] : "";
        if (!f[0].matches("\\d{6}") || f[1].isBlank() || !use.isEmpty() && !use.equals("context") && !use.equals("word")) {
            throw new IllegalStateException(table + " line " + r.line()
                    + ": expected a six-digit code, a name, a trade and an empty use, context or word");
        }
        if (EX_RIGHTS.matcher(f[1]).find()) {
            return; // the list's other rows and the earlier list name the firm in full (东方创业, not XD东方创)
        }
        String name = shortName(f[1]);
        noteBank(name);
        if (name.length() < 2 || use.equals("word") || byAlias.containsKey(name) || NewsOutlets.get().byName(name) != null) {
            return; // a word or place before a firm (机器人, 张家界), the curated row, or the outlet; no phrase is in both tables
        }
        Entry e = new Entry(name, name, null, true);
        byName.putIfAbsent(name, e);
        byAlias.put(name, e);
        if (use.isEmpty() && name.length() >= LOOKED_FOR) {
            b.add(name, e); // a shorter one (万科, 新大陆) is never read alone, so the scan need not find it
        }
    }

    /** The mainland firms of the world list (the 中国 rows global-companies.tsv leaves out). */
    static final String MAINLAND_TABLE = "global-companies-mainland.tsv";

    /**
     * A mainland firm of the world list (global-companies-mainland.tsv), each form read as a stock list's short name
     * is: known by {@link #byAlias}, looked for in running text from {@link #LOOKED_FOR} characters unless written ~, and
     * left to concern.company.ListedNames to judge whether it stands alone there. A firm another table already names by
     * one of the forms is that row's firm, and a form another table holds keeps that table's row.
     */
    private void addMainland(Tsv.Row r, PhraseMatcher.Builder<Entry> b) {
        String[] f = r.fields();
        if (!f[0].matches("\\d{1,3}") || f[1].isBlank() || f[3].isBlank()) {
            throw new IllegalStateException(MAINLAND_TABLE + " line " + r.line()
                    + ": expected a rank, a name, an English name and forms");
        }
        addForms(MAINLAND_TABLE, r, f[1], f[2].isEmpty() ? null : f[2], f[3], b);
    }

    /**
     * A firm's forms (|-separated, ~ marking one known only where a text shows a firm), each read as a stock list's short
     * name is: known by {@link #byAlias}, looked for in running text from {@link #LOOKED_FOR} characters unless written ~,
     * and left to concern.company.ListedNames to judge whether it stands alone there. A firm another table already names
     * by one of the forms is that row's firm, and a form another table holds keeps that table's row.
     */
    private void addForms(String table, Tsv.Row r, String label, String english, String forms, PhraseMatcher.Builder<Entry> b) {
        List<String> written = List.of(forms.split("\\|"));
        if (!written.contains(label)) {
            throw new IllegalStateException(table + " line " + r.line() + ": the forms leave out the name " + label);
        }
        Entry known = written.stream().map(w -> byAlias.get(w.startsWith("~") ? w.substring(1) : w))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String name = known != null ? known.name() : label;
        String en = known != null && known.en() != null ? known.en() : english;
        byName.putIfAbsent(name, new Entry(name, name, en, true));
        for (String w : written) {
            boolean contextOnly = w.startsWith("~");
            String form = contextOnly ? w.substring(1) : w;
            if (byAlias.containsKey(form)) {
                continue; // the curated row's, the world list's or the stock list's form, with that table's marks
            }
            Entry e = new Entry(name, form, en, true);
            byAlias.put(form, e);
            if (!contextOnly && form.length() >= LOOKED_FOR) {
                b.add(form, e);
            }
        }
    }

    /** The regulated financial firms of the mainland (city and private banks, trust, insurance, securities, fund and futures firms). */
    static final String FINANCIAL_TABLE = "financial-institutions.tsv";

    /** The firm kinds of financial-institutions.tsv, as its header names them. */
    private static final java.util.Set<String> FINANCIAL_KINDS = java.util.Set.of("city-bank", "private-bank", "trust",
            "insurance-group", "property-insurer", "life-insurer", "securities", "fund-manager", "futures");

    /**
     * A regulated financial firm (financial-institutions.tsv: the regulators' lists of December 2023, taken whole), its
     * forms read as the world list's mainland firms are ({@link #addForms}).
     */
    private void addFinancial(Tsv.Row r, PhraseMatcher.Builder<Entry> b) {
        String[] f = r.fields();
        if (f[1].isBlank() || f[2].isBlank() || !FINANCIAL_KINDS.containsAll(List.of(f[0].split(",")))) {
            throw new IllegalStateException(FINANCIAL_TABLE + " line " + r.line()
                    + ": expected kinds of " + new java.util.TreeSet<>(FINANCIAL_KINDS) + ", a name and forms");
        }
        addForms(FINANCIAL_TABLE, r, f[1], null, f[2], b);
    }

    /** The listed firms of the centrally administered SOE groups, A and Hong Kong shares (one page's list, taken whole). */
    static final String SOE_LISTED_TABLE = "central-soe-listed.tsv";

    /**
     * A listed firm of a central SOE group (central-soe-listed.tsv: 华润置地, 中国海外发展, 南网储能), its forms read as the
     * world list's mainland firms are ({@link #addForms}) but for one written ! (an ordinary word, not loaded): a firm
     * another table holds keeps that row.
     */
    private void addSoeListed(Tsv.Row r, PhraseMatcher.Builder<Entry> b) {
        String[] f = r.fields();
        if (!f[0].matches("\\d{1,3}(?:,\\d{1,3})*") || !f[1].matches("(?:\\d{5,6}(?:\\|\\d{5,6})*)?") || f[2].isBlank()
                || f[3].isBlank()) {
            throw new IllegalStateException(SOE_LISTED_TABLE + " line " + r.line()
                    + ": expected group numbers, stock codes (five or six digits, |-separated, or none), a name and forms");
        }
        // a form written ! is one ordinary word (太阳能, 鞍钢): recorded, not loaded, as the stock lists' word rule has it
        String forms = java.util.Arrays.stream(f[3].split("\\|")).filter(w -> !w.startsWith("!"))
                .collect(java.util.stream.Collectors.joining("|"));
        addForms(SOE_LISTED_TABLE, r, f[2], null, forms, b);
    }

    /**
     * The shortest stock-list short name looked for in running text: the company rules read one of two or three
     * characters only where the text shows a firm, by {@link #byAlias} (concern.company.ListedNames), and such
     * names (中华, 天马, 星源) would otherwise be hit in most paragraphs of a 4,000-name list.
     */
    public static final int LOOKED_FOR = 4;

    /** The short name the press uses for a name on the stock list: *ST华讯 → 华讯, 寒武纪-U → 寒武纪, 京东方A → 京东方, 退富控 → 富控. */
    static String shortName(String listed) {
        String s = listed.strip();
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = LISTING_MARKS.matcher(s).replaceAll("").strip();
        }
        return s;
    }

    /**
     * The ways a text writes an English name: as registered, in capitals, capitalised (NVIDIA, Nvidia).
     * Names under three letters (EY) are too often other words to match alone.
     */
    private static List<String> englishForms(String en) {
        if (en == null || en.length() < 3) {
            return List.of();
        }
        String capitalised = en.charAt(0) + en.substring(1).toLowerCase(java.util.Locale.ROOT);
        return new ArrayList<>(new java.util.LinkedHashSet<>(
                List.of(en, en.toUpperCase(java.util.Locale.ROOT), en.contains(" ") ? en : capitalised)));
    }

    /** Loaded once, on first use (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final CompanyDirectory INSTANCE = new CompanyDirectory();
    }

    public static CompanyDirectory get() {
        return Holder.INSTANCE;
    }

    /**
     * The curated table's and the stock list's names in one pass over the text, each table's hits
     * leftmost-longest among its own (a listed name inside a curated one is still found, for the
     * rules that judge the two apart).
     */
    public Hits scan(CharSequence text) {
        return hits(names.all(text));
    }

    /**
     * The phrases {@link #scan} looks for, with their entries: for a caller that builds one matcher of these and words
     * of its own, scans a text once and gives {@link #hits} the hits of these phrases.
     */
    public PhraseMatcher<Entry> lookedFor() {
        return names;
    }

    /**
     * {@link #scan}'s hits from every occurrence in a text of the phrases of {@link #lookedFor}, ordered as
     * {@link PhraseMatcher#all} orders them.
     */
    public static Hits hits(List<PhraseMatcher.Hit<Entry>> all) {
        List<PhraseMatcher.Hit<Entry>> curated = new ArrayList<>();
        List<PhraseMatcher.Hit<Entry>> listed = new ArrayList<>();
        int curatedEnd = 0;
        int listedEnd = 0;
        for (PhraseMatcher.Hit<Entry> h : all) {
            if (h.values().get(0).listed()) {
                if (h.start() >= listedEnd) {
                    listed.add(h);
                    listedEnd = h.end();
                }
            } else if (h.start() >= curatedEnd) {
                curated.add(h);
                curatedEnd = h.end();
            }
        }
        return new Hits(curated, listed);
    }

    /**
     * Leftmost-longest occurrences of the curated names (companies.tsv): {@link #scan}'s curated hits, from the
     * curated table's own matcher (no phrase is in both tables, so its hits are the same, in the same order).
     */
    public List<PhraseMatcher.Hit<Entry>> find(CharSequence text) {
        return curatedNames.longest(text);
    }

    /** Leftmost-longest occurrences of the listed firms' short names (listed-companies.tsv). */
    public List<PhraseMatcher.Hit<Entry>> findListed(CharSequence text) {
        return scan(text).listed();
    }

    /**
     * A bank's name or short name (招商银行, 中国光大银行, 宁波银行): its 字号, less the 中国 that opens a national bank's,
     * gives the bank's short forms the press builds other firms' names on (招银理财, 光大理财).
     */
    private void noteBank(String form) {
        if (!form.endsWith("银行") || form.length() < 3) {
            return;
        }
        String zihao = form.substring(0, form.length() - 2);
        if (zihao.startsWith("中国") && zihao.length() > 2) {
            zihao = zihao.substring(2);
        }
        if (!org.policykg.text.Han.is(zihao.charAt(0))) {
            return;
        }
        bankInitials.add(zihao.charAt(0));
        if (zihao.length() == 2 && !zihao.equals("中国")) {
            bankNames.add(zihao);
        }
    }

    /** Whether {@code c} opens the 字号 of a bank the directory knows (招 of 招商银行): c and 银 is its short form. */
    public boolean isBankInitial(char c) {
        return bankInitials.contains(c);
    }

    /** Whether {@code s} is the two-character 字号 of a bank the directory knows (平安 of 平安银行). */
    public boolean isBankName(String s) {
        return bankNames.contains(s);
    }

    /**
     * Whether the curated table writes {@code phrase} {@code ?X}: an ordinary word too, the firm alone only where
     * HanLP's tagger reads it as a name there (浪潮 of 浪潮、曙光等企业, not of 数字化浪潮).
     */
    public boolean taggedOnly(String phrase) {
        return taggedOnly.contains(phrase);
    }

    /** The entry whose name or alias is exactly {@code s}, or null. */
    public Entry byAlias(String s) {
        return byAlias.get(s);
    }

    /** The entry of a company by its usual name, or null. */
    public Entry byName(String name) {
        return byName.get(name);
    }

    /**
     * Whether the firm named {@code name} is one of the world list's that the curated table does not hold: a firm
     * outside the mainland (雷诺, 本田汽车), where 丰田 and 宝马, which the curated table holds too, are not.
     */
    public boolean worldListOnly(String name) {
        return worldOnly.contains(name);
    }

    /** Every name and short form the directory knows, marked ~ or ? or not, of every table, with its entry. */
    public Map<String, Entry> forms() {
        return java.util.Collections.unmodifiableMap(byAlias);
    }
}
