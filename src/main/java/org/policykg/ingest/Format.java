package org.policykg.ingest;

/** The input formats we read; detected from content, since every seed is a .txt. */
public enum Format {
    /** Markdown, including PDF conversions with headings and bold lines. */
    MARKDOWN("text/markdown"),
    /** A Jekyll post: YAML front matter, then Markdown with embedded HTML. */
    JEKYLL("text/markdown"),
    /** A whole HTML page (a saved portal page): its title, field table and main text, without the site chrome. */
    HTML("text/html"),
    /** A JSON record or array of records, as law databases export them, bare or wrapped in JavaScript ({@link JsData}). */
    JSON("application/json"),
    /** Plain text: one paragraph per line. */
    PLAIN("text/plain"),
    /** A PDF's text layer, page by page (running heads and page numbers are left out). */
    PDF("application/pdf"),
    /** A Word (.docx) file's paragraphs and tables, in order. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** A legacy Word (.doc) or WPS Office (.wps) file's paragraphs and tables, read as a .docx is. */
    DOC("application/msword"),
    /** An RTF file's paragraphs and table rows (portals often serve one named .doc), read as a .docx is. */
    RTF("application/rtf"),
    /** An OFD file's pages (GB/T 33190, China's fixed-layout format), read as a PDF's pages are. */
    OFD("application/ofd"),
    /** One row of a table of documents (CSV, TSV, XLSX, JSON Lines, a JSON array of records). */
    ROW("text/csv");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    private static final java.util.regex.Pattern MARKDOWN_SIGNS = java.util.regex.Pattern.compile(
            "(?m)^(#{1,6} |\\*\\*|!\\[|> |[-*] )|\\]\\(|\\*\\*[^*\\n]+\\*\\*");

    /** An object that opens with a key, or an array that opens with a value: not a Markdown link. */
    private static final java.util.regex.Pattern JSON_START = java.util.regex.Pattern.compile(
            "\\{\\s*[\"}]|\\[\\s*[\\[{\"\\]]");

    /**
     * A page's body saved without its html and head (a crawler's stored field, an editor's
     * export): it opens with a block element. Inline tags (p, span, a) are left to Markdown,
     * which may open with them.
     */
    private static final java.util.regex.Pattern PAGE_FRAGMENT = java.util.regex.Pattern.compile(
            "<(div|table|tbody|body|head|meta|center|section|article|main|form|font|style|link|title|template)[\\s>]");

    /**
     * A rich-text editor's cell saved as a file (a database's content column, a CMS post): paragraphs and headings
     * with no page around them (<p>为深入贯彻…</p><p align="left">一、总体目标</p>). A Markdown file may open with
     * such a tag too (<p align="center">), so it counts as a page only where no Markdown sign follows.
     */
    private static final java.util.regex.Pattern CELL_FRAGMENT = java.util.regex.Pattern.compile("<(p|h[1-6]|span|strong|b)[\\s>]");
    /** A cell fragment keeps opening and closing paragraph tags through its text, not one tag at its top. */
    private static final java.util.regex.Pattern CLOSED_PARAGRAPH = java.util.regex.Pattern.compile("</(p|h[1-6])>");
    /**
     * A break or space written out as characters (\\n, \\u3000): a cell flattened by its exporter, whose escapes and
     * paragraph tags the plain-text reading takes as the breaks and spaces they stand for (text.Normalizer#unescaped).
     */
    private static final java.util.regex.Pattern WRITTEN_ESCAPE = java.util.regex.Pattern.compile("\\\\(?:[nrt]|u[0-9a-fA-F]{4})");
    /** How many closed paragraphs make a text a cell of HTML. */
    private static final int CELL_PARAGRAPHS = 3;

    private static final java.util.regex.Pattern SAVED_PAGE_PREFIX = java.util.regex.Pattern.compile(
            "^(\\s*(<\\?xml[^>]*\\?>|<!--.*?-->))+\\s*", java.util.regex.Pattern.DOTALL);

    /** How a front matter kept in an HTML comment opens (<!--yml) and closes (a line -->). */
    static final String COMMENT_YAML = "<!--yml";
    static final String COMMENT_YAML_CLOSE = "\n-->";

    /**
     * Where front matter may open: after blank lines only (a blog generator's export, a Hexo post
     * saved with a leading newline), never after text.
     */
    static int frontMatterStart(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == ' '
                || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        return lineStart;
    }

    public static Format detect(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        int fm = frontMatterStart(head);
        if (head.startsWith("---\n", fm) || head.startsWith("---\r\n", fm)) {
            int close = head.indexOf("\n---", fm + 4);
            if (close > 0) {
                return JEKYLL;
            }
        }
        // A post converted by a crawler that keeps its front matter in a comment (<!--yml … -->), as
        // collections of translated articles do: the same YAML, other fences.
        if ((head.startsWith(COMMENT_YAML + "\n", fm) || head.startsWith(COMMENT_YAML + "\r\n", fm))
                && head.indexOf(COMMENT_YAML_CLOSE, fm + COMMENT_YAML.length()) > 0) {
            return JEKYLL;
        }
        String lead = head.stripLeading().toLowerCase(java.util.Locale.ROOT);
        // A saved page may open with an XML declaration or a browser's <!-- saved from url=… --> note.
        String page = SAVED_PAGE_PREFIX.matcher(lead).replaceFirst("");
        if (page.startsWith("<!doctype html") || page.startsWith("<html") || PAGE_FRAGMENT.matcher(page).lookingAt()) {
            return HTML;
        }
        if (JSON_START.matcher(lead).lookingAt() || JsData.payload(text) != null) {
            return JSON;
        }
        String sample = text.length() > 65536 ? text.substring(0, 65536) : text;
        boolean markdown = MARKDOWN_SIGNS.matcher(sample).find();
        if (!markdown && CELL_FRAGMENT.matcher(page).lookingAt() && !WRITTEN_ESCAPE.matcher(sample).find()
                && CLOSED_PARAGRAPH.matcher(sample).results().limit(CELL_PARAGRAPHS).count() == CELL_PARAGRAPHS) {
            return HTML;
        }
        return markdown ? MARKDOWN : PLAIN;
    }
}
