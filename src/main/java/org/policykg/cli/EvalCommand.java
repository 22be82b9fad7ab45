package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policykg.eval.Evaluator;
import org.policykg.eval.Headline;
import org.policykg.eval.QualityReport;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import org.policykg.score.Annotations;
import org.policykg.score.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Compare an extraction with the project's annotations (P/R/F1 per class, headline F1s).")
final class EvalCommand implements Callable<Integer> {
    /**
     * The annotated sets: the seeds (texts in seeds/, annotations in eval/annotations) and
     * every folder eval/NAME with texts/ and annotations/, by name, so a new set needs no code.
     */
    private static Map<String, Path[]> sets() throws IOException {
        Map<String, Path[]> sets = new LinkedHashMap<>();
        sets.put("seeds", new Path[] {Path.of("seeds"), Path.of("eval/annotations")});
        Path eval = Path.of("eval");
        if (Files.isDirectory(eval)) {
            try (var s = Files.list(eval)) {
                for (Path d : s.sorted(EvalCommand::bySetName).toList()) {
                    if (Files.isDirectory(d.resolve("texts")) && Files.isDirectory(d.resolve("annotations"))) {
                        sets.put(d.getFileName().toString(), new Path[] {d.resolve("texts"), d.resolve("annotations")});
                    }
                }
            }
        }
        return sets;
    }

    /** Set folders in name order, a trailing number compared as a number (real9 before real10). */
    static int bySetName(Path a, Path b) {
        String x = a.getFileName().toString();
        String y = b.getFileName().toString();
        String xs = x.replaceFirst("\\d+$", "");
        String ys = y.replaceFirst("\\d+$", "");
        if (!xs.equals(ys)) {
            return x.compareTo(y);
        }
        String xn = x.substring(xs.length());
        String yn = y.substring(ys.length());
        return Integer.compare(xn.isEmpty() ? 0 : Integer.parseInt(xn), yn.isEmpty() ? 0 : Integer.parseInt(yn));
    }

    private final Io io;

    @Option(names = "--set", paramLabel = "NAME", description = "An annotated set: seeds, or a folder eval/NAME with texts/ and annotations/ (heldout, heldout2, real, real2...).")
    String set;

    @Option(names = "--part", paramLabel = "PART",
            description = "development or untouched: the part of a set that its untouched.txt (beside the annotations) names or not.")
    String part;

    @Option(names = "--all", description = "Every set, and both parts of each real set: headline F1s side by side.")
    boolean all;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Documents to extract (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--annotations", paramLabel = "DIR", description = "Annotations (default: ${DEFAULT-VALUE}).")
    Path annotations = Path.of("eval/annotations");

    @Option(names = "--graph", paramLabel = "FILE", description = "Score this graph instead of extracting the documents.")
    Path graph;

    @Option(names = "--details", description = "List every false positive and false negative.")
    boolean details;

    EvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        try {
            if (all) {
                return everySet();
            }
            if (set != null) {
                Map<String, Path[]> sets = sets();
                Path[] s = sets.get(set);
                if (s == null) {
                    io.err().println("error: unknown set " + set + " (one of " + sets.keySet() + ")");
                    return ExitCodes.USAGE;
                }
                seeds = s[0];
                annotations = s[1];
            }
            if (part != null && !part.equals("development") && !part.equals("untouched")) {
                io.err().println("error: --part is development or untouched, not " + part);
                return ExitCodes.USAGE;
            }
            List<Annotations.Doc> docs = docs(annotations, part);
            DatasetGraph ds;
            if (graph != null) {
                if (!Files.isReadable(graph)) {
                    io.err().println("error: " + graph + ": cannot read");
                    return ExitCodes.IO;
                }
                ds = RDFDataMgr.loadDatasetGraph(graph.toString());
            } else {
                ds = extract(seeds, docs);
            }
            io.out().printf("PolicyKG quality report: %d annotated documents (%s%s)%n", docs.size(), annotations,
                    part == null ? "" : ", " + part + " part");
            Map<String, Score> scores = new Evaluator(ds).evaluate(docs);
            Set<String> annotated = annotatedClasses(annotations);
            if (annotated.size() < Headline.classes().size()) {
                io.out().println("annotated for " + String.join(", ", annotated)
                        + " only (classes.txt): the other classes' figures below are not a measure");
            }
            QualityReport.print(scores, io.out(), details);
            Headline.print(scores, annotated, io.out());
            return ExitCodes.OK;
        } catch (IOException e) {
            io.err().println("error: " + e.getMessage());
            return ExitCodes.IO;
        }
    }

    /**
     * Headline F1s of every set (a split set in its two parts), one column each, then every split
     * set's development parts pooled and their untouched parts pooled: the unseen documents as one
     * sample, steadier than any one part of a few documents. A set annotated for some classes only
     * (classes.txt) shows "-" for the others and is not pooled: the pools stay samples of whole
     * annotations.
     */
    private int everySet() throws IOException {
        Map<String, Map<String, Double>> columns = new LinkedHashMap<>();
        Map<String, List<Map<String, Score>>> pooled = new LinkedHashMap<>();
        for (Map.Entry<String, Path[]> s : sets().entrySet()) {
            if (!Files.isDirectory(s.getValue()[1])) {
                continue; // a set not yet in this checkout
            }
            boolean split = Files.exists(s.getValue()[1].resolveSibling("untouched.txt"));
            Set<String> annotated = annotatedClasses(s.getValue()[1]);
            boolean whole = annotated.size() == Headline.classes().size();
            for (String p : split ? new String[] {"development", "untouched"} : new String[] {null}) {
                List<Annotations.Doc> docs = docs(s.getValue()[1], p);
                Map<String, Score> scores = new Evaluator(extract(s.getValue()[0], docs)).evaluate(docs);
                columns.put(p == null ? s.getKey() : s.getKey() + " " + p.substring(0, 3), Headline.of(scores, annotated));
                if (p != null && whole) {
                    pooled.computeIfAbsent("all " + p.substring(0, 3), k -> new ArrayList<>()).add(scores);
                }
            }
        }
        pooled.forEach((name, parts) -> columns.put(name, Headline.of(Headline.pool(parts))));
        io.out().printf("%-24s", "F1");
        columns.keySet().forEach(c -> io.out().printf(" %10s", c));
        io.out().println();
        for (String cls : columns.values().iterator().next().keySet()) {
            io.out().printf("%-24s", cls);
            columns.values().forEach(c -> io.out().print(" " + Headline.format(c.get(cls), 10)));
            io.out().println();
        }
        return ExitCodes.OK;
    }

    /**
     * The headline classes a set is annotated for: every class, or those its classes.txt (beside
     * the annotations, one class name a line) lists, for a sample annotated for one class.
     */
    static Set<String> annotatedClasses(Path annotations) throws IOException {
        Path list = annotations.resolveSibling("classes.txt");
        if (!Files.exists(list)) {
            return Headline.classes();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(list)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!Headline.classes().contains(name)) {
                throw new IOException(list + ": " + name + " is not a headline class (one of " + Headline.classes() + ")");
            }
            out.add(name);
        }
        if (out.isEmpty()) {
            throw new IOException(list + ": names no class");
        }
        return out;
    }

    /** The annotated documents, of one part when {@code part} is given. */
    private static List<Annotations.Doc> docs(Path annotations, String part) throws IOException {
        List<Annotations.Doc> docs = Annotations.load(annotations);
        if (part == null) {
            return docs;
        }
        Path list = annotations.resolveSibling("untouched.txt");
        if (!Files.isReadable(list)) {
            throw new IOException(list + ": no untouched list, so the set has no parts");
        }
        Set<String> untouched = new TreeSet<>();
        for (String line : Files.readAllLines(list)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                untouched.add(line.strip());
            }
        }
        boolean want = part.equals("untouched");
        List<Annotations.Doc> out = new ArrayList<>();
        for (Annotations.Doc d : docs) {
            if (untouched.contains(d.file()) == want) {
                out.add(d);
            }
        }
        return out;
    }

    /** Extracts the annotated files of {@code dir} (only those: a part of a set is extracted alone). */
    private DatasetGraph extract(Path dir, List<Annotations.Doc> docs) {
        List<Path> files = new ArrayList<>();
        for (Annotations.Doc d : docs) {
            Path f = dir.resolve(d.file());
            if (Files.exists(f)) {
                files.add(f);
            }
        }
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        Pipeline.builder().errors(ErrorPolicy.report(io.err())).reference(true).build()
                .run(files.isEmpty() ? List.of(dir) : files, StreamRDFLib.dataset(mem));
        return mem;
    }
}
