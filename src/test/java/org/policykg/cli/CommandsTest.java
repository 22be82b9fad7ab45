package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedsFixture;
import org.policykg.query.SavedQueries;
import org.policykg.rdf.DatasetWriter;
import org.policykg.serve.Server;
import org.policykg.store.Store;
import org.policykg.store.Stores;

/**
 * The commands as a user runs them: what goes to stdout, what to stderr, which exit code.
 * The query commands build stores, so they run with the integration tests.
 */
class CommandsTest {
    @TempDir
    Path dir;
    /** One data folder for the query tests: the store of the seeds is built once, then reopened. */
    @TempDir
    static Path stores;
    String out;
    String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new Io(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), false));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void noArgumentsPrintsUsageAndEveryCommandTakesHelp() {
        assertEquals(2, run(), "a command is required: usage error");
        assertTrue(err.contains("Usage: policykg") && err.contains("serve"), err);
        assertTrue(!err.contains("ParameterException") && out.isEmpty(), "no internal error, nothing on stdout");
        for (String command : List.of("serve", "query", "extract", "eval")) {
            assertEquals(0, run(command, "--help"), command + " --help: " + err);
            assertTrue(out.contains("Usage: policykg " + command), out);
        }
    }

    @Test
    void theSavedQueriesTravelInTheJar() throws Exception {
        SavedQueries bundled = SavedQueries.bundled();
        assertEquals(SavedQueries.load(Path.of("queries")).all().size(), bundled.all().size(),
                "query list works outside the repository");
    }

    @Test
    void extractReportsProgressAndASummaryOnStderrOnly() {
        Path kg = dir.resolve("kg.trig");
        assertEquals(ExitCodes.OK, run("extract", "seeds", "-o", kg.toString()));
        assertEquals("", out, "extract writes nothing to stdout");
        assertTrue(err.contains("extracted 5/5 documents (100%)"), err);
        assertTrue(err.lines().anyMatch(l -> l.matches("5 documents \\(0 failed\\), [\\d,]+ characters, [\\d,]+ quads, \\d+ policies in .*")), err);
    }

    @Test
    void extractToAGzNameWritesTheSameNQuadsCompressed() throws Exception {
        Path plain = dir.resolve("kg.nq");
        Path gz = dir.resolve("kg.nq.gz");
        String seed = "seeds/000_1946f55c0c7bf20a.txt";
        assertEquals(ExitCodes.OK, run("extract", seed, "-o", plain.toString(), "-q", "--no-reference"));
        assertEquals(ExitCodes.OK, run("extract", seed, "-o", gz.toString(), "-q", "--no-reference"));
        assertTrue(err.contains("-> " + gz), err);
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            assertEquals(Files.readString(plain), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(gz) * 5 < Files.size(plain), "compressed");
        assertEquals(ExitCodes.USAGE, run("extract", seed, "-o", dir.resolve("kg.gz").toString()));
        assertTrue(err.contains(".nq or .nquads, optionally with .gz"), err);
    }

    @Test
    void validateSaysConformsOrListsViolations() throws Exception {
        Path kg = SeedsFixture.file(DatasetWriter.Syntax.NQUADS);
        assertEquals(ExitCodes.OK, run("validate", kg.toString()));
        assertTrue(out.contains("conforms"), out);

        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<https://w3id.org/policykg/resource/policy/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                + "<https://w3id.org/policykg/ontology#Policy> <https://w3id.org/policykg/graph/document/x> .\n");
        assertEquals(ExitCodes.INPUT_FAILED, run("validate", bad.toString()));
        assertTrue(out.contains("violations"), out);

        Files.writeString(bad, "this is not RDF");
        assertEquals(ExitCodes.IO, run("validate", bad.toString()));
        assertTrue(err.contains("not a readable graph"), err);
        assertEquals(ExitCodes.IO, run("validate", dir.resolve("missing.trig").toString()));
    }

    @Test
    void evalPrintsATableForEveryClass() {
        assertEquals(ExitCodes.OK, run("eval"));
        for (String cls : new String[] {"Document", "Policy", "Report", "Region", "Agency"}) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(cls + " ")), cls + " row in\n" + out);
        }
    }

    @Test
    void evalSetsAreTheFoldersUnderEval() {
        assertEquals(ExitCodes.USAGE, run("eval", "--set", "no-such-set"));
        for (String set : new String[] {"seeds", "heldout", "heldout2", "real", "real2"}) {
            assertTrue(err.contains(set), set + " listed in " + err);
        }
        assertTrue(!err.contains("annotations,"), "eval/annotations is the seeds' folder, not a set: " + err);
    }

    @Test
    void aSetAnnotatedForOneClassIsScoredForThatClassOnly() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Path annotations = Files.createDirectories(dir.resolve("annotations"));
        Files.writeString(texts.resolve("n.txt"), "据悉，青禾示例科技有限公司与澄川示例数据有限公司日前签署合作协议。\n");
        Files.writeString(annotations.resolve("n.txt.yaml"), "file: n.txt\ncompanies:\n  - name: 青禾示例科技有限公司\n"
                + "  - name: 澄川示例数据有限公司\n  - name: 远山示例股份有限公司\n");
        Files.writeString(dir.resolve("classes.txt"), "# companies only\ncompanies\n");
        String[] args = {"eval", "--seeds", texts.toString(), "--annotations", annotations.toString()};
        assertEquals(ExitCodes.OK, run(args), err);
        assertTrue(out.contains("annotated for companies only"), out);
        String companies = out.lines().filter(l -> l.startsWith("  companies")).findFirst().orElseThrow();
        assertTrue(companies.endsWith("0.800"), "two of three firms found, none false: " + companies);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  policies") && l.endsWith("-")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("  overall") && l.endsWith("-")), out);

        Files.writeString(dir.resolve("classes.txt"), "firms\n");
        assertEquals(ExitCodes.IO, run(args));
        assertTrue(err.contains("classes.txt") && err.contains("firms is not a headline class"), err);
    }

    @Test
    void evalSetsAreInNameOrderWithTheirNumbersAsNumbers() {
        List<String> names = java.util.stream.Stream.of("real10", "real2", "heldout2", "real", "heldout", "real9")
                .map(Path::of).sorted(EvalCommand::bySetName).map(Path::toString).toList();
        assertEquals(List.of("heldout", "heldout2", "real", "real2", "real9", "real10"), names);
    }

    @Test
    @Tag("integration") // builds a store
    void queryRunsASavedQueryOverTheStoreInEachFormat() {
        String data = stores.toString();
        assertEquals(ExitCodes.OK, run("query", "list", "--data", data), "err=" + err + " out=" + out);
        assertTrue(out.lines().count() >= 12, "at least 12 saved queries: " + out);
        assertEquals(ExitCodes.OK, run("query", "targets-due-by-year", "--format", "csv", "--data", data), err);
        assertTrue(out.lines().findFirst().orElse("").contains("metric"), out);
        assertTrue(out.lines().count() > 10, "rows: " + out);
        String csv2025 = out;
        assertEquals(ExitCodes.OK, run("query", "targets-due-by-year", "--format", "csv", "-p", "year=2027", "--data", data), err);
        assertTrue(out.lines().count() > csv2025.lines().count(), "a later year includes more targets");
        assertEquals(ExitCodes.OK, run("query", "targets-due-by-year", "--format", "json", "--data", data));
        assertTrue(out.contains("\"bindings\""), out);
        assertEquals(ExitCodes.OK, run("query", "targets-due-by-year", "--format", "table", "--data", data));
        assertTrue(out.contains("|"), out);
    }

    @Test
    @Tag("integration") // builds a store and starts a server
    void queryAtAnEndpointPrintsWhatTheStoreGives() throws Exception {
        assertEquals(ExitCodes.OK, run("query", "targets-due-by-year", "--format", "tsv", "-p", "year=2027",
                "--data", stores.toString()), err);
        String local = out;
        Stores.Opened opened = Stores.open(stores, List.of(Path.of("seeds")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        try (Store store = opened.store();
             Server server = Server.start(store, SavedQueries.load(Path.of("queries")),
                     new Server.Config("127.0.0.1", 0, Server.Config.DEFAULT_BASE, 10_000, 10_000))) {
            String endpoint = server.address() + "kg/sparql";
            assertEquals(ExitCodes.OK, run("query", "targets-due-by-year", "--format", "tsv", "-p", "year=2027",
                    "--endpoint", endpoint), err);
            assertEquals(local, out);
            assertTrue(out.lines().count() > 1, out);
            assertEquals(ExitCodes.INPUT_FAILED, run("query", "targets-due-by-year", "--endpoint", server.address() + "kg/none"));
            assertTrue(err.contains("HTTP 404"), err);
        }
        assertEquals(ExitCodes.INPUT_FAILED, run("query", "targets-due-by-year", "--endpoint", "http://127.0.0.1:9/kg/sparql"));
        assertTrue(err.startsWith("error: http://127.0.0.1:9/kg/sparql: "), err);
    }

    @Test
    @Tag("integration") // builds a store
    void queryRefusesUnknownQueriesFormatsAndBadParameters() {
        String data = stores.toString();
        assertEquals(ExitCodes.USAGE, run("query", "no-such-query", "--data", data));
        assertTrue(err.contains("no saved query"), err);
        assertEquals(ExitCodes.USAGE, run("query", "targets-due-by-year", "--format", "xml", "--data", data));
        assertEquals(ExitCodes.USAGE, run("query", "targets-due-by-year", "-p", "year=soon", "--data", data));
        assertTrue(err.contains("not a valid xsd:integer"), err);
        assertEquals(ExitCodes.USAGE, run("query", "targets-due-by-year", "-p", "colour=red", "--data", data));
        assertTrue(err.contains("no parameter colour"), err);
    }
}
