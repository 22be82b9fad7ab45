package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The example notebook, executed by Debian's Python (/usr/bin/python3, not a pyenv
 * one) against a running server: every cell must run without an error. Skipped where
 * the Python packages are missing, unless POLICYKG_REQUIRE_TOOLS is set (CI sets it).
 */
@Tag("integration") // starts a server and a notebook
class NotebookTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static boolean pythonReady() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import SPARQLWrapper, pandas, matplotlib, nbconvert, ipykernel")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void theNotebookRunsAgainstTheServer() throws Exception {
        if (!pythonReady()) {
            assertTrue(System.getenv("POLICYKG_REQUIRE_TOOLS") == null,
                    "POLICYKG_REQUIRE_TOOLS is set but Debian's python3 notebook packages are missing");
            Assumptions.abort("python3-sparqlwrapper, python3-pandas, python3-matplotlib, python3-nbconvert not installed");
        }
        TestServer s = TestServer.get();
        Path out = Files.createDirectories(Path.of("target", "notebook"));
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=180", "--output-dir", out.toString(), "examples/policykg.ipynb")
                .redirectErrorStream(true);
        pb.environment().put("POLICYKG_ENDPOINT", s.url("/kg/sparql"));
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the notebook finishes");
        assertEquals(0, p.exitValue(), log);
        String executed = Files.readString(out.resolve("policykg.ipynb"));
        assertFalse(executed.contains("\"output_type\": \"error\""), "no cell failed");
        assertTrue(executed.contains("image/png"), "the plot was drawn");
        assertTrue(executed.contains("上海市"), "the tables hold data from the endpoint");
    }
}
