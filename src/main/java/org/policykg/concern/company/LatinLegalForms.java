package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.reference.CompanyDirectory;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;

/**
 * Names registered in Latin letters with their legal form, as Hong Kong and foreign firms are
 * written in Chinese text: "Urban System Company Limited" (Companies Ordinance, Cap. 622: a company
 * limited by shares ends its name in Limited), "Example Tech Co., Ltd.", "Acme Inc.". The name is the
 * capitalised words before the form.
 */
final class LatinLegalForms {
    private static final Pattern NAME = Pattern.compile(
            "(?<![A-Za-z0-9&.'-])((?:[A-Z][A-Za-z0-9&'.-]*\\s+){1,6}"
                    + "(?:Company\\s+Limited|Co\\.,?\\s*Ltd\\.?|Limited|Ltd\\.|Inc\\.|LLC|GmbH|PLC))(?![A-Za-z0-9])");

    private LatinLegalForms() {
    }

    /** Adds the paragraph's Latin names with a legal form; returns where they stand. */
    static List<Range> find(Paragraph p, CompanyDirectory directory, Companies found) {
        String text = p.string();
        if (!text.contains("Limited") && !text.contains("Ltd") && !text.contains("Inc.") && !text.contains("LLC")
                && !text.contains("GmbH") && !text.contains("PLC")) {
            return List.of(); // most paragraphs hold no Latin legal form: no regex run
        }
        List<Range> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            found.add(name, directory.byAlias(name));
            out.add(new Range(m.start(1), m.end(1)));
        }
        return out;
    }
}
