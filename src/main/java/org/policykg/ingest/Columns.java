package org.policykg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which columns of a table of documents are the text, the title and the metadata fields. The text
 * and title columns may be named (--text-column, --title-column); otherwise, and for the fields,
 * the usual names are recognised from {@code json-fields.tsv} (标题/title, 正文/content/full_text,
 * 发布日期/成文日期/date, 链接/url, 发文机关/issuer, 文号/number …), the first of each kind winning.
 *
 * @param text  the text column's name as the header writes it, or null to guess
 * @param title the title column's name, or null to guess
 */
public record Columns(String text, String title) {
    public static final Columns GUESS = new Columns(null, null);

    /** A column shown in a row's document, and what it is. */
    record Shown(String column, Origin.Role role, JsonFields.Role field) {
    }

    /** The columns a table's rows show, title first, then the fields in the header's order, then the text. */
    List<Shown> resolve(String location, List<String> header) throws InputException {
        JsonFields names = JsonFields.standard();
        String textCol = named(location, header, text, "--text-column");
        String titleCol = named(location, header, title, "--title-column");
        List<Shown> fields = new ArrayList<>();
        for (String h : header) {
            Optional<JsonFields.Role> r = names.role(h);
            if (h.equals(textCol) || h.equals(titleCol) || r.isEmpty()) {
                continue;
            }
            switch (r.get()) {
                case TEXT, ARTICLE -> textCol = textCol == null ? h : textCol;
                case TITLE -> titleCol = titleCol == null ? h : titleCol;
                default -> {
                    if (r.get().isField() && fields.stream().noneMatch(f -> f.field() == r.get())) {
                        fields.add(new Shown(h, Origin.Role.FIELD, r.get()));
                    }
                }
            }
        }
        if (textCol == null) {
            throw new InputException(location, "table without a text column (name it with --text-column; the columns are "
                    + String.join(", ", header) + ")");
        }
        List<Shown> out = new ArrayList<>();
        if (titleCol != null) {
            out.add(new Shown(titleCol, Origin.Role.TITLE, JsonFields.Role.TITLE));
        }
        out.addAll(fields);
        out.add(new Shown(textCol, Origin.Role.TEXT, JsonFields.Role.TEXT));
        return out;
    }

    private static String named(String location, List<String> header, String name, String option) throws InputException {
        if (name == null) {
            return null;
        }
        if (!header.contains(name)) {
            throw new InputException(location, "no column named " + name + " (" + option + "; the columns are "
                    + String.join(", ", header) + ")");
        }
        return name;
    }
}
