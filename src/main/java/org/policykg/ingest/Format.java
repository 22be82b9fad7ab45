package org.policykg.ingest;

/** The input formats we read; detected from content, since every seed is a .txt. */
public enum Format {
    /** Markdown, including PDF conversions with headings and bold lines. */
    MARKDOWN("text/markdown"),
    /** A Jekyll post: YAML front matter, then Markdown with embedded HTML. */
    JEKYLL("text/markdown"),
    /** An HTML page. */
    HTML("text/html"),
    /** A JSON record or array of records, as law databases export them. */
    JSON("application/json"),
    /** Plain text: one paragraph per line. */
    PLAIN("text/plain");

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
        String lead = head.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (lead.startsWith("<!doctype html") || lead.startsWith("<html")) {
            return HTML;
        }
        if (JSON_START.matcher(lead).lookingAt()) {
            return JSON;
        }
        return MARKDOWN_SIGNS.matcher(text.length() > 65536 ? text.substring(0, 65536) : text).find()
                ? MARKDOWN : PLAIN;
    }
}
