package org.policykg.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.policykg.lexicon.CueWords;
import org.policykg.text.Tsv;

/**
 * The parts of a saved web page that are the document: its title, its field table and its main
 * text; everything else (navigation, breadcrumbs, footers, side columns, share buttons) is the
 * site's chrome. The names portals give these parts are data ({@code page-parts.tsv}); a page
 * naming none of them is read by text density: from the page's body down into the one child that
 * holds most of its text outside links, while one does.
 */
final class PageParts {
    /** A body container must hold this many characters outside links to be taken. */
    private static final int MIN_BODY = 20;
    /** Going down stops when no child holds this share of the text outside links. */
    private static final double DESCEND = 0.8;
    /** A block of at least this many links that is mostly link text is a list of links, not text. */
    private static final int LINK_LIST = 3;
    private static final double LINK_SHARE = 0.7;
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside");
    /** A page's header and footer elements are chrome, an article's own are not. */
    private static final Set<String> EDGE_TAGS = Set.of("header", "footer");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "select",
            "button", "input", "textarea", "iframe", "form");

    /** The names of page-parts.tsv by part. */
    record Names(List<String> body, List<String> fields, List<String> titles, Set<String> chrome, List<String> labels,
                 List<String> addresses) {
        static final Names STANDARD = load();

        private static Names load() {
            List<String> body = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            Set<String> chrome = new java.util.HashSet<>();
            List<String> addresses = new ArrayList<>();
            String res = "/org/policykg/ingest/page-parts.tsv";
            for (Tsv.Row r : Tsv.rows(res, 3, 3)) {
                String name = r.fields()[0].strip();
                switch (r.fields()[1].strip()) {
                    case "body" -> body.add(name.toLowerCase(Locale.ROOT));
                    case "fields" -> fields.add(name.toLowerCase(Locale.ROOT));
                    case "title" -> titles.add(name);
                    case "chrome" -> chrome.add(name.toLowerCase(Locale.ROOT));
                    case "address" -> addresses.add(name);
                    default -> throw new IllegalStateException(res + " line " + r.line() + ": unknown part " + r.fields()[1]);
                }
            }
            // The labels a field table writes are the metadata rules' own list, read from one place.
            List<String> labels = CueWords.standard().list("field-labels").stream().map(CueWords.Entry::word).toList();
            return new Names(List.copyOf(body), List.copyOf(fields), List.copyOf(titles), Set.copyOf(chrome), labels,
                    List.copyOf(addresses));
        }
    }

    /**
     * What a page's document is made of, each null when the page has none: the title as an element
     * (an h1 or the page's title) or as a meta element's content, the field table when it stands
     * outside the body, and the body.
     */
    record Parts(Element title, Element metaTitle, Element fields, Element body, Element address) {
    }

    private final Names names;
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    PageParts(Names names) {
        this.names = names;
    }

    /** The page's parts; throws when no text stands outside links and chrome. */
    Parts find(Document doc, String location) throws InputException {
        Element root = doc.body();
        if (root == null || clean(root) == 0) {
            throw new InputException(location, "web page without a text: only links, navigation and site chrome");
        }
        Element body = known(root, names.body(), MIN_BODY);
        if (body == null) {
            body = dense(root);
        }
        Element fields = known(root, names.fields(), 1);
        // A field table read apart from the body neither lies in it nor holds it.
        if (fields != null && (!hasLabel(fields) || inside(fields, body) || inside(body, fields))) {
            fields = null;
        }
        if (fields == null) {
            fields = labelledTable(root, body);
        }
        if (fields == null) {
            fields = infoLine(root, body);
        }
        if (fields == null) {
            // 发稿时间：2021/6/9 【字体：大 中 小】 alone over the text: a short line with a field label, right before the body
            Element before = previous(body);
            if (before != null && squeeze(before.text()).length() <= INFO_BEFORE_BODY && labelled(squeeze(before.text())) >= 1) {
                fields = before;
            }
        }
        Element title = null;
        Element meta = null;
        Element h1 = first(root, "h1");
        if (h1 != null && !inside(h1, body) && (fields == null || !inside(h1, fields))) {
            title = h1;
        } else if (h1 == null) {
            meta = metaTitle(doc);
            if (meta == null) {
                Element t = doc.head() == null ? null : doc.head().selectFirst("title");
                title = t != null && !t.text().isBlank() ? t : null;
            }
            if (meta == null && title == null) {
                title = headline(fields != null && previous(body) == fields ? fields : body);
            }
        }
        String opening = squeeze(body.text());
        String named = title != null ? squeeze(title.text()) : meta != null ? squeeze(meta.attr("content")) : "";
        if (!named.isEmpty() && opening.startsWith(cut(named))) {
            title = null; // the body opens with its title: said once
            meta = null;
        }
        return new Parts(title, meta, fields, body, metaAddress(doc));
    }

    /** A page title's text before the site's name (关于…的通知_XX市人民政府). */
    static String cut(String title) {
        int at = title.length();
        for (String sep : new String[] {"_", "|", " - ", "－", "——"}) {
            int i = title.indexOf(sep);
            if (i > 0 && i < at) {
                at = i;
            }
        }
        return title.substring(0, at).strip();
    }

    /** Whether an element is site chrome: by tag, or an id or class from the list. */
    boolean chrome(Element e) {
        String tag = e.normalName();
        if (CHROME_TAGS.contains(tag) || SKIP.contains(tag)) {
            return true;
        }
        if (EDGE_TAGS.contains(tag) && e.closest("article, main") == null) {
            return true;
        }
        for (String token : tokens(e)) {
            if (names.chrome().contains(token)) {
                return true;
            }
            for (String part : token.split("[-_]")) {
                if (!part.equals(token) && names.chrome().contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A block that is a list of links (related links, a site map), not text. */
    boolean linkList(Element e) {
        int[] c = count(e);
        return e.select("a[href]").size() >= LINK_LIST && c[1] >= LINK_SHARE * (c[0] + c[1]);
    }

    private static List<String> tokens(Element e) {
        List<String> out = new ArrayList<>();
        if (!e.id().isEmpty()) {
            out.add(e.id().toLowerCase(Locale.ROOT));
        }
        for (String c : e.classNames()) {
            out.add(c.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The element with a name of the list (earliest name first) holding the most text, or null. */
    private Element known(Element root, List<String> list, int min) {
        for (String name : list) {
            Element best = null;
            int most = min - 1;
            for (Element e : root.getAllElements()) {
                if (tokens(e).contains(name) && !inChrome(e, root) && clean(e) > most) {
                    best = e;
                    most = clean(e);
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** Down from the root into the child that holds most of its text, while one holds nearly all. */
    private Element dense(Element root) {
        Element at = root;
        while (true) {
            int all = clean(at);
            Element next = null;
            for (Element c : at.children()) {
                if (!chrome(c) && clean(c) >= DESCEND * all) {
                    next = c;
                }
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
    }

    /** The first table outside the body whose cells open with two field labels (索引号, 发文字号 …). */
    private Element labelledTable(Element root, Element body) {
        for (Element t : root.select("table")) {
            if (inside(t, body) || inside(body, t) || inChrome(t, root) || !t.select("table table").isEmpty()) {
                continue;
            }
            int labels = 0;
            for (Element cell : t.select("td, th")) {
                String s = squeeze(cell.text());
                if (names.labels().stream().anyMatch(s::startsWith)) {
                    labels++;
                }
            }
            if (labels >= 2) {
                return t;
            }
        }
        return null;
    }

    private boolean hasLabel(Element e) {
        String s = squeeze(e.text());
        return names.labels().stream().anyMatch(s::contains);
    }

    /** The meta element giving the page's own address (政府网站发展指引's Url), when its content is a web address. */
    Element metaAddress(Document doc) {
        var metas = doc.select("meta[name]");
        for (String name : names.addresses()) {
            for (Element m : metas) {
                if (name.equalsIgnoreCase(m.attr("name")) && m.attr("content").strip().matches("https?://\\S+")) {
                    return m;
                }
            }
        }
        return null;
    }

    private Element metaTitle(Document doc) {
        for (String name : names.titles()) {
            for (Element m : doc.select("meta")) {
                if ((name.equalsIgnoreCase(m.attr("name")) || name.equalsIgnoreCase(m.attr("property")))
                        && !m.attr("content").isBlank()) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The line under a page's title that a CMS writes outside the article's container (发表时间：… 信息来源：… 浏览量：…):
     * the smallest element outside the body and the chrome whose short text holds two field labels, each with its colon.
     */
    private Element infoLine(Element root, Element body) {
        for (Element e : root.getAllElements()) {
            int[] c = count(e);
            if (e == root || c[0] + c[1] > INFO_LINE || c[0] == 0 || inside(e, body) || inside(body, e) || inChrome(e, root)) {
                continue; // the cached counts first: a block's text is squeezed only when it is short
            }
            String s = squeeze(e.text());
            if (s.length() <= INFO_LINE && labelled(s) >= 2 && e.children().stream().noneMatch(k -> labelled(squeeze(k.text())) >= 2)) {
                return e;
            }
        }
        return null;
    }

    /** How long a line with one field label right over the body may be (发稿时间：2021/6/9 【字体：大 中 小】). */
    private static final int INFO_BEFORE_BODY = 60;
    /** How long a headline set in a plain block may be. */
    private static final int HEADLINE = 80;

    /** The element before this one among its siblings that shows text (a logo's image or an empty block passed over). */
    private Element previous(Element e) {
        for (Element at = e.previousElementSibling(); at != null; at = at.previousElementSibling()) {
            if (!chrome(at) && !squeeze(at.text()).isEmpty()) {
                return at;
            }
        }
        return null;
    }

    /**
     * A page with no h1, no title meta and an empty title element (a firm's news page: its headline in a div over
     * the date line and the text): the short block right over them, one line without a sentence's end, is the headline.
     */
    private Element headline(Element under) {
        Element h = previous(under);
        if (h == null || linkList(h) || crumbs(h) || !h.select("a[href]").isEmpty()) {
            return null;
        }
        String s = squeeze(h.text());
        return s.length() <= HEADLINE && s.indexOf('。') < 0 && labelled(s) == 0 ? h : null;
    }

    /** How long the info line under a title may be. */
    private static final int INFO_LINE = 160;

    /** How many colons of a short text close a field label (发表时间：, 信息来源：). */
    private int labelled(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '：' || c == ':') {
                String before = s.substring(0, i);
                if (names.labels().stream().anyMatch(before::endsWith)) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * A breadcrumb trail (您当前所在的位置：首页 > 政务服务 > …): links in a row with only separators and a short
     * label ending in a colon between them. Some portals set it in an h1, which is then no title.
     */
    private boolean crumbs(Element e) {
        if (e.select("a[href]").size() < 2) {
            return false;
        }
        StringBuilder own = new StringBuilder();
        for (TextNode t : e.textNodes()) {
            own.append(t.getWholeText());
        }
        String rest = squeeze(own.toString()).replaceAll("[>›»/|＞]", "");
        return rest.isEmpty() || rest.length() <= CRUMB_LABEL && (rest.endsWith("：") || rest.endsWith(":"));
    }

    /** How long a breadcrumb's label (您当前所在的位置：) may be. */
    private static final int CRUMB_LABEL = 12;

    /** The first such element with text outside links (a site's logo is a heading linking home), not a breadcrumb. */
    private Element first(Element root, String tag) {
        for (Element e : root.select(tag)) {
            if (!inChrome(e, root) && clean(e) > 0 && !crumbs(e)) {
                return e;
            }
        }
        return null;
    }

    private boolean inChrome(Element e, Element root) {
        for (Element at = e; at != null && at != root; at = at.parent()) {
            if (chrome(at)) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(Element e, Element container) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    /** Characters outside links and chrome, not counting white space. */
    int clean(Element e) {
        return count(e)[0];
    }

    /** [characters outside links, characters in links], chrome and white space left out. */
    private int[] count(Element e) {
        int[] c = counts.get(e);
        if (c != null) {
            return c;
        }
        c = new int[2];
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                c[e.closest("a") != null ? 1 : 0] += visible(t.getWholeText());
            } else if (n instanceof Element ch && !chrome(ch)) {
                int[] k = count(ch);
                c[0] += k[0];
                c[1] += k[1];
            }
        }
        counts.put(e, c);
        return c;
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u00a0' && ch != '\u3000') {
                n++;
            }
        }
        return n;
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
