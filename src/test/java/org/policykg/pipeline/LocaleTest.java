package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, finding 8: under LANG=C the JVM reads a Chinese file name as "????.txt", so two
 * such files collided and IRIs depended on the locale. Now each such file gets a line saying
 * how to set the locale, and the ASCII-named documents are still extracted.
 */
@Tag("integration") // starts a JVM
class LocaleTest {
    @TempDir
    Path dir;

    @Test
    void chineseFileNamesUnderACLocaleAreReportedWithTheFix() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("上海政策.txt"), "上海市印发《上海市算力券实施办法》。");
        Files.writeString(in.resolve("浙江政策.txt"), "浙江省印发《浙江省数据券实施办法》。");
        Files.writeString(in.resolve("ascii.txt"), "湖北省印发《湖北省算力券管理办法》。");
        Path out = dir.resolve("kg.nq");
        ProcessBuilder pb = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                "org.policykg.cli.Main", "extract", "in", "-o", "kg.nq", "-q").directory(dir.toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LC_CTYPE");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<String> errors = err.lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(2, errors.size(), err);
        assertTrue(errors.stream().allMatch(l -> l.contains("set LANG=C.UTF-8")), err);
        assertEquals(1, p.exitValue(), err);
        assertTrue(Files.readString(out).contains("graph/document/ascii.txt"), "the other document is written");
    }
}
