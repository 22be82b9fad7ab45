package org.policykg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a store lives and which saved queries go with it: shared by serve and query. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the store (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--queries", paramLabel = "DIR", description = "Saved queries (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");
}
