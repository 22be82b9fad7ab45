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
 * Inputs for measuring the forms documents come in, all made of the seeds' texts, each beside the
 * same characters as plain text: a PDF of N pages (the texts' lines wrapped at a printed page's
 * width, 40 lines a page, a page number — 3 — at its foot) and a Word file of the same lines, each
 * against its text as one plain file; a CSV, an XLS and an XLSX of N rows (a seed's text a row),
 * each against its rows' texts as N plain files. Every input is extracted by
 * {@link HeapBenchmark#measure} in a fresh JVM with a fixed heap, round after round, the order
 * reversed each round, so that other work on the machine falls on a form and its text alike.
 */
public final class FormsBenchmark {
    /** The forms measured, in the order they are reported. */
    public static final List<String> FORMS = List.of("pdf", "docx", "csv", "xls", "xlsx");
    /** Excel's limit on a cell's characters: a longer seed is cut at a line end before it, in every table form alike. */
    private static final int CELL = 32_767;

    /**
     * One input: its form, the file, its documents and characters (of its text layer, or of its rows'
     * text cells), and the same characters as plain text (a file, or a folder of a file a row).
     */
    public record Input(String form, String name, Path file, int documents, long characters, Path text) {
    }

    /** One input's runs: the form's and its plain text's, a run a round. */
    public record Measured(Input input, List<HeapBenchmark.Result> form, List<HeapBenchmark.Result> text) {
        public Measured {
            form = List.copyOf(form);
            text = List.copyOf(text);
        }

        public double formSeconds() {
            return median(form, r -> r.millis() / 1000.0);
        }

        public double textSeconds() {
            return median(text, r -> r.millis() / 1000.0);
        }

        /**
         * The form's rate over its text's, the median of each round's ratio: a round runs the two
         * within minutes of each other, so the machine's load, which swings between rounds, cancels.
         */
        public double ratio() {
            return pairedRatio(form.stream().mapToDouble(HeapBenchmark.Result::millis).toArray(),
                    text.stream().mapToDouble(HeapBenchmark.Result::millis).toArray());
        }

        public long peakHeap() {
            return form.stream().mapToLong(HeapBenchmark.Result::peakUsed).max().orElse(-1);
        }

        public long peakAfterGc() {
            return form.stream().mapToLong(HeapBenchmark.Result::peakAfterGc).max().orElse(-1);
        }

        public double load() {
            List<HeapBenchmark.Result> all = new ArrayList<>(form);
            all.addAll(text);
            return median(all, HeapBenchmark.Result::load);
        }

        public boolean ok() {
            return form.stream().allMatch(HeapBenchmark.Result::ok) && text.stream().allMatch(HeapBenchmark.Result::ok);
        }
    }

    /**
     * The median over rounds of text time / form time (the form's rate over its text's), NaN without text runs.
     * A round whose time is not above zero is left out: with the JIT's CPU taken away, a run of a few rows can
     * be shorter than the CPU clock's tick (10 ms) and read 0, which is no rate.
     */
    static double pairedRatio(double[] form, double[] text) {
        int n = Math.min(form.length, text.length);
        double[] r = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (form[i] > 0 && text[i] > 0) {
                r[k++] = text[i] / form[i];
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        r = java.util.Arrays.copyOf(r, k);
        n = k;
        java.util.Arrays.sort(r);
        return n % 2 == 1 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
    }

    static double median(List<HeapBenchmark.Result> runs, java.util.function.ToDoubleFunction<HeapBenchmark.Result> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Writes the inputs of {@code forms} (names from {@link #FORMS}) into {@code dir}. */
    public static List<Input> write(Path seeds, Path dir, List<String> forms, int pages, int rows) throws IOException {
        Files.createDirectories(dir);
        List<Input> out = new ArrayList<>();
        List<String> lines = pageLines(seeds, pages);
        for (String form : FORMS) {
            if (!forms.contains(form)) {
                continue;
            }
            switch (form) {
                case "pdf" -> {
                    Path pdf = dir.resolve("bench.pdf");
                    pdf(lines, pdf, pages);
                    String layer;
                    try {
                        layer = String.join("", PdfText.pages(pdf));
                    } catch (InputException e) {
                        throw new IOException(e.describe(), e);
                    }
                    Path text = dir.resolve("bench-pdf.txt");
                    Files.writeString(text, layer, StandardCharsets.UTF_8);
                    out.add(new Input(form, "PDF, " + pages + " pages", pdf, 1, layer.codePointCount(0, layer.length()), text));
                }
                case "docx" -> {
                    List<String> body = lines.subList(0, pages * LINES_PER_PAGE);
                    Path docx = dir.resolve("bench.docx");
                    FormFiles.docx(docx, body);
                    String joined = String.join("\n", body) + "\n";
                    Path text = dir.resolve("bench-docx.txt");
                    Files.writeString(text, joined, StandardCharsets.UTF_8);
                    out.add(new Input(form, "DOCX, " + pages * LINES_PER_PAGE + " lines", docx, 1,
                            body.stream().mapToLong(l -> l.codePointCount(0, l.length())).sum(), text));
                }
                default -> {
                    List<String> texts = rowTexts(seeds);
                    Path file = dir.resolve("bench." + form);
                    long chars = switch (form) {
                        case "csv" -> csv(texts, file, rows);
                        case "xls" -> {
                            FormFiles.xls(file, table(texts, rows));
                            yield characters(texts, rows);
                        }
                        case "xlsx" -> {
                            FormFiles.xlsx(file, table(texts, rows));
                            yield characters(texts, rows);
                        }
                        default -> throw new IllegalArgumentException("no form " + form + " (forms: " + FORMS + ")");
                    };
                    Path folder = dir.resolve("rows-" + rows);
                    if (!Files.isDirectory(folder)) {
                        Files.createDirectories(folder);
                        for (int i = 0; i < rows; i++) {
                            Files.writeString(folder.resolve(String.format("row-%05d.txt", i + 2)), texts.get(i % texts.size()),
                                    StandardCharsets.UTF_8);
                        }
                    }
                    out.add(new Input(form, form.toUpperCase(java.util.Locale.ROOT) + ", " + rows + " rows", file, rows, chars, folder));
                }
            }
        }
        return out;
    }

    /**
     * Extracts each input and, unless {@code withText} is false, its plain text, {@code rounds}
     * times, in a fresh JVM each; the order is reversed every other round. {@code progress} hears of
     * each run as it ends.
     */
    public static List<Measured> measure(HeapBenchmark.Setup setup, List<Input> inputs, int rounds, boolean withText,
                                         Path dir, java.util.function.Consumer<String> progress)
            throws IOException, InterruptedException {
        // The table forms share one folder of their rows' texts: it runs once a round.
        java.util.LinkedHashSet<Path> unique = new java.util.LinkedHashSet<>();
        for (Input in : inputs) {
            unique.add(in.file());
            if (withText) {
                unique.add(in.text());
            }
        }
        List<Path> runs = new ArrayList<>(unique);
        java.util.Map<Path, List<HeapBenchmark.Result>> results = new java.util.HashMap<>();
        for (int round = 0; round < rounds; round++) {
            List<Path> order = new ArrayList<>(runs);
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Path p : order) {
                Input in = inputs.stream().filter(i -> i.file().equals(p) || i.text().equals(p)).findFirst().orElseThrow();
                int docs = p.equals(in.file()) ? in.documents() : Files.isDirectory(p) ? in.documents() : 1;
                Path nq = dir.resolve("out.nq");
                HeapBenchmark.Result r = HeapBenchmark.measure(setup, p, docs, size(p), nq);
                Files.deleteIfExists(nq);
                results.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
                progress.accept(String.format("round %d: %s %.1f s, peak heap %.0f MB, load %.1f%s", round + 1,
                        p.equals(in.file()) ? in.name() : textName(in), r.millis() / 1000.0, r.peakUsed() / 1048576.0, r.load(),
                        r.ok() ? "" : " FAILED (exit " + r.exitCode() + (r.outOfMemory() ? ", out of memory)" : ")")));
            }
        }
        List<Measured> out = new ArrayList<>();
        for (Input in : inputs) {
            out.add(new Measured(in, results.get(in.file()), withText ? results.get(in.text()) : List.of()));
        }
        return out;
    }

    /**
     * Each input and its plain text extracted in one warm JVM on one thread, as bench-long runs
     * its inputs (warmed once, then {@code rounds} rounds, the order reversed each round): without
     * the JVM's start and with one thread for both, what is left between a form and its text is
     * the form's own cost, its reading and whatever it adds per page or row.
     */
    public static LongDocumentBenchmark.Result warm(List<Input> inputs, int warmups, int rounds, java.io.PrintStream log) {
        java.util.LinkedHashMap<Path, LongDocumentBenchmark.Input> runs = new java.util.LinkedHashMap<>();
        for (Input in : inputs) {
            runs.put(in.file(), new LongDocumentBenchmark.Input(in.name(), in.file(), 0));
            runs.putIfAbsent(in.text(), new LongDocumentBenchmark.Input(textName(in), in.text(), 0));
        }
        return LongDocumentBenchmark.measure(new ArrayList<>(runs.values()), warmups, rounds, log);
    }

    /**
     * A row per input of a warm run: medians of CPU seconds, the form's and its text's, and the ratio
     * of their rates; then the same without the JIT compiler's threads ({@link CompilerCpu}), whose
     * work lands on whichever run first makes code hot until the JIT has settled.
     */
    public static void reportWarm(List<Input> inputs, LongDocumentBenchmark.Result r, java.io.PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"form", "characters", "CPU s", "characters per CPU s", "text CPU s",
                "text characters per CPU s", "form / text (median of the rounds' ratios)", "JIT CPU s (form, text)",
                "form / text without the JIT"});
        for (Input in : inputs) {
            double cpu = r.median(in.name(), x -> x.cpuNanos() / 1e9);
            String text = textName(in);
            double textCpu = r.median(text, x -> x.cpuNanos() / 1e9);
            double ratio = pairedRatio(cpuNanos(r, in.name(), false), cpuNanos(r, text, false));
            double jit = r.median(in.name(), x -> x.jitNanos() / 1e9);
            double textJit = r.median(text, x -> x.jitNanos() / 1e9);
            double withoutJit = pairedRatio(cpuNanos(r, in.name(), true), cpuNanos(r, text, true));
            rows.add(new String[] {in.name(), String.format("%,d", in.characters()), String.format("%.2f", cpu),
                    String.format("%,.0f", in.characters() / cpu), String.format("%.2f", textCpu),
                    String.format("%,.0f", in.characters() / textCpu), String.format("%.2f", ratio),
                    CompilerCpu.available() ? String.format("%.2f, %.2f", jit, textJit) : "n/a",
                    CompilerCpu.available() && !Double.isNaN(withoutJit) ? String.format("%.2f", withoutJit) : "n/a"});
        }
        ScaleBenchmark.table(rows, out);
        double[] loads = r.runs().stream().mapToDouble(LongDocumentBenchmark.Run::load).sorted().toArray();
        out.printf("load average (1 min) during the rounds: %.1f to %.1f%n", loads[0], loads[loads.length - 1]);
    }

    private static double[] cpuNanos(LongDocumentBenchmark.Result r, String name, boolean withoutJit) {
        return r.runs().stream().filter(x -> x.name().equals(name))
                .mapToDouble(x -> x.cpuNanos() - (withoutJit ? x.jitNanos() : 0)).toArray();
    }

    private static String textName(Input in) {
        return "plain text of " + in.text().getFileName();
    }

    private static long size(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return Files.size(p);
        }
        try (java.util.stream.Stream<Path> s = Files.list(p)) {
            long n = 0;
            for (Path f : s.toList()) {
                n += Files.size(f);
            }
            return n;
        }
    }

    /** The seeds' texts as table cells: a text longer than a cell holds is cut at its last line end within the limit. */
    static List<String> rowTexts(Path seeds) throws IOException {
        List<String> out = new ArrayList<>();
        for (String t : texts(seeds)) {
            out.add(t.length() <= CELL ? t : t.substring(0, t.lastIndexOf('\n', CELL - 1) + 1));
        }
        return out;
    }

    private static long characters(List<String> texts, int rows) {
        long n = 0;
        for (int i = 0; i < rows; i++) {
            String t = texts.get(i % texts.size());
            n += t.codePointCount(0, t.length());
        }
        return n;
    }

    /** The rows of a table (标题, 链接, 正文), made as they are written. */
    private static Iterable<List<String>> table(List<String> texts, int rows) {
        return () -> new java.util.Iterator<>() {
            private int i = -1;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public List<String> next() {
                i++;
                return i == 0 ? List.of("标题", "链接", "正文")
                        : List.of("", "https://example.org/doc/" + (i - 1), texts.get((i - 1) % texts.size()));
            }
        };
    }

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
        pdf(pageLines(seeds, pages), out, pages);
        try {
            return PdfText.pages(out).stream().mapToLong(s -> s.codePointCount(0, s.length())).sum();
        } catch (InputException e) {
            throw new IOException(e.describe(), e);
        }
    }

    /** The seeds' lines wrapped at {@link #LINE}, repeated to fill {@code pages} pages. */
    private static List<String> pageLines(Path seeds, int pages) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String t : texts(seeds)) {
            for (String l : t.split("\n")) {
                String s = l.strip().replaceAll("[\\p{Cntrl}]", "");
                for (int i = 0; i < s.length(); i += LINE) {
                    lines.add(s.substring(i, Math.min(s.length(), i + LINE)));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int at = 0; at < pages * LINES_PER_PAGE; at++) {
            out.add(lines.get(at % lines.size()));
        }
        return out;
    }

    private static void pdf(List<String> lines, Path out, int pages) throws IOException {
        List<List<String>> book = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            List<String> page = new ArrayList<>(lines.subList((p - 1) * LINES_PER_PAGE, p * LINES_PER_PAGE));
            page.add("— " + p + " —");
            book.add(page);
        }
        FormFiles.pdf(out, book, null);
    }

    /** A CSV of {@code rows} rows (标题, 链接, 正文), written as it goes; returns the characters of its text column. */
    public static long csv(Path seeds, Path out, int rows) throws IOException {
        return csv(texts(seeds), out, rows);
    }

    private static long csv(List<String> texts, Path out, int rows) throws IOException {
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
