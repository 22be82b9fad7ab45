package org.policykg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.policykg.rdf.Iris;
import org.policykg.rdf.POL;
import org.policykg.rdf.Vocab;

/**
 * What the quads of an N-Quads file are for, counted and sized (bytes of their lines): the
 * evidence nodes (quote, offsets, document, what they support), the links from facts to
 * evidence, types, labels, mentions, and the facts themselves. It says where a graph's size
 * goes and so what could shrink it. Reads the file as it streams (gzip by its name), one
 * line at a time, so a file of any size is counted in constant memory.
 */
public final class QuadKinds {
    /** What a quad is for. */
    public enum Kind {
        EVIDENCE_NODE("evidence nodes (quote, offsets, document, supports, type)"),
        EVIDENCE_LINK("fact -> evidence links (pol:evidence)"),
        TYPE("types of resources (rdf:type)"),
        LABEL("labels, titles, aliases"),
        MENTION("mentions (pol:mentionedIn)"),
        FACT("facts (every other property)"),
        REFERENCE("reference graph (ontology, concepts, gazetteer), once a store");

        public final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** Quads and bytes of one kind or property. */
    public record Tally(long quads, long bytes) {
        Tally plus(long lineBytes) {
            return new Tally(quads + 1, bytes + lineBytes);
        }
    }

    /** The counts: per kind, and per property of the evidence nodes. */
    public record Counts(Map<Kind, Tally> byKind, Map<String, Tally> evidenceByProperty, long quads, long bytes) {
        /** Quads of the documents' graphs, the reference graph left out. */
        public long documentQuads() {
            return quads - byKind.getOrDefault(Kind.REFERENCE, new Tally(0, 0)).quads();
        }
    }

    private static final String EVIDENCE = "<" + Iris.RESOURCE + "evidence/";
    private static final String REFERENCE = "<" + Iris.GRAPH + "reference>";
    private static final String POL_EVIDENCE = "<" + POL.NS + "evidence>";
    private static final String TYPE = "<" + Vocab.RDF + "type>";
    private static final String MENTIONED = "<" + POL.NS + "mentionedIn>";
    private static final java.util.Set<String> LABELS = java.util.Set.of("<" + Vocab.RDFS + "label>",
            "<" + POL.NS + "alias>", "<" + POL.NS + "title>", "<" + Vocab.DCTERMS + "title>",
            "<" + Vocab.SKOS + "prefLabel>", "<" + Vocab.SKOS + "altLabel>");

    private QuadKinds() {
    }

    /** The kind of a quad from its subject and predicate as written in N-Quads. */
    static Kind kind(String subject, String predicate) {
        if (subject.startsWith(EVIDENCE)) {
            return Kind.EVIDENCE_NODE;
        }
        if (predicate.equals(POL_EVIDENCE)) {
            return Kind.EVIDENCE_LINK;
        }
        if (predicate.equals(TYPE)) {
            return Kind.TYPE;
        }
        if (LABELS.contains(predicate)) {
            return Kind.LABEL;
        }
        if (predicate.equals(MENTIONED)) {
            return Kind.MENTION;
        }
        return Kind.FACT;
    }

    /** Counts an N-Quads file, gzipped when its name ends in .gz. */
    public static Counts count(Path nquads) throws IOException {
        try (InputStream raw = Files.newInputStream(nquads);
             InputStream in = nquads.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return count(in);
        }
    }

    public static Counts count(InputStream in) throws IOException {
        Map<Kind, Tally> byKind = new EnumMap<>(Kind.class);
        Map<String, Tally> evidence = new TreeMap<>();
        long quads = 0;
        long bytes = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int s = line.indexOf(' ');
            int p = s < 0 ? -1 : line.indexOf(' ', s + 1);
            if (line.isEmpty() || line.startsWith("#") || p < 0) {
                continue;
            }
            String subject = line.substring(0, s);
            String predicate = line.substring(s + 1, p);
            long lineBytes = utf8Length(line) + 1;
            Kind k = line.endsWith(REFERENCE + " .") ? Kind.REFERENCE : kind(subject, predicate);
            byKind.merge(k, new Tally(1, lineBytes), (a, b) -> a.plus(lineBytes));
            if (k == Kind.EVIDENCE_NODE) {
                evidence.merge(localName(predicate), new Tally(1, lineBytes), (a, b) -> a.plus(lineBytes));
            }
            quads++;
            bytes += lineBytes;
        }
        return new Counts(byKind, evidence, quads, bytes);
    }

    private static String localName(String predicate) {
        String iri = predicate.substring(1, predicate.length() - 1);
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
