package org.policykg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;

/** The frame every HTML page shares: head, navigation with the search box, footer. */
final class Layout {
    private Layout() {
    }

    /**
     * Writes a whole page. {@code title} is plain text (escaped here); {@code body} is
     * HTML built with {@link Html}; {@code data} is a JSON object for the page's script
     * (already made safe with {@link Html#jsonString}) or null; {@code scripts} are
     * paths under /assets.
     */
    static void write(HttpServletResponse resp, int status, String title, String body, String data, String... scripts)
            throws IOException {
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text(title)).append(" · PolicyKG</title>")
                .append("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/site.css\">");
        for (String s : scripts) {
            if (s.endsWith(".css")) {
                b.append("<link rel=\"stylesheet\" href=\"").append(Html.url(s)).append("\">");
            }
        }
        b.append("</head><body><header class=\"top\"><nav>")
                .append("<a class=\"brand\" href=\"/\">PolicyKG</a>")
                .append("<a href=\"/browse/policies\">政策 <small>Policies</small></a>")
                .append("<a href=\"/browse\">浏览 <small>Browse</small></a>")
                .append("<a href=\"/compare\">比较 <small>Compare</small></a>")
                .append("<a href=\"/queries\">保存的查询 <small>Queries</small></a>")
                .append("<a href=\"/editor\">SPARQL</a>")
                .append("<a href=\"/dumps\">数据下载 <small>Data</small></a>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"搜索标签、标题、原文 Search\" aria-label=\"搜索 Search\">")
                .append("<button type=\"submit\">搜索</button></form></nav></header>\n<main>")
                .append(body)
                .append("</main><footer>PolicyKG · <a href=\"/kg/sparql\">SPARQL endpoint</a> · ")
                .append("<a href=\"/void.ttl\">VoID</a></footer>");
        if (data != null) {
            b.append("<script type=\"application/json\" id=\"page-data\">").append(data).append("</script>");
        }
        for (String s : scripts) {
            if (s.endsWith(".js")) {
                b.append("<script src=\"").append(Html.url(s)).append("\" defer></script>");
            }
        }
        b.append("</body></html>\n");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** A plain error page. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        write(resp, status, String.valueOf(status), "<h1>" + status + "</h1><p>" + Html.text(message) + "</p>", null);
    }
}
