package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCodes;
import org.policykg.cli.Io;
import org.policykg.cli.Main;

/** Bad input: one clear line per bad file, every good document still written, a non-zero exit. */
class BadInputTest {
    private static final String GOOD = "# 某省印发数据条例\n\n近日，某省人民政府印发《湖南省数据要素市场条例》。\n";

    @TempDir
    Path dir;
    Path in;
    String stdout;
    String stderr;

    @BeforeEach
    void corpus() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.md"), GOOD);
        Files.writeString(in.resolve("good-gbk.txt"), "湖北省印发《湖北省算力券管理办法》。", Charset.forName("GBK"));
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    private List<String> errorLines() {
        return stderr.lines().filter(l -> l.startsWith("error: ")).toList();
    }

    private void assertGoodDocumentsWritten(Path out) {
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
        assertTrue(ds.containsGraph(org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/policykg/graph/document/good.md")));
        assertTrue(ds.containsGraph(org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/policykg/graph/document/good-gbk.txt")));
    }

    @Test
    void eachBadFileGetsOneLineAndTheRestIsStillExtracted() throws Exception {
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xFF});
        Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0xE4, (byte) 0xB8, 'x', (byte) 0xFF, (byte) 0xFE, (byte) 0xFD});
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
        // A named pipe: an entry that cannot be read as a document (root can read any file,
        // so permissions alone would not make one unreadable here).
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Path out = dir.resolve("kg.trig");

        assertEquals(ExitCodes.INPUT_FAILED, run("extract", in.toString(), "-o", out.toString(), "-q"));
        List<String> errors = errorLines();
        assertEquals(6, errors.size(), stderr);
        assertLine(errors, "empty.txt", "empty file");
        assertLine(errors, "binary.txt", "binary content");
        assertLine(errors, "broken.txt", "undecodable bytes");
        assertLine(errors, "huge.txt", "file too large");
        assertLine(errors, "dangling.txt", "unreadable: broken symbolic link");
        assertLine(errors, "pipe.txt", "not a regular file");
        assertTrue(stderr.contains("8 documents (6 failed)"), stderr);
        assertGoodDocumentsWritten(out);
    }

    @Test
    void controlBytesFromABrokenFontAreSkippedAndReportedNotFatal() throws Exception {
        // A PDF print whose font left control bytes inside the text: read, extracted, and the
        // skipped characters named by where they are (code points of the decoded text).
        Files.writeString(in.resolve("garbled.txt"), "湖南省印发\u0001\u0002《湖南省算力券管理办法》。\u001F\n");
        Path out = dir.resolve("kg.trig");

        assertEquals(ExitCodes.OK, run("extract", in.toString(), "-o", out.toString(), "-q"), stderr);
        assertTrue(errorLines().isEmpty(), stderr);
        List<String> warnings = stderr.lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(1, warnings.size(), stderr);
        assertTrue(warnings.get(0).endsWith("garbled.txt: skipped 3 control characters at character 5-6, 20"), warnings.get(0));
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
        assertTrue(ds.containsGraph(org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/policykg/graph/document/garbled.txt")));
    }

    private static void assertLine(List<String> errors, String file, String reason) {
        assertTrue(errors.stream().anyMatch(l -> l.contains(file + ": " + reason)), file + " → " + reason + " in " + errors);
    }

    @Test
    void anUnreadableFolderIsReported() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any folder");
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Path out = dir.resolve("kg.trig");
            assertEquals(ExitCodes.INPUT_FAILED, run("extract", in.toString(), "-o", out.toString(), "-q"));
            assertLine(errorLines(), "locked", "unreadable folder");
            assertGoodDocumentsWritten(out);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void theOutputIsNeverLeftHalfWritten() throws Exception {
        Path out = dir.resolve("kg.nq");
        Files.writeString(out, "previous run\n");
        // The output folder cannot be created: nothing is written, the previous file stays whole.
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        assertEquals(ExitCodes.IO, run("extract", in.toString(), "-o", blocked.resolve("kg.nq").toString(), "-q"));
        assertTrue(errorLines().get(0).contains("cannot write"), stderr);
        assertEquals("previous run\n", Files.readString(out));

        assertEquals(ExitCodes.OK, run("extract", in.toString(), "-o", out.toString(), "-q"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        assertTrue(Files.readString(out).contains("good.md"));
    }

    @Test
    void aFileGivenByNameIsReadAndDuplicatesByNameAreRefused() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("good.md"), GOOD);
        Path out = dir.resolve("kg.trig");
        assertEquals(ExitCodes.INPUT_FAILED, run("extract", in.resolve("good.md").toString(),
                other.resolve("good.md").toString(), "-o", out.toString(), "-q"));
        assertLine(errorLines(), "good.md", "same file name as");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCodes.USAGE, run("extract", in.toString(), "-o", dir.resolve("kg.ttl").toString()));
        assertTrue(stderr.contains("use .trig, .nq or .nquads"), stderr);
        assertEquals(ExitCodes.USAGE, run("extract"));
        assertEquals(ExitCodes.USAGE, run("no-such-command"));
    }

    /** Issue 11, finding 7: these gave "4 documents (0 failed)" but 3 graphs, one document with two titles. */
    @Test
    void filesWhoseNamesSlugToOneIriAreNotMerged() throws Exception {
        Files.writeString(in.resolve("with space.txt"), "江西省印发《江西省数据券实施办法》。");
        Files.writeString(in.resolve("with-space.txt"), "广西印发《广西算力券实施细则》。");
        Path out = dir.resolve("kg.trig");
        assertEquals(ExitCodes.INPUT_FAILED, run("extract", in.toString(), "-o", out.toString(), "-q"));
        List<String> errors = errorLines();
        assertEquals(1, errors.size(), stderr);
        assertTrue(errors.get(0).contains("with-space.txt: same document IRI (with-space.txt) as ")
                && errors.get(0).contains("with space.txt"), errors.get(0));
        assertTrue(stderr.contains("(1 failed)"), stderr);
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(out.toString());
        var g = ds.getGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/policykg/graph/document/with-space.txt"));
        String nt = g.find().toList().toString();
        assertTrue(nt.contains("江西") && !nt.contains("广西"), "the graph holds the first file only");
    }

    /** Finding 9: a folder linking to its parent was walked 40 levels deep with 123 error lines. */
    @Test
    void aSymbolicLinkLoopIsOneLine() throws Exception {
        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), in);
        Path out = dir.resolve("kg.trig");
        assertEquals(ExitCodes.INPUT_FAILED, run("extract", in.toString(), "-o", out.toString(), "-q"));
        List<String> errors = errorLines();
        assertEquals(1, errors.size(), stderr);
        assertTrue(errors.get(0).contains("symbolic link loop"), errors.get(0));
        assertGoodDocumentsWritten(out);
    }

    /** Finding 9: a newline in a file name forged a line of its own on stderr. */
    @Test
    void aNewlineInAFileNameCannotForgeALine() throws Exception {
        Files.write(in.resolve("bad\nerror: forged.txt"), new byte[0]);
        Path out = dir.resolve("kg.trig");
        assertEquals(ExitCodes.INPUT_FAILED, run("extract", in.toString(), "-o", out.toString(), "-q"));
        List<String> errors = errorLines();
        assertEquals(1, errors.size(), stderr);
        assertTrue(errors.get(0).contains("bad\\nerror: forged.txt: empty file"), errors.get(0));
    }

    /** Finding 9: an output path that is a folder was found only after the whole extraction. */
    @Test
    void anOutputThatIsAFolderIsRefusedBeforeAnyWork() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out.trig"));
        assertEquals(ExitCodes.USAGE, run("extract", in.toString(), "-o", folder.toString()));
        assertEquals(List.of("error: " + folder + ": is a folder; give a file name"), errorLines());
        assertFalse(stderr.contains("documents"), "nothing was extracted: " + stderr);
        assertEquals(ExitCodes.IO, run("extract", in.toString(), "-o", dir.resolve("no/such/kg.trig").toString()));
        assertTrue(errorLines().get(0).contains("folder does not exist"), stderr);
    }

    /** Finding 9: the output was created 0600 whatever the umask; it now gets the mode any new file gets. */
    @Test
    void theOutputHonoursTheUmask() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"));
        Path plain = dir.resolve("plain");
        Files.newOutputStream(plain).close(); // created as the process's umask says
        Path out = dir.resolve("kg.trig");
        assertEquals(ExitCodes.OK, run("extract", in.toString(), "-o", out.toString(), "-q"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    /**
     * Finding 9: a full disk. /dev/full fails every write with ENOSPC; an output linked to it is
     * written through the link (not replaced by a move) and the failure is one line naming the file.
     */
    @Test
    void aFullDiskIsOneLineNamingTheFile() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        Path out = Files.createSymbolicLink(dir.resolve("kg.trig"), full);
        assertEquals(ExitCodes.IO, run("extract", in.toString(), "-o", out.toString(), "-q"));
        assertEquals(List.of("error: " + out + ": cannot write: No space left on device"), errorLines(), stderr);
        assertTrue(Files.isSymbolicLink(out), "the link is still there, not replaced by a file");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
