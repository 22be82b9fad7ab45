package org.policykg.ingest;

import java.util.List;
import java.util.Objects;
import org.policykg.text.Span;

/**
 * Where a source's text comes from when the original is not one text file: the pages of a PDF
 * (each page's extracted text, one after another), the cells of one row of a table of documents,
 * or the text extracted from a Word file. A {@link Source}'s offsets count in its own text; an
 * origin turns them into the place a reader of the original finds them ({@link #locate}).
 *
 * @param format the form the text was taken from, which says how it is read into blocks
 * @param parts  the pages or cells, in the order of the source's text; empty when the source's
 *               text is itself the original (a Word file's extracted text)
 */
public record Origin(Format format, List<Part> parts) {
    public Origin {
        Objects.requireNonNull(format);
        parts = List.copyOf(parts);
    }

    /** What a part of a row is shown as. */
    public enum Role { PAGE, TITLE, FIELD, TEXT }

    /**
     * A page or a cell: code points {@code [start, end)} of the source's text.
     *
     * @param page   1-based page number, 0 for a cell
     * @param row    1-based record number of the table (the header is record 1), 0 for a page
     * @param column the column's name as the header writes it, null for a page
     * @param label  a field's label shown before its value (the header, or the usual label), or null
     * @param sheet  the sheet of an XLSX workbook the cell is on, from 1; 0 for other forms
     */
    public record Part(int start, int end, Role role, int page, int row, String column, String label, int sheet) {
        public Part {
            Objects.requireNonNull(role);
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("part [" + start + "," + end + ")");
            }
        }

        /** A page, or a cell of a file that is one table. */
        public Part(int start, int end, Role role, int page, int row, String column, String label) {
            this(start, end, role, page, row, column, label, 0);
        }
    }

    /**
     * Where a span is in the original.
     *
     * @param span  the part of the source's span that lies in the original part (a span across two
     *              cells is cut at the first cell's end: cells are not next to each other in the file)
     * @param start offset in code points within the page's extracted text or the cell, inclusive; a
     *              span running on past a page's end counts on into the pages after it
     * @param sheet the workbook's sheet (from 1), 0 when the original is not a workbook
     */
    public record Location(Span span, int page, int row, String column, int start, int end, int sheet) {
        public Location(Span span, int page, int row, String column, int start, int end) {
            this(span, page, row, column, start, end, 0);
        }
    }

    /** The place of a span; a span outside every part stays as it is. */
    public Location locate(Span s) {
        Part p = partAt(s.start());
        if (p == null) {
            return new Location(s, 0, 0, null, s.start(), s.end());
        }
        int end = p.role() == Role.PAGE ? s.end() : Math.min(s.end(), p.end());
        Span inside = new Span(s.start(), Math.max(s.start(), end));
        return new Location(inside, p.page(), p.row(), p.column(), s.start() - p.start(), inside.end() - p.start(), p.sheet());
    }

    /** The part holding code point {@code at} (or ending there, for an empty span at a part's end). */
    Part partAt(int at) {
        int lo = 0;
        int hi = parts.size() - 1;
        Part found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Part p = parts.get(mid);
            if (p.start() <= at) {
                found = p;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && at <= found.end() ? found : null;
    }
}
