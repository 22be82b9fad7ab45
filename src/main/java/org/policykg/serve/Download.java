package org.policykg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * The tables a page shows, as a file: every saved query, browse list and search is
 * offered as CSV ({@link Csv}) and as an Excel workbook ({@link Xlsx}) from the same rows.
 * A cell keeps whether it is a number, so the workbook holds numbers that Excel sums,
 * while CSV writes the same text either way.
 */
final class Download {
    /** The two file forms, by the suffix of the address that asks for them. */
    enum Format {
        CSV(".csv"), XLSX(".xlsx");

        final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }

        /** The form a path names by its suffix, or null. */
        static Format of(String path) {
            for (Format f : values()) {
                if (path.endsWith(f.suffix)) {
                    return f;
                }
            }
            return null;
        }

        /** The path without this form's suffix. */
        String strip(String path) {
            return path.substring(0, path.length() - suffix.length());
        }
    }

    /** One cell: its text, and whether that text is a number (a numeric or year literal). */
    record Cell(String text, boolean number) {
        Cell {
            text = text == null ? "" : text;
        }

        static Cell text(String s) {
            return new Cell(s, false);
        }
    }

    private static final Set<String> NUMERIC = Set.of("integer", "decimal", "double", "float", "long", "int", "short",
            "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong",
            "unsignedInt", "unsignedShort", "unsignedByte", "gYear");

    private Download() {
    }

    /** A result term as a cell: a literal by its lexical form (a number when its datatype is one), an IRI as itself. */
    static Cell cell(Node n) {
        if (n == null) {
            return Cell.text("");
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            boolean number = dt != null && dt.startsWith(org.policykg.rdf.Vocab.XSD)
                    && NUMERIC.contains(dt.substring(org.policykg.rdf.Vocab.XSD.length()))
                    && n.getLiteralLexicalForm().strip().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
            return new Cell(n.getLiteralLexicalForm(), number);
        }
        return Cell.text(n.isURI() ? n.getURI() : "_:" + n.getBlankNodeLabel());
    }

    static List<Cell> texts(List<String> row) {
        return row.stream().map(Cell::text).toList();
    }

    /** Sends the rows (the first is the header) as {@code name} in the given form. */
    static void write(HttpServletResponse resp, Format format, String name, List<List<Cell>> rows) throws IOException {
        byte[] body = format == Format.CSV ? Csv.bytes(rows) : Xlsx.bytes(name, rows);
        resp.setStatus(200);
        resp.setContentType(format == Format.CSV ? "text/csv; charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + format.suffix + "\"; filename*=UTF-8''" + Html.pathSegment(name, false) + format.suffix);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
