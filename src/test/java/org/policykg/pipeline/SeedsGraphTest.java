package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.SeedsFixture;
import org.policykg.cli.Io;
import org.policykg.cli.Main;
import org.policykg.quantity.QuantityParser;
import org.policykg.rdf.DatasetWriter;
import org.policykg.validate.GraphValidator;

/**
 * The graph of the seeds, written as extract writes it, read back by Jena and by RDF4J.
 * The files come from the shared extraction ({@link SeedsFixture}); that the extract
 * command writes the same bytes is {@link DeterminismTest}'s to check.
 */
class SeedsGraphTest {
    private static final String POL = "https://w3id.org/policykg/ontology#";
    private static final SimpleValueFactory VF = SimpleValueFactory.getInstance();

    static Path trig;
    static Path nq;

    @BeforeAll
    static void extract() {
        trig = SeedsFixture.file(DatasetWriter.Syntax.TRIG);
        nq = SeedsFixture.file(DatasetWriter.Syntax.NQUADS);
    }

    static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return Main.run(args, new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
    }

    private static Model rio(Path f, RDFFormat format) throws Exception {
        try (InputStream in = Files.newInputStream(f)) {
            return Rio.parse(in, "", format);
        }
    }

    @Test
    void rdf4jReadsTheSameQuadsAsJenaInBothSyntaxes() throws Exception {
        DatasetGraph jena = RDFDataMgr.loadDatasetGraph(trig.toString());
        long jenaQuads = jena.stream().count();
        Model fromTrig = rio(trig, RDFFormat.TRIG);
        Model fromNq = rio(nq, RDFFormat.NQUADS);
        assertEquals(jenaQuads, fromTrig.size(), "TriG: RDF4J and Jena see the same number of quads");
        assertEquals(jenaQuads, fromNq.size(), "N-Quads: RDF4J and Jena see the same number of quads");
        assertTrue(Models.isomorphic(fromTrig, fromNq), "the two syntaxes carry the same dataset");
        assertTrue(jenaQuads > 10_000);
    }

    @Test
    void everyEvidenceQuoteIsTheFileTextAtItsOffsets() throws Exception {
        Model m = rio(trig, RDFFormat.TRIG);
        IRI evidence = VF.createIRI(POL + "Evidence");
        Map<String, int[]> texts = new HashMap<>();
        int checked = 0;
        for (Resource ev : m.filter(null, VF.createIRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), evidence).subjects()) {
            Resource doc = (Resource) one(m, ev, "document");
            String file = ((Literal) one(m, doc, "sourceFile")).getLabel();
            int[] cps = texts.computeIfAbsent(file, SeedsGraphTest::codePoints);
            int start = ((Literal) one(m, ev, "start")).intValue();
            int end = ((Literal) one(m, ev, "end")).intValue();
            String quote = ((Literal) one(m, ev, "quote")).getLabel();
            assertTrue(0 <= start && start < end && end <= cps.length, ev + " offsets in range");
            assertEquals(new String(cps, start, end - start), quote, ev + " quotes " + file);
            checked++;
        }
        assertTrue(checked > 500, "checked " + checked + " evidence nodes");
    }

    /** The file decoded on its own (UTF-8, BOM dropped), independent of the project's reader. */
    private static int[] codePoints(String file) {
        try {
            String t = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1);
            }
            return t.codePoints().toArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Value one(Model m, Resource s, String local) {
        Set<Value> vs = m.filter(s, VF.createIRI(POL + local), null).objects();
        assertEquals(1, vs.size(), s + " pol:" + local);
        return vs.iterator().next();
    }

    @Test
    void conformsToTheShapes() {
        GraphValidator.Report r = GraphValidator.standard().validate(RDFDataMgr.loadDatasetGraph(trig.toString()));
        assertTrue(r.conforms(), () -> String.join("\n", r.violations().stream().limit(20).map(GraphValidator.Violation::line).toList()));
    }

    @Test
    void theSamePolicyInTraditionalAndSimplifiedDocumentsIsOneNode() throws Exception {
        Model m = rio(trig, RDFFormat.TRIG);
        IRI mentionedIn = VF.createIRI(POL + "mentionedIn");
        IRI policy = VF.createIRI(POL + "Policy");
        IRI type = VF.createIRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Set<String> multi = new TreeSet<>();
        for (Resource p : m.filter(null, type, policy).subjects()) {
            Set<Value> docs = m.filter(p, mentionedIn, null).objects();
            if (docs.size() > 1) {
                multi.add(p.stringValue() + " " + docs.size());
            }
            Set<Value> titles = m.filter(p, VF.createIRI(POL + "title"), null).objects();
            assertEquals(1, titles.size(), p + " has one title across documents: " + titles);
        }
        // A traditional text and a simplified one name this plan: one node, both documents.
        assertTrue(multi.stream().anyMatch(s -> s.endsWith(" 2")), multi.toString());
        for (String s : multi) {
            String iri = s.substring(0, s.indexOf(' '));
            Set<String> files = new TreeSet<>();
            for (Value d : m.filter(VF.createIRI(iri), mentionedIn, null).objects()) {
                files.add(((Literal) one(m, (Resource) d, "sourceFile")).getLabel());
            }
            assertTrue(files.stream().anyMatch(f -> isTraditional(f)) && files.stream().anyMatch(f -> !isTraditional(f)),
                    iri + " is named in a traditional and a simplified document: " + files);
        }
    }

    private static boolean isTraditional(String file) {
        try {
            return org.policykg.text.Normalizer.isTraditional(Files.readString(Path.of("seeds", file)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachDocumentHasItsOwnNamedGraphAndTheReferenceGraphIsSeparate() {
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(trig.toString());
        Set<String> graphs = new TreeSet<>();
        ds.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertTrue(graphs.contains("https://w3id.org/policykg/graph/reference"));
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                assertTrue(graphs.contains("https://w3id.org/policykg/graph/document/" + f.getFileName()), f.toString());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(ds.getDefaultGraph().isEmpty(), "nothing goes to the default graph");
    }

    /**
     * A report's section in a seed (a heading that is a pol:Report's title, up to the next
     * heading of the same or a higher level) is full of numbers; none of them is a goal.
     */
    @Test
    void noStatisticInAReportSectionBecomesATarget() throws Exception {
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(trig.toString());
        Set<String> reportTitles = new TreeSet<>();
        Map<String, List<int[]>> targetEvidence = new HashMap<>();
        String prefixes = "PREFIX pol: <" + POL + ">\n";
        try (QueryExecution qe = QueryExecutionFactory.create(prefixes
                + "SELECT ?t WHERE { GRAPH ?g { ?r a pol:Report ; pol:title ?t } }", DatasetFactory.wrap(ds))) {
            qe.execSelect().forEachRemaining(row -> reportTitles.add(comparable(row.getLiteral("t").getString())));
        }
        try (QueryExecution qe = QueryExecutionFactory.create(prefixes
                + "SELECT ?f ?s ?e WHERE { GRAPH ?g { ?t a pol:Target ; pol:evidence ?ev . ?ev pol:document ?d ;"
                + " pol:start ?s ; pol:end ?e } GRAPH ?h { ?d pol:sourceFile ?f } }", DatasetFactory.wrap(ds))) {
            qe.execSelect().forEachRemaining(row -> targetEvidence.computeIfAbsent(row.getLiteral("f").getString(),
                    k -> new ArrayList<>()).add(new int[] {row.getLiteral("s").getInt(), row.getLiteral("e").getInt()}));
        }
        assertTrue(targetEvidence.values().stream().mapToInt(List::size).sum() > 20, "the seeds do have targets");
        int sections = 0;
        int statistics = 0;
        QuantityParser parser = new QuantityParser();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = new String(codePoints(f.getFileName().toString()), 0, codePoints(f.getFileName().toString()).length);
                for (int[] section : reportSections(text, reportTitles)) {
                    sections++;
                    String body = new String(text.codePoints().toArray(), section[0], section[1] - section[0]);
                    statistics += parser.findAll(body).size();
                    for (int[] ev : targetEvidence.getOrDefault(f.getFileName().toString(), List.of())) {
                        assertFalse(ev[0] < section[1] && section[0] < ev[1],
                                () -> "a target quotes the report section " + body.lines().findFirst().orElse("")
                                        + " of " + f.getFileName() + ": " + new String(text.codePoints().toArray(), ev[0], ev[1] - ev[0]));
                    }
                }
            }
        }
        assertTrue(sections >= 2, "report sections found: " + sections);
        assertTrue(statistics >= 20, "the report sections hold numbers: " + statistics);
    }

    /** Code-point ranges of Markdown sections whose heading is one of {@code titles}. */
    private static List<int[]> reportSections(String text, Set<String> titles) {
        List<int[]> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int[] starts = new int[lines.length + 1];
        for (int i = 0, at = 0; i < lines.length; i++) {
            starts[i] = at;
            at += lines[i].codePointCount(0, lines[i].length()) + 1;
        }
        starts[lines.length] = text.codePointCount(0, text.length());
        for (int i = 0; i < lines.length; i++) {
            int level = headingLevel(lines[i]);
            if (level == 0 || !titles.contains(comparable(lines[i].substring(level)))) {
                continue;
            }
            int j = i + 1;
            while (j < lines.length && (headingLevel(lines[j]) == 0 || headingLevel(lines[j]) > level)) {
                j++;
            }
            out.add(new int[] {starts[i], Math.min(starts[j], starts[lines.length])});
        }
        return out;
    }

    private static int headingLevel(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
    }

    /** Titles compared without spaces and with ASCII brackets and dashes. */
    private static String comparable(String s) {
        return s.strip().replaceAll("\\s+", "").replace('（', '(').replace('）', ')').replace('—', '-').replace('－', '-');
    }
}
