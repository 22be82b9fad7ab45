package org.policykg.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policykg.ingest.InputException;
import org.policykg.ingest.PdfText;
import org.policykg.ingest.SourceReader;

/**
 * Inputs for measuring the forms documents come in: a PDF of N pages and a CSV of N rows, both
 * made of the seeds' texts. The PDF sets the texts' lines, wrapped at a printed page's width, 40
 * lines a page with a page number (— 3 —) at its foot; the CSV holds a seed's text per row. Each is
 * then extracted by {@link HeapBenchmark#measure} in a fresh JVM with a fixed heap.
 */
public final class FormsBenchmark {
    /** Characters on a line of an A4 page set in 12 pt (the width of a printed 公文 line is 28). */
    private static final int LINE = 38;
    private static final int LINES_PER_PAGE = 40;

    private FormsBenchmark() {
    }

    /** The seeds' texts, decoded. */
    static List<String> texts(Path seeds) throws IOException {
        List<String> out = new ArrayList<>();
        SourceReader r = new SourceReader();
        for (Path f : ExtractionBenchmark.seedFiles(seeds)) {
            try {
                out.add(r.read(f).text());
            } catch (InputException e) {
                throw new IOException(e.describe(), e);
            }
        }
        return out;
    }

    /** A PDF of {@code pages} pages; returns the characters of its extracted text. */
    public static long pdf(Path seeds, Path out, int pages) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String t : texts(seeds)) {
            for (String l : t.split("\n")) {
                String s = l.strip().replaceAll("[\\p{Cntrl}]", "");
                for (int i = 0; i < s.length(); i += LINE) {
                    lines.add(s.substring(i, Math.min(s.length(), i + LINE)));
                }
            }
        }
        List<List<String>> book = new ArrayList<>();
        int at = 0;
        for (int p = 1; p <= pages; p++) {
            List<String> page = new ArrayList<>();
            for (int k = 0; k < LINES_PER_PAGE; k++) {
                page.add(lines.get(at++ % lines.size()));
            }
            page.add("— " + p + " —");
            book.add(page);
        }
        FormFiles.pdf(out, book, null);
        try {
            return PdfText.pages(out).stream().mapToLong(s -> s.codePointCount(0, s.length())).sum();
        } catch (InputException e) {
            throw new IOException(e.describe(), e);
        }
    }

    /** A CSV of {@code rows} rows (标题, 链接, 正文), written as it goes; returns the characters of its text column. */
    public static long csv(Path seeds, Path out, int rows) throws IOException {
        List<String> texts = texts(seeds);
        long chars = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("标题", "链接", "正文");
            for (int i = 0; i < rows; i++) {
                String t = texts.get(i % texts.size());
                p.printRecord("", "https://example.org/doc/" + i, t);
                chars += t.codePointCount(0, t.length());
            }
        }
        return chars;
    }
}
