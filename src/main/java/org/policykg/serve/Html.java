package org.policykg.serve;

import java.net.URI;
import java.util.Locale;

/**
 * Escaping for each place a value lands in a page. Every string that comes from the
 * graph or the request goes through one of these; nothing else is written raw.
 */
public final class Html {
    private Html() {
    }

    /** Text content of an element. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A quoted attribute value (always written in double quotes). */
    public static String attr(String s) {
        return text(s);
    }

    /**
     * A link target: a path on this site (starting with one '/') or an absolute http(s)
     * URL. Anything else (javascript:, data:, protocol-relative //host) becomes "#".
     */
    public static String url(String s) {
        if (s == null || s.isEmpty()) {
            return "#";
        }
        if (s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\")) {
            return attr(s);
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getRawAuthority() != null) {
                // Quotes are legal in a URL but have no business there: percent-encode them.
                return attr(u.toASCIIString().replace("'", "%27").replace("\"", "%22"));
            }
        } catch (java.net.URISyntaxException e) {
            // not a URL: fall through
        }
        return "#";
    }

    /**
     * A JSON string literal safe inside {@code <script type="application/json">}: no
     * {@code </script>}, no HTML comment openers, no line separators that end JS strings.
     */
    public static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\'' -> b.append("\\u0027");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A path segment of a URL (percent-encoded UTF-8; '/' kept for resource paths when asked). */
    public static String pathSegment(String s, boolean keepSlash) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || (keepSlash && c == '/')) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /** A query-string value. */
    public static String queryValue(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
