package org.policykg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.Io;
import org.policykg.cli.Main;

/** publish's errors: an unreachable endpoint, a bad address, a dump that is not grouped by graph. */
class PublishCommandTest {
    @TempDir
    Path dir;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new Io(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), false));
        err = e.toString(StandardCharsets.UTF_8);
        assertEquals("", o.toString(StandardCharsets.UTF_8), "nothing on stdout");
        return code;
    }

    @Test
    void anUnreachableEndpointIsOneLineBeforeAnyWork() throws Exception {
        Path dump = Files.writeString(dir.resolve("kg.nq"), "<http://x/s> <http://x/p> \"o\" <https://w3id.org/policykg/graph/document/a.txt> .\n");
        // Port 9 (discard) on the loopback: nothing listens there on a test machine.
        assertEquals(3, run("publish", "--to", "http://127.0.0.1:9/ds/data", "--attempts", "2", "--backoff", "0", dump.toString()));
        assertTrue(err.startsWith("error: read the manifest at http://127.0.0.1:9/ds/data: cannot reach the endpoint"), err);
        assertTrue(err.contains("(after 2 attempts)"), err);
    }

    @Test
    void aBadAddressIsAUsageError() {
        assertEquals(2, run("publish", "--to", "ftp://example.org/", "seeds"));
        assertTrue(err.contains("--to must be an http(s) URL"), err);
    }

    @Test
    void aGraphIsSentWholeWhenTheNextOneStarts() {
        var a = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/policykg/graph/document/a.txt");
        var b = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/policykg/graph/document/b.txt");
        var p = org.apache.jena.graph.NodeFactory.createURI("http://x/p");
        java.util.List<String> sent = new java.util.ArrayList<>();
        GraphStream s = new GraphStream((g, content) -> sent.add(g.getURI().substring(g.getURI().lastIndexOf('/') + 1) + "=" + content.size()));
        s.quad(org.apache.jena.sparql.core.Quad.create(a, a, p, org.apache.jena.graph.NodeFactory.createLiteralString("1")));
        s.quad(org.apache.jena.sparql.core.Quad.create(a, a, p, org.apache.jena.graph.NodeFactory.createLiteralString("2")));
        s.quad(org.apache.jena.sparql.core.Quad.create(b, b, p, org.apache.jena.graph.NodeFactory.createLiteralString("3")));
        assertEquals(java.util.List.of("a.txt=2"), sent, "a is complete once b starts");
        s.finish();
        assertEquals(java.util.List.of("a.txt=2", "b.txt=1"), sent);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> s.triple(org.apache.jena.graph.Triple.create(a, p, a)));
        assertTrue(e.getMessage().contains("outside a named graph"), e.getMessage());
    }
}
