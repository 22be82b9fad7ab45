package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policykg.eval.Annotations;
import org.policykg.eval.Evaluator;
import org.policykg.eval.QualityReport;
import org.policykg.pipeline.ErrorPolicy;
import org.policykg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Compare the extraction of the seeds with the project's annotations (P/R/F1).")
final class EvalCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Documents to extract (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--annotations", paramLabel = "DIR", description = "Annotations (default: ${DEFAULT-VALUE}).")
    Path annotations = Path.of("eval/annotations");

    @Option(names = "--graph", paramLabel = "FILE", description = "Score this graph instead of extracting the seeds.")
    Path graph;

    @Option(names = "--details", description = "List every false positive and false negative.")
    boolean details;

    EvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<Annotations.Doc> docs;
        try {
            docs = Annotations.load(annotations);
        } catch (IOException e) {
            io.err().println("error: " + annotations + ": " + e.getMessage());
            return ExitCodes.IO;
        }
        DatasetGraph ds;
        if (graph != null) {
            if (!Files.isReadable(graph)) {
                io.err().println("error: " + graph + ": cannot read");
                return ExitCodes.IO;
            }
            ds = RDFDataMgr.loadDatasetGraph(graph.toString());
        } else {
            DatasetGraph mem = DatasetGraphFactory.createGeneral();
            Pipeline.builder().errors(ErrorPolicy.report(io.err())).build()
                    .run(List.of(seeds), StreamRDFLib.dataset(mem));
            ds = mem;
        }
        io.out().printf("PolicyKG quality report: %d annotated documents (%s)%n", docs.size(), annotations);
        QualityReport.print(new Evaluator(ds).evaluate(docs), io.out(), details);
        return ExitCodes.OK;
    }
}
