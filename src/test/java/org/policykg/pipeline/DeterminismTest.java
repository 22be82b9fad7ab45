package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same bytes: across runs and across thread counts. */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void twoRunsWriteByteIdenticalFiles() throws Exception {
        for (String ext : new String[] {"trig", "nq"}) {
            Path a = dir.resolve("a." + ext);
            Path b = dir.resolve("b." + ext);
            assertEquals(0, SeedsGraphTest.run("extract", "seeds", "-o", a.toString(), "-q", "--threads", "1"));
            assertEquals(0, SeedsGraphTest.run("extract", "seeds", "-o", b.toString(), "-q", "--threads", "2"));
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), ext + " output differs between runs");
        }
    }
}
