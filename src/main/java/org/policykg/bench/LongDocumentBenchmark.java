package org.policykg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.policykg.analysis.Context;
import org.policykg.ingest.InputException;
import org.policykg.ingest.PdfText;
import org.policykg.ingest.SourceReader;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.pipeline.Summary;
import org.policykg.rdf.DatasetWriter;

/**
 * Is one long document analysed in time linear in its length? Inputs: the bench-forms PDF of
 * 100 pages, its text layer as a plain file, and plain files of 1, 2, 4, … times that length made
 * by concatenating real texts, once one paragraph a line and once wrapped at the PDF's 38
 * characters a line; the same texts as short documents give the per-core rate to compare with.
 * Everything is extracted in one warm JVM on one thread, round after round with the order
 * reversed each round, so that other work on the machine falls on all inputs alike.
 */
public final class LongDocumentBenchmark {
    /** One input: what it is, its file, and how many times the PDF's length it is (0 for the short documents). */
    public record Input(String name, Path file, int scale) {
    }

    /** One timed extraction; {@code jitNanos} is the part of {@code cpuNanos} the JIT compiler's threads took ({@link CompilerCpu}). */
    public record Run(String name, long characters, int documents, long nanos, long cpuNanos, long jitNanos, double load) {
    }

    /** Every run, in the order taken. */
    public record Result(List<Input> inputs, List<Run> runs) {
        /** Median over the rounds of a per-run figure. */
        double median(String name, java.util.function.ToDoubleFunction<Run> f) {
            double[] v = runs.stream().filter(r -> r.name().equals(name)).mapToDouble(f).sorted().toArray();
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    private LongDocumentBenchmark() {
    }

    /**
     * The texts of {@code folders}, decoded, in name order; a folder's documents listed in the
     * {@code untouched.txt} beside it (held out from development) are left out unread.
     */
    public static List<String> texts(List<Path> folders) throws IOException {
        List<String> out = new ArrayList<>();
        SourceReader reader = new SourceReader();
        for (Path dir : folders) {
            Set<String> untouched = new HashSet<>();
            Path list = dir.toAbsolutePath().getParent().resolve("untouched.txt");
            if (Files.isReadable(list)) {
                for (String l : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    untouched.add(l.strip());
                }
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(Files::isRegularFile)
                        .filter(f -> !untouched.contains(f.getFileName().toString()))
                        .filter(f -> !f.getFileName().toString().equals("SOURCES.md"))
                        .sorted().toList();
            }
            for (Path f : files) {
                try {
                    out.add(reader.read(f).text());
                } catch (InputException e) {
                    throw new IOException(e.describe(), e);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no texts in " + folders);
        }
        return out;
    }

    /** The texts one after another, each followed by a blank line, repeated and cut at the last line end within {@code chars}. */
    static String concatenation(List<String> texts, long chars) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < chars; i++) {
            b.append(texts.get(i % texts.size()).strip()).append("\n\n");
        }
        int cut = b.lastIndexOf("\n", (int) Math.min(b.length() - 1, chars - 1));
        return b.substring(0, cut + 1);
    }

    /** Every line cut into lines of {@code width} characters, as a printed page wraps them. */
    static String wrapped(String text, int width) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / width + 1);
        for (String line : text.split("\n", -1)) {
            int n = line.length();
            if (n == 0) {
                b.append('\n');
            }
            for (int i = 0; i < n; i += width) {
                b.append(line, i, Math.min(n, i + width)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Writes the inputs into {@code dir}: the PDF of {@code pages} pages made from {@code seeds}
     * and its text layer, then for each scale the concatenation of {@code texts} one paragraph a
     * line and wrapped, and the texts as short documents in a folder of their own.
     */
    public static List<Input> write(Path dir, Path seeds, List<String> texts, int pages, List<Integer> scales)
            throws IOException {
        Files.createDirectories(dir);
        List<Input> out = new ArrayList<>();
        Path pdf = dir.resolve("pdf-" + pages + "-pages.pdf");
        FormsBenchmark.pdf(seeds, pdf, pages);
        out.add(new Input("PDF, " + pages + " pages", pdf, 1));
        String layer;
        try {
            layer = String.join("", PdfText.pages(pdf));
        } catch (InputException e) {
            throw new IOException(e.describe(), e);
        }
        Path layerFile = dir.resolve("pdf-" + pages + "-pages.txt");
        Files.writeString(layerFile, layer, StandardCharsets.UTF_8);
        out.add(new Input("its text layer, plain", layerFile, 1));
        long unit = layer.codePointCount(0, layer.length());
        Path shorts = dir.resolve("short");
        Files.createDirectories(shorts);
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(shorts.resolve(String.format("%03d.txt", i)), texts.get(i), StandardCharsets.UTF_8);
        }
        out.add(new Input("the texts, short documents", shorts, 0));
        for (int s : scales) {
            String lines = concatenation(texts, unit * s);
            Path a = dir.resolve(String.format("lines-%02dx.txt", s));
            Files.writeString(a, lines, StandardCharsets.UTF_8);
            out.add(new Input(s + "x, a paragraph a line", a, s));
            Path b = dir.resolve(String.format("wrapped-%02dx.txt", s));
            Files.writeString(b, wrapped(lines, 38), StandardCharsets.UTF_8);
            out.add(new Input(s + "x, wrapped at 38", b, s));
        }
        return out;
    }

    /** Extracts every input once to warm up, then {@code rounds} times each, on one thread. */
    public static Result measure(List<Input> inputs, int rounds, PrintStream log) {
        return measure(inputs, 1, rounds, log);
    }

    /** As {@link #measure(List, int, PrintStream)}, each input run {@code warmups} times before the rounds. */
    public static Result measure(List<Input> inputs, int warmups, int rounds, PrintStream log) {
        ErrorPolicy errors = new ErrorPolicy() {
            @Override
            public void failed(InputException e) {
                log.println("error: " + e.getMessage());
            }

            @Override
            public void warned(String file, String reason) {
            }
        };
        Pipeline one = Pipeline.builder().context(Context.standard()).errors(errors).threads(1).reference(false).build();
        log.println("warming up");
        for (int w = 0; w < warmups; w++) {
            for (Input in : inputs) {
                run(one, in);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Input> order = new ArrayList<>(inputs);
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Input in : order) {
                Run x = run(one, in);
                runs.add(x);
                log.printf("round %d: %s: %,d characters in %.2f s (%.2f s CPU, %.2f s of it the JIT's), load %.1f%n", r + 1,
                        x.name(), x.characters(), x.nanos() / 1e9, x.cpuNanos() / 1e9, x.jitNanos() / 1e9, x.load());
            }
        }
        return new Result(inputs, runs);
    }

    private static Run run(Pipeline p, Input in) {
        long jit0 = CompilerCpu.nanos();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        Summary s = p.run(List.of(in.file()), DatasetWriter.stream(OutputStream.nullOutputStream(), DatasetWriter.Syntax.NQUADS));
        long nanos = System.nanoTime() - t0;
        long cpu = cpuNanos() - cpu0;
        return new Run(in.name(), s.characters(), s.documents(), nanos, cpu, Math.max(0, CompilerCpu.nanos() - jit0),
                ScaleBenchmark.load()); // a compiler thread HotSpot ends mid-run takes its CPU with it
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * A row per input: medians of wall and CPU time, characters per second of each, and the time
     * per character against the 1x input of the same kind (1.00 is linear).
     */
    public static void report(Result r, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"input", "characters", "seconds", "CPU seconds", "characters/s", "per CPU second",
                "time per character / 1x"});
        for (Input in : r.inputs()) {
            double s = r.median(in.name(), x -> x.nanos() / 1e9);
            double cpu = r.median(in.name(), x -> x.cpuNanos() / 1e9);
            long chars = r.runs().stream().filter(x -> x.name().equals(in.name())).findFirst().orElseThrow().characters();
            String ratio = "";
            int comma = in.name().indexOf(", ");
            if (in.scale() > 0 && in.name().matches("\\d+x, .*")) {
                String unit = "1x" + in.name().substring(comma);
                double s1 = r.median(unit, x -> x.nanos() / (double) x.characters());
                ratio = String.format("%.2f", s / chars / s1 * 1e9);
            }
            rows.add(new String[] {in.name(), String.format("%,d", chars), String.format("%.2f", s),
                    String.format("%.2f", cpu), String.format("%,.0f", chars / s), String.format("%,.0f", chars / cpu), ratio});
        }
        ScaleBenchmark.table(rows, out);
        double[] loads = r.runs().stream().mapToDouble(Run::load).sorted().toArray();
        out.printf("load average (1 min) during the rounds: %.1f to %.1f%n", loads[0], loads[loads.length - 1]);
    }
}
