package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedsFixture;
import org.policykg.rdf.DatasetWriter;

/**
 * Same input, same bytes: the extract command on two threads (documents finishing out of
 * order, written in order) writes what the shared one-thread extraction writes.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void twoRunsWriteByteIdenticalFiles() throws Exception {
        for (DatasetWriter.Syntax syntax : DatasetWriter.Syntax.values()) {
            Path once = SeedsFixture.file(syntax);
            Path again = dir.resolve(once.getFileName());
            assertEquals(0, SeedsGraphTest.run("extract", "seeds", "-o", again.toString(), "-q", "--threads", "2"));
            assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(again), syntax + " output differs between runs");
        }
    }
}
