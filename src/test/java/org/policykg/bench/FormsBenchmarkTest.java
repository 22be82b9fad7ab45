package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.ingest.Columns;
import org.policykg.ingest.RowSources;
import org.policykg.ingest.Source;
import org.policykg.ingest.SourceReader;

/** Each form's plain text holds the same characters as the form, so their rates compare. */
@Tag("integration") // writes a PDF, a Word file and three tables (tens of seconds on a loaded machine)
class FormsBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void eachFormsPlainTextHoldsItsCharacters() throws Exception {
        boolean pdf = FormFiles.canWritePdf() || System.getenv("POLICYKG_REQUIRE_TOOLS") != null;
        List<String> forms = pdf ? FormsBenchmark.FORMS : List.of("docx", "csv", "xls", "xlsx");
        List<FormsBenchmark.Input> inputs = FormsBenchmark.write(Path.of("seeds"), dir, forms, 2, 7);
        assertEquals(forms, inputs.stream().map(FormsBenchmark.Input::form).toList());
        SourceReader reader = new SourceReader();
        for (FormsBenchmark.Input in : inputs) {
            long plain = 0;
            List<Path> texts;
            try (Stream<Path> s = Files.isDirectory(in.text()) ? Files.list(in.text()).sorted() : Stream.of(in.text())) {
                texts = s.toList();
            }
            for (Path t : texts) {
                String s = Files.readString(t, StandardCharsets.UTF_8);
                plain += s.codePointCount(0, s.length());
            }
            if (in.form().equals("docx")) {
                plain -= 2 * 40; // the file's line break after each of the 2 pages' 40 lines; a paragraph holds none
            }
            assertEquals(in.characters(), plain, in.form());
            if (in.documents() > 1) {
                assertEquals(in.documents(), texts.size(), in.form() + ": a file a row");
                // The table's rows hold the texts the files hold, row by row.
                try (RowSources rows = reader.table(in.file(), reader.kind(in.file()), Columns.GUESS)) {
                    for (Path t : texts) {
                        Source row = rows.next();
                        assertTrue(row.text().contains(Files.readString(t, StandardCharsets.UTF_8).strip()), in.form() + " " + t);
                    }
                }
            }
        }
    }

    @Test
    void aRoundUnderTheClocksTickGivesNoRate() {
        // The middle round read 0 ns once the JIT's CPU was taken away: it is left out, not Infinity.
        assertEquals(2.0, FormsBenchmark.pairedRatio(new double[] {1, 0, 2}, new double[] {2, 5, 4}), 1e-9);
        assertTrue(Double.isNaN(FormsBenchmark.pairedRatio(new double[] {0, 0}, new double[] {3, 4})));
    }

    @Test
    void theWarmRunMeasuresEachFormBesideItsText() throws Exception {
        List<FormsBenchmark.Input> inputs = FormsBenchmark.write(Path.of("seeds"), dir, List.of("csv", "xls"), 1, 3);
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        LongDocumentBenchmark.Result r = FormsBenchmark.warm(inputs, 1, 2, new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        // Two forms and the one folder of their rows' texts, two rounds each after the warm-up.
        assertEquals(List.of("CSV, 3 rows", "XLS, 3 rows", "plain text of rows-3"),
                r.runs().stream().map(LongDocumentBenchmark.Run::name).distinct().sorted().toList());
        assertEquals(6, r.runs().size());
        for (LongDocumentBenchmark.Run run : r.runs()) {
            assertEquals(3, run.documents(), run.name());
            assertTrue(run.cpuNanos() > 0, run.name());
            assertTrue(run.jitNanos() >= 0 && run.jitNanos() <= run.cpuNanos() + 20_000_000L, run.name()); // ticks of 10 ms
        }
        java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
        FormsBenchmark.reportWarm(inputs, r, new java.io.PrintStream(table, true, StandardCharsets.UTF_8));
        String report = table.toString(StandardCharsets.UTF_8);
        for (String form : List.of("CSV, 3 rows", "XLS, 3 rows")) {
            String line = report.lines().filter(l -> l.contains(form)).findFirst().orElseThrow(() -> new AssertionError(report));
            String[] cells = line.split("\\|"); // a Markdown row: | form | … | form / text | JIT CPU s | without the JIT |
            double ratio = Double.parseDouble(cells[7].strip());
            assertTrue(ratio > 0.1 && ratio < 10, line);
            if (CompilerCpu.available() && !cells[9].strip().equals("n/a")) { // n/a: every round under the clock's tick
                double withoutJit = Double.parseDouble(cells[9].strip());
                assertTrue(withoutJit > 0.1 && withoutJit < 10, line);
            }
        }
    }
}
