package org.policykg.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.recognize.AgencyMention;
import org.policykg.reference.Agency;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Short forms a document defines for a body and uses afterwards: "市数据资源管理局（以下简称市数据局）",
 * "区新型工业化推进工作领导小组办公室（以下简称“区新型工业化办”）". Later mentions of the short form name that body,
 * whatever the grammar would make of it alone (市数据局 is no 株洲市数据局), and a form the grammar does not know at all
 * (区新型工业化办) names it too — as 办法/条例 and 实施方案 write their 主管部门 and 责任单位.
 */
final class DefinedAgencies {
    /** Right after an agency: (以下简称X), (下称X), (简称X), the short form quoted or not. */
    private static final Pattern DEFINITION = Pattern.compile(
            "[(（](?:以下简称|以下称|下称|简称)[:：为]?[“\"‘]?(?<alias>\\p{IsHan}{2,12}?)[”\"’]?[)）]");

    /** A body and where its definition's bracket ends. */
    private record Definition(AgencyMention mention, int end) {
    }

    private DefinedAgencies() {
    }

    /** {@code mentions} with the uses of every short form a paragraph of {@code ps} defines for an agency. */
    static List<AgencyMention> apply(List<Paragraph> ps, List<AgencyMention> mentions) {
        Map<String, Definition> defined = new LinkedHashMap<>();
        for (AgencyMention m : mentions) {
            String text = ps.get(m.paragraph()).string();
            // The mention may already hold the bracket (a name's parenthesis is read with it).
            int open = m.range().start();
            while (open < m.range().end() && text.charAt(open) != '(' && text.charAt(open) != '（') {
                open++;
            }
            if (open < text.length() && (text.charAt(open) == '(' || text.charAt(open) == '（')) {
                Matcher d = DEFINITION.matcher(text).region(open, Math.min(text.length(), open + 24));
                if (d.lookingAt() && m.agency().isAgency() && !m.surface().startsWith(d.group("alias"))) {
                    defined.putIfAbsent(d.group("alias"), new Definition(m, d.end()));
                }
            }
        }
        if (defined.isEmpty()) {
            return mentions;
        }
        // Each use is checked against its own paragraph's mentions only, so a long text's many mentions are not walked per use.
        Map<Integer, List<AgencyMention>> byParagraph = new TreeMap<>();
        for (AgencyMention m : mentions) {
            byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, Definition> e : defined.entrySet()) {
            String alias = e.getKey();
            AgencyMention def = e.getValue().mention();
            Agency body = def.agency();
            for (int p = def.paragraph(); p < ps.size(); p++) {
                String text = ps.get(p).string();
                for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length())) {
                    int start = at;
                    int end = at + alias.length();
                    if (p == def.paragraph() && start < e.getValue().end()) {
                        continue; // the definition itself
                    }
                    List<AgencyMention> here = byParagraph.computeIfAbsent(p, k -> new ArrayList<>());
                    // A longer name that holds the short form (市数据局 in 省市数据局?) keeps its own reading.
                    boolean longer = here.stream().anyMatch(m -> m.range().start() < end
                            && m.range().end() > start && (m.range().start() < start || m.range().end() > end));
                    if (longer) {
                        continue;
                    }
                    here.removeIf(m -> m.range().start() >= start && m.range().end() <= end);
                    here.add(new AgencyMention(p, new Range(start, end), body, alias));
                }
            }
        }
        List<AgencyMention> out = new ArrayList<>(mentions.size());
        for (List<AgencyMention> here : byParagraph.values()) {
            here.sort(Comparator.comparingInt(m -> m.range().start()));
            out.addAll(here);
        }
        return out;
    }
}
