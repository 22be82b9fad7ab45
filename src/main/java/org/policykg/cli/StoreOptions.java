package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a store comes from and lives: shared by serve and query. */
final class StoreOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents to serve (default: seeds).")
    List<Path> inputs = List.of(Path.of("seeds"));

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the store (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--queries", paramLabel = "DIR", description = "Saved queries (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");
}
