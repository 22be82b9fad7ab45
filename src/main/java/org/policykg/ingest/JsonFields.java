package org.policykg.ingest;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policykg.text.Tsv;

/**
 * The keys of a JSON record the {@link JsonReader} shows, read from {@code json-fields.tsv}
 * beside this class (key, role, note): the words are data, the reader holds the logic.
 */
final class JsonFields {
    /** The part of a document a key's value is. */
    enum Role {
        TITLE, URL, DATE, INFORCE, HISTORY, NUMBER, PUBLISHER, ISSUER, CATEGORY, LEVEL, ARTICLE, TEXT, CHAPTER,
        /**
         * A catalogue's digest of the policy a record describes (summary): shown as the body when the
         * record holds no text of its own; never a table's text column.
         */
        DIGEST,
        /** A catalogue's list of what the policy offers (benefits, 支持内容): shown as {@link #DIGEST}, under its label. */
        OFFERS,
        /**
         * The site a crawler took the page from (source: 生态环境部): not shown as a line of the text, kept in the
         * front matter as {@code site}, the page's publisher when the text names none.
         */
        SITE,
        /** Not a part: the thing a web API names its keys after (policyTitle), see {@link #role}. */
        PREFIX;

        /** Shown as a labelled field line (LABEL：value). */
        boolean isField() {
            return this == URL || this == DATE || this == INFORCE || this == HISTORY || this == NUMBER
                    || this == PUBLISHER || this == ISSUER;
        }

        /**
         * The label a field line of this role is shown under when its key is not Chinese (documentNumber,
         * LawHistories): the one the metadata and policy rules read (field-labels.tsv, policy-links.tsv),
         * as a portal prints it. A Chinese key is shown as written.
         */
        String label() {
            return switch (this) {
                case URL -> "原文链接";
                case DATE -> "发布日期";
                case INFORCE -> "施行日期";
                case HISTORY -> "沿革";
                case NUMBER -> "发文字号";
                case PUBLISHER -> "发文机关";
                case ISSUER -> "制定机关";
                case OFFERS -> "支持内容";
                default -> throw new IllegalStateException(this + " is not a field");
            };
        }
    }

    private static final JsonFields STANDARD = load("/org/policykg/ingest/json-fields.tsv");

    private final Map<String, Role> roles;

    private JsonFields(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    static JsonFields standard() {
        return STANDARD;
    }

    /** The role of a key as written (traditional or simplified, any case), if it is listed. */
    Optional<Role> role(String key) {
        String k = fold(key);
        Role r = roles.get(k);
        if (r == null) {
            // policyTitle: a listed prefix followed by a listed key (the longest prefix first).
            for (int i = k.length() - 1; i > 0; i--) {
                if (roles.get(k.substring(0, i)) == Role.PREFIX) {
                    r = roles.get(k.substring(i));
                    break;
                }
            }
        }
        return r == null || r == Role.PREFIX ? Optional.empty() : Optional.of(r);
    }

    /** Simplified characters, lower case, no spaces, underscores or hyphens. */
    static String fold(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        return k.chars().anyMatch(c -> c >= 0x3400) ? ZhConverterUtil.toSimple(k) : k;
    }

    private static JsonFields load(String name) {
        Map<String, Role> out = new HashMap<>();
        for (Tsv.Row row : Tsv.rows(name, 3, 3)) {
            String[] cols = row.fields();
            Role role = Role.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
            if (out.put(fold(cols[0]), role) != null) {
                throw new IllegalStateException(name + ":" + row.line() + ": key listed twice: " + cols[0]);
            }
        }
        return new JsonFields(out);
    }
}
