package org.policykg.ingest;

/** The input formats we read; detected from content, since every seed is a .txt. */
public enum Format {
    /** Markdown, including PDF conversions with headings and bold lines. */
    MARKDOWN("text/markdown"),
    /** A Jekyll post: YAML front matter, then Markdown with embedded HTML. */
    JEKYLL("text/markdown"),
    /** An HTML page. */
    HTML("text/html"),
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

    public static Format detect(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
            int close = head.indexOf("\n---", 4);
            if (close > 0) {
                return JEKYLL;
            }
        }
        String lead = head.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (lead.startsWith("<!doctype html") || lead.startsWith("<html")) {
            return HTML;
        }
        return MARKDOWN_SIGNS.matcher(text.length() > 65536 ? text.substring(0, 65536) : text).find()
                ? MARKDOWN : PLAIN;
    }
}
