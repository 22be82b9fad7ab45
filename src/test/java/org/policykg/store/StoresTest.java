package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store is built aside and switched to, never opened half-built, and updated in place exactly
 * when its inputs change (see {@link IncrementalStoreTest} for what an update holds).
 */
@Tag("integration") // builds TDB2 stores on disk
class StoresTest {
    @TempDir
    Path tmp;

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void buildsOnceThenReopensThenUpdatesWhenAnInputChanges() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(Path.of("seeds/000_1946f55c0c7bf20a.txt"), docs.resolve("000_1946f55c0c7bf20a.txt"));
        Files.copy(Path.of("seeds/002_ef29dd712f219e88.txt"), docs.resolve("002_ef29dd712f219e88.txt"));
        Path data = tmp.resolve("data");

        Path first;
        long firstSize;
        try (Store s = Stores.open(data, List.of(docs), quiet(), false).store()) {
            first = s.dir();
            firstSize = s.size();
            assertTrue(firstSize > 1000);
            assertTrue(Files.isRegularFile(s.sources().resolve("002_ef29dd712f219e88.txt")));
            assertTrue(Files.size(s.dumps().resolve("policykg.nq")) > 0);
        }
        assertEquals(first.getFileName().toString(), Files.readString(data.resolve("CURRENT")).strip());

        Stores.Opened again = Stores.open(data, List.of(docs), quiet(), false);
        try (Store s = again.store()) {
            assertFalse(again.built(), "unchanged inputs open the existing store");
            assertEquals(first, s.dir());
        }

        Files.writeString(docs.resolve("002_ef29dd712f219e88.txt"), "\n上海市人民政府印发《上海市测试行动方案》。\n",
                StandardOpenOption.APPEND);
        Stores.Opened changed = Stores.open(data, List.of(docs), quiet(), false);
        try (Store s = changed.store()) {
            assertTrue(changed.built(), "a changed input updates the store");
            assertEquals("0 added, 1 changed, 0 removed", changed.updated());
            assertEquals(first, s.dir(), "in place");
            assertNotEquals(again.store().hash(), s.hash(), "the identifier follows the inputs");
            assertTrue(s.size() > firstSize);
        }
    }

    @Test
    void aHalfBuiltLeftoverIsNeverOpenedAndIsCleanedUp() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(Path.of("seeds/000_1946f55c0c7bf20a.txt"), docs.resolve("000_1946f55c0c7bf20a.txt"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path leftover = Files.createDirectories(data.resolve(".building-deadbeef-1"));
        Files.writeString(leftover.resolve("junk"), "a build that died");
        // A store folder of the right name but without its COMPLETE mark is not trusted either.
        try (Store s = Stores.open(data, List.of(docs), quiet(), false).store()) {
            assertTrue(Files.exists(s.dir().resolve("COMPLETE")));
            assertFalse(Files.exists(leftover));
            assertTrue(s.size() > 100);
        }
    }

    @Test
    void anInputErrorIsReportedAndTheRestIsServed() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(Path.of("seeds/000_1946f55c0c7bf20a.txt"), docs.resolve("000_1946f55c0c7bf20a.txt"));
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Stores.Opened o = Stores.open(tmp.resolve("data"), List.of(docs), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        try (Store s = o.store()) {
            assertEquals(1, o.summary().failed());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.txt"), err.toString(StandardCharsets.UTF_8));
            assertTrue(s.size() > 100);
        }
    }
}
