package org.policykg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.policykg.query.SavedQuery;
import org.policykg.rdf.Vocab;

/**
 * The SPARQL editor (YASGUI, served from the project's own jar): pointed at
 * /kg/sparql, with our prefixes, the saved queries as examples, and no
 * autocompletion that would call outside services.
 */
final class EditorServlet extends HttpServlet {
    private final Site site;

    EditorServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String wanted = req.getParameter("saved"); // not "query": YASGUI reads that one as a share link
        StringBuilder j = new StringBuilder("{\"endpoint\":\"/kg/sparql\",\"prefixes\":{");
        for (int i = 0; i < Vocab.PREFIXES.length; i++) {
            j.append(i > 0 ? "," : "").append(Html.jsonString(Vocab.PREFIXES[i][0])).append(':')
                    .append(Html.jsonString(Vocab.PREFIXES[i][1]));
        }
        j.append(",\"text\":\"http://jena.apache.org/text#\"},\"queries\":[");
        int n = 0;
        String open = null;
        for (SavedQuery q : site.queries().all()) {
            j.append(n++ > 0 ? "," : "").append("{\"name\":").append(Html.jsonString(q.name())).append(",\"title\":")
                    .append(Html.jsonString(q.titleZh())).append(",\"sparql\":").append(Html.jsonString(q.sparql())).append('}');
            if (q.name().equals(wanted)) {
                open = q.name();
            }
        }
        j.append("],\"open\":").append(open == null ? "null" : Html.jsonString(open)).append('}');
        StringBuilder b = new StringBuilder("<h1>SPARQL 编辑器 <small>Editor</small></h1>")
                .append("<p class=\"hint\">查询 <code>/kg/sparql</code>；默认图为所有文档图的并集。示例：")
                .append("<select id=\"examples\" aria-label=\"examples\"><option value=\"\">—</option>");
        for (SavedQuery q : site.queries().all()) {
            b.append("<option value=\"").append(Html.attr(q.name())).append("\">").append(Html.text(q.titleZh())).append("</option>");
        }
        b.append("</select><br><small>The default graph is the union of the document graphs; full text: ")
                .append("<code>?s text:query \"算力\"</code>.</small></p>")
                .append("<p class=\"hint\" id=\"row-cap\" data-max-rows=\"").append(site.maxRows()).append("\">每个查询最多返回 ")
                .append(String.format("%,d", site.maxRows())).append(" 行；被截断的结果会在此说明。 <small>A query returns at most ")
                .append(String.format("%,d", site.maxRows())).append(" rows; a cut result is flagged here and in the ")
                .append("<code>X-PolicyKG-Truncated</code> response header.</small></p>")
                .append("<p class=\"error\" id=\"truncated\" hidden></p><div id=\"yasgui\"></div>");
        Layout.write(resp, 200, "SPARQL", b.toString(), j.toString(), "/assets/lib/yasgui/yasgui.min.css",
                "/assets/lib/yasgui/yasgui.min.js", "/assets/editor.js");
    }
}
