package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policykg.query.SavedQueries;
import picocli.CommandLine.Option;

/** Where a store lives and which saved queries go with it: shared by serve and query. */
final class StoreOptions {
    static final Path DEFAULT_QUERIES = Path.of("queries");

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the store (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("data");

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Saved queries (default: ${DEFAULT-VALUE} when that folder exists, else those in the jar).")
    Path queries = DEFAULT_QUERIES;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents extracted in parallel when the store is built or updated (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The folder's queries; the jar's own when the default folder is absent (run outside the repository). */
    SavedQueries savedQueries() throws IOException {
        if (!Files.isDirectory(queries) && queries.equals(DEFAULT_QUERIES)) {
            return SavedQueries.bundled();
        }
        return SavedQueries.load(queries);
    }
}
