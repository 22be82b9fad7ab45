package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

class TextIndexingTest {

    /** A text index that records the entities it is given and fails at the {@code failAt}-th (or never when 0). */
    private static TextIndex recording(List<String> added, int failAt) {
        var def = TextIndexes.definition();
        return (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getDocDef" -> def;
                    case "addEntity" -> {
                        Entity e = (Entity) args[0];
                        if (added.size() + 1 == failAt) {
                            throw new IllegalStateException("disk full");
                        }
                        added.add(e.getId() + " " + e.getMap().values());
                        yield null;
                    }
                    default -> null;
                });
    }

    private static List<Quad> quads(int n) {
        Node g = NodeFactory.createURI("urn:doc");
        List<Quad> qs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Node s = NodeFactory.createURI("urn:s" + i);
            qs.add(Quad.create(g, s, Vocab.label, NodeFactory.createLiteralString("第" + i + "条")));
            qs.add(Quad.create(g, s, POL.ordinal, NodeFactory.createLiteralString(String.valueOf(i)))); // not indexed
        }
        return qs;
    }

    @Test
    void indexesEveryIndexedQuadInTheOrderGivenAndNoOther() {
        List<String> added = Collections.synchronizedList(new ArrayList<>());
        TextIndexing t = new TextIndexing(recording(added, 0));
        quads(1500).forEach(t::add); // three batches and a part
        t.finish();
        t.close();
        assertEquals(1500, added.size());
        for (int i = 0; i < 1500; i++) {
            assertEquals("urn:s" + i + " [第" + i + "条]", added.get(i));
        }
    }

    @Test
    void aFailureOnTheIndexThreadIsThrownToTheBuildNotLost() {
        List<String> added = Collections.synchronizedList(new ArrayList<>());
        TextIndexing t = new TextIndexing(recording(added, 700));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            quads(100_000).forEach(t::add); // far more than the queue holds: must not block for ever
            t.finish();
        });
        assertEquals("disk full", e.getMessage());
        t.close();
        assertEquals(699, added.size());
    }

    @Test
    void closingBeforeTheFinishStopsTheThread() throws Exception {
        List<String> added = Collections.synchronizedList(new ArrayList<>());
        TextIndexing t = new TextIndexing(recording(added, 0));
        quads(10).forEach(t::add);
        t.close();
        Thread index = Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().equals("policykg-text-index") && th.isAlive()).findFirst().orElse(null);
        assertNull(index, "the index's thread is gone after close");
    }
}
