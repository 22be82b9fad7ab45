package org.policykg.ingest;

import java.util.Objects;
import org.policykg.text.MappedText;
import org.policykg.text.Span;

/**
 * One decoded input file. {@link #text()} is the original text (BOM removed);
 * evidence offsets are code points into it.
 */
public final class Source {
    private final String name;
    private final String location;
    private final String text;
    private final String sha256;
    private final String encoding;
    private final String file;
    private final Origin origin;
    /** Code point offset of each UTF-16 index, or null when the text has no surrogates. */
    private final int[] codePointAt;
    private final int codePointLength;

    public Source(String name, String location, String text, String sha256, String encoding) {
        this(name, name, location, text, sha256, encoding, null);
    }

    /**
     * A document taken from a file of another form: {@code name} names the document (a table's row
     * is {@code FILE#row-N}), {@code file} the file it is in, {@code origin} where its text stands there.
     */
    public Source(String name, String file, String location, String text, String sha256, String encoding,
                  Origin origin) {
        this.file = Objects.requireNonNull(file);
        this.origin = origin;
        this.name = Objects.requireNonNull(name);
        this.location = Objects.requireNonNull(location);
        this.text = Objects.requireNonNull(text);
        this.sha256 = Objects.requireNonNull(sha256);
        this.encoding = Objects.requireNonNull(encoding);
        int[] map = null;
        int cps = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                map = new int[text.length() + 1];
                int cp = 0;
                for (int k = 0; k < text.length(); k++) {
                    map[k] = cp;
                    if (!(Character.isHighSurrogate(text.charAt(k)) && k + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(k + 1)))) {
                        cp++;
                    }
                }
                map[text.length()] = cp;
                cps = cp;
                break;
            }
        }
        this.codePointAt = map;
        this.codePointLength = cps;
    }

    /** Builds a source from text alone (tests, and documents already in memory). */
    public static Source of(String name, String text) {
        return new Source(name, name, text, Decoder.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "UTF-8");
    }

    /** The document's name: what IRIs are made from; the file name unless the file holds many documents. */
    public String name() {
        return name;
    }

    /** The file the document is in: what pol:sourceFile says. */
    public String file() {
        return file;
    }

    /** Where the text stands in a PDF, a Word file or a table; null when the text is the decoded file. */
    public Origin origin() {
        return origin;
    }

    /** Where a span of the text is in the original: page or row and column, and offsets there. */
    public Origin.Location locate(Span span) {
        if (origin == null) {
            return new Origin.Location(span, 0, 0, null, span.start(), span.end());
        }
        return origin.locate(span);
    }

    /** The path as given, for messages. */
    public String location() {
        return location;
    }

    public String text() {
        return text;
    }

    public String sha256() {
        return sha256;
    }

    public String encoding() {
        return encoding;
    }

    public int codePointLength() {
        return codePointLength;
    }

    /** Code point offset of a UTF-16 index into {@link #text()}. */
    public int codePoint(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }

    /** UTF-16 index of a code point offset. */
    public int utf16(int codePoint) {
        return codePointAt == null ? codePoint : text.offsetByCodePoints(0, codePoint);
    }

    /** The original text of a span: what every evidence quote must equal. */
    public String quote(Span span) {
        return text.substring(utf16(span.start()), utf16(span.end()));
    }

    /** Source-mapped text of UTF-16 range {@code [start, end)}. */
    public MappedText mapped(int start, int end) {
        MappedText.Builder b = MappedText.builder();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int cp = codePoint(i);
            b.append(c, cp, cp + 1);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return location;
    }
}
