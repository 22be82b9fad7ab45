package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.validate.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check a graph (TriG or N-Quads) against ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {
    private static final int SHOWN = 200;
    private final Io io;

    @Parameters(paramLabel = "FILE", description = "The graph to check.")
    Path file;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other shapes than the ones in the jar.")
    Path shapes;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            io.err().println("error: " + file + ": cannot read");
            return ExitCodes.IO;
        }
        DatasetGraph ds;
        try {
            // Parse errors become our one error line, not a log line as well.
            ds = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            org.apache.jena.riot.RDFParser.source(file)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(ds);
        } catch (RiotException e) {
            io.err().println("error: " + file + ": not a readable graph: " + e.getMessage());
            return ExitCodes.IO;
        }
        GraphValidator v = shapes == null ? GraphValidator.standard() : GraphValidator.fromFile(shapes);
        GraphValidator.Report r = v.validate(ds);
        if (r.conforms()) {
            io.out().printf("%s: conforms (%,d triples checked)%n", file, r.triples());
            return ExitCodes.OK;
        }
        io.out().printf("%s: %d violations (%,d triples checked)%n", file, r.violations().size(), r.triples());
        r.violations().stream().limit(SHOWN).forEach(x -> io.out().println("  " + x.line()));
        if (r.violations().size() > SHOWN) {
            io.out().printf("  … and %d more%n", r.violations().size() - SHOWN);
        }
        return ExitCodes.INPUT_FAILED;
    }
}
