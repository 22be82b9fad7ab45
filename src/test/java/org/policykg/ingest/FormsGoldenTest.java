package org.policykg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.FormFiles;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.rdf.DatasetWriter;
import org.policykg.rdf.POL;

/**
 * Golden cases of the forms documents are published in, discovered from
 * src/test/resources/forms/CASE/: the input is kept as it is (input.csv, input.tsv, input.jsonl,
 * input.json, input.shtml, input.doc, input.wps) or written by the test from text (input.pdf.txt
 * and input.ofd.txt: pages split by a line holding a form feed, an OFD page's number drawn first,
 * a PDF's line written **so** set in fake bold, drawn twice a fraction of a point apart;
 * input.docx.txt: paragraphs, |a|b| lines a table; input.xlsx.tsv: the sheets' rows, a line
 * opening with a form feed starting the next sheet and naming it; input.xls.tsv the same as a legacy
 * .xls; input.big5.txt and input.gbk.html written in that charset without a declaration;
 * input.rtf.txt written as RTF named input.doc, {@link LegacyFiles}).
 * Every concern runs; the graph must equal expected.trig (sorted N-Quads compared), and every
 * evidence's quote must equal the original at its page, row and column and offsets, read again
 * from the file ({@link Originals}). Run with -Dgolden.update=true to rewrite expected files.
 */
class FormsGoldenTest {
    private static final Path ROOT = Path.of("src/test/resources/forms");

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> forms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(ROOT)) {
            for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
            }
        }
        return tests.stream();
    }

    /** The case's input as the file the reader gets, written into a folder of its own. */
    static Path input(Path dir, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!n.startsWith("input")) {
                    continue;
                }
                if (n.endsWith(".pdf.txt")) {
                    assumeTrue(FormFiles.canWritePdf(), "fonts-noto-cjk is not installed (.ci/install-test-tools)");
                    Path out = into.resolve(n.substring(0, n.length() - 4));
                    List<List<String>> pages = new ArrayList<>();
                    Set<String> bold = new HashSet<>();
                    for (String page : Files.readString(f).split("\n\f\n", -1)) {
                        List<String> lines = new ArrayList<>();
                        for (String line : page.split("\n", -1)) {
                            if (line.length() > 4 && line.startsWith("**") && line.endsWith("**")) {
                                line = line.substring(2, line.length() - 2);
                                bold.add(line);
                            }
                            lines.add(line);
                        }
                        pages.add(lines);
                    }
                    FormFiles.pdf(out, pages, null, bold);
                    return out;
                }
                if (n.endsWith(".ofd.txt")) {
                    Path out = into.resolve(n.substring(0, n.length() - 4));
                    List<List<String>> pages = new ArrayList<>();
                    for (String page : Files.readString(f).split("\n\f\n", -1)) {
                        pages.add(Arrays.asList(page.split("\n", -1)));
                    }
                    FormFiles.ofd(out, pages, true);
                    return out;
                }
                if (n.endsWith(".docx.txt")) {
                    Path out = into.resolve(n.substring(0, n.length() - 4));
                    FormFiles.docx(out, Files.readAllLines(f));
                    return out;
                }
                if (n.endsWith(".xlsx.tsv") || n.endsWith(".xls.tsv")) {
                    Path out = into.resolve(n.substring(0, n.length() - 4));
                    // A line opening with a form feed starts the next sheet and names it.
                    java.util.LinkedHashMap<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
                    List<List<String>> rows = new ArrayList<>();
                    sheets.put("documents", rows);
                    for (String line : Files.readAllLines(f)) {
                        if (line.startsWith("\f")) {
                            rows = new ArrayList<>();
                            sheets.put(line.substring(1), rows);
                            continue;
                        }
                        rows.add(Arrays.asList(line.replace("\\n", "\n").split("\t", -1)));
                    }
                    if (n.endsWith(".xls.tsv")) {
                        LegacyFiles.xls(out, sheets);
                    } else {
                        FormFiles.xlsx(out, sheets);
                    }
                    return out;
                }
                // A text or a page in a legacy charset, without a BOM or a declaration: input.big5.txt, input.gbk.html.
                java.util.regex.Matcher legacy = java.util.regex.Pattern.compile("input\\.(big5|gbk)\\.(\\w+)").matcher(n);
                if (legacy.matches()) {
                    Path out = into.resolve("input." + legacy.group(2));
                    Files.write(out, Files.readString(f).getBytes(java.nio.charset.Charset.forName(legacy.group(1))));
                    return out;
                }
                if (n.endsWith(".rtf.txt")) {
                    // RTF as a portal serves it: named .doc.
                    Path out = into.resolve("input.doc");
                    Files.writeString(out, LegacyFiles.rtf(Files.readAllLines(f)), StandardCharsets.US_ASCII);
                    return out;
                }
                Path out = into.resolve(n);
                Files.copy(f, out);
                return out;
            }
        }
        throw new AssertionError("no input file in " + dir);
    }

    private static void check(Path dir) throws Exception {
        Path file = input(dir, tmp.resolve(dir.getFileName().toString()));
        List<Quad> quads = extract(file);
        Path expectedFile = dir.resolve("expected.trig");
        // A file the test writes (PDF, Word, Excel) carries its writing time: its hash is not compared.
        boolean written = !Files.exists(dir.resolve(file.getFileName()));
        if (Boolean.getBoolean("golden.update")) {
            DatasetWriter.write(written && Files.exists(expectedFile) ? keepHashes(quads, expectedFile) : quads, expectedFile);
        } else {
            TreeSet<String> actual = lines(quads);
            DatasetGraph e = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
            List<Quad> expectedQuads = new ArrayList<>();
            e.find().forEachRemaining(expectedQuads::add);
            TreeSet<String> expected = lines(expectedQuads);
            if (written) {
                actual.removeIf(l -> l.contains("ontology#sha256>"));
                expected.removeIf(l -> l.contains("ontology#sha256>"));
            }
            if (!actual.equals(expected)) {
                StringBuilder sb = new StringBuilder();
                expected.stream().filter(l -> !actual.contains(l)).forEach(l -> sb.append("- ").append(l).append('\n'));
                actual.stream().filter(l -> !expected.contains(l)).forEach(l -> sb.append("+ ").append(l).append('\n'));
                fail(dir + ": the graph differs from expected.trig\n" + sb);
            }
        }
        int checked = checkQuotes(file, quads);
        assertTrue(checked > 0, dir + ": no evidence");
    }

    /**
     * The quads with each pol:sha256 value taken from the expected file where it has one for the same
     * graph and document: a file the test writes hashes differently on every run, and an update
     * should not rewrite a value the comparison ignores.
     */
    private static List<Quad> keepHashes(List<Quad> quads, Path expectedFile) {
        DatasetGraph old = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
        List<Quad> out = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            if (q.getPredicate().equals(POL.sha256)) {
                var before = old.find(q.getGraph(), q.getSubject(), POL.sha256, Node.ANY);
                if (before.hasNext()) {
                    q = Quad.create(q.getGraph(), q.getSubject(), POL.sha256, before.next().getObject());
                }
            }
            out.add(q);
        }
        return out;
    }

    /** The whole extraction of one file, strict, without the reference graph, in written order. */
    static List<Quad> extract(Path file) {
        List<Quad> quads = new ArrayList<>();
        Pipeline.builder().reference(false).errors(ErrorPolicy.strict()).threads(1).build()
                .run(List.of(file), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        quads.add(q);
                    }
                });
        return quads;
    }

    private static TreeSet<String> lines(List<Quad> quads) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DatasetWriter.write(quads, DatasetWriter.Syntax.NQUADS, out);
        return new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
    }

    /** Every evidence's quote against the original at its place; returns how many were checked. */
    static int checkQuotes(Path file, List<Quad> quads) throws InputException {
        DatasetGraph ds = DatasetGraphFactory.create();
        quads.forEach(ds::add);
        int n = 0;
        String whole = null;
        List<Quad> evidences = new ArrayList<>();
        ds.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), POL.Evidence).forEachRemaining(evidences::add);
        for (Quad q : evidences) {
            Node ev = q.getSubject();
            String quote = value(ds, ev, POL.quote);
            int start = Integer.parseInt(value(ds, ev, POL.start));
            int end = Integer.parseInt(value(ds, ev, POL.end));
            String page = value(ds, ev, POL.page);
            String row = value(ds, ev, POL.row);
            String column = value(ds, ev, POL.column);
            String sheet = value(ds, ev, POL.sheet);
            String original;
            if (page != null) {
                original = String.join("", Originals.pagesFrom(file, Integer.parseInt(page)));
            } else if (row != null) {
                original = Originals.cell(file, sheet == null ? 1 : Integer.parseInt(sheet), Integer.parseInt(row), column);
            } else {
                whole = whole == null ? Originals.text(file) : whole;
                original = whole;
            }
            int s = original.offsetByCodePoints(0, start);
            int e = original.offsetByCodePoints(0, end);
            assertEquals(original.substring(s, e), quote, "evidence " + ev + " at page " + page + " row " + row
                    + " column " + column);
            n++;
        }
        return n;
    }

    private static String value(DatasetGraph ds, Node s, Node p) {
        var it = ds.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
