package org.policykg.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.text.Tsv;

/**
 * Cue words kept as data: each list is a TSV file {@code lexicon/NAME.tsv} beside this
 * class, one word a row with its role (which rule it feeds) and a note saying why it is
 * there. Code holds the logic that uses a list, never the words. A list whose words feed
 * several rules, each taking some of them, has a column {@code readers} between role and
 * note naming the rules that take each word ({@code word role readers note}), so that each
 * word is still written once. Concepts with their
 * selecting words (instruments, beneficiaries, policy types) are in the ontology's
 * {@code skos:hiddenLabel}s instead: see {@link Concepts}.
 */
public final class CueWords {
    /**
     * One row: the word, the role it plays in its list, why it is there, and the rules that take it
     * when the list has a readers column (empty when it has none).
     */
    public record Entry(String word, String role, String note, List<String> readers) {
        public Entry {
            if (word == null || word.isBlank()) {
                throw new IllegalArgumentException("empty cue word");
            }
            readers = List.copyOf(readers);
        }
    }

    /** A word that selects a concept: 算力券 → instrument "compute-voucher". */
    public record Label(String word, String concept) {
    }

    private final String base;
    private final String concepts;
    private final Map<String, List<Entry>> lists = new ConcurrentHashMap<>();
    private final Map<String, List<Label>> labels = new ConcurrentHashMap<>();

    CueWords(String base, String concepts) {
        this.base = base;
        this.concepts = concepts;
    }

    /** The project's own lexicon and concept scheme, from the classpath. */
    public static CueWords standard() {
        return new CueWords("/org/policykg/lexicon/", "/org/policykg/ontology/concepts.ttl");
    }

    /**
     * The {@code skos:hiddenLabel}s of the concepts in scheme {@code pc:SCHEME}, each with the
     * concept's local name less the {@code prefix} (pc:instrument-grant → grant); longest word
     * first, so that the first word found in a text is the most specific.
     */
    public List<Label> labels(String scheme, String prefix) {
        return labels.computeIfAbsent(scheme + " " + prefix, k -> loadLabels(scheme, prefix));
    }

    private List<Label> loadLabels(String scheme, String prefix) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = CueWords.class.getResourceAsStream(concepts)) {
            if (in == null) {
                throw new IllegalStateException("no concept scheme " + concepts);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(concepts, e);
        }
        String ns = m.getNsPrefixURI("pc");
        Resource schemeNode = m.createResource(ns + scheme);
        List<Label> out = new ArrayList<>();
        m.listSubjectsWithProperty(SKOS.inScheme, schemeNode).forEachRemaining(c -> {
            String local = c.getURI().substring(ns.length());
            if (!local.startsWith(prefix)) {
                throw new IllegalStateException(c + " in scheme " + scheme + " does not start with " + prefix);
            }
            c.listProperties(SKOS.hiddenLabel).forEachRemaining(
                    st -> out.add(new Label(st.getString(), local.substring(prefix.length()))));
        });
        if (out.isEmpty()) {
            throw new IllegalStateException("scheme pc:" + scheme + " has no hidden labels in " + concepts);
        }
        out.sort(Comparator.comparingInt((Label l) -> l.word().length()).reversed()
                .thenComparing(Label::word).thenComparing(Label::concept));
        return List.copyOf(out);
    }

    /** Every row of list {@code name}, in file order. */
    public List<Entry> list(String name) {
        return lists.computeIfAbsent(name, this::load);
    }

    /** The words of list {@code name} with role {@code role} (every role when null), in file order. */
    public List<String> words(String name, String role) {
        List<String> out = new ArrayList<>();
        for (Entry e : list(name)) {
            if (role == null || e.role().equals(role)) {
                out.add(e.word());
            }
        }
        return out;
    }

    /**
     * The words of list {@code name} with role {@code role}, each one character, joined into one string: a set of
     * characters read with indexOf. A word of more characters, or no word, is an error naming the list and role.
     */
    public String characters(String name, String role) {
        List<String> ws = words(name, role);
        if (ws.isEmpty()) {
            throw new IllegalStateException("lexicon/" + name + ".tsv has no words of role " + role);
        }
        for (String w : ws) {
            if (w.codePointCount(0, w.length()) != 1) {
                throw new IllegalStateException("lexicon/" + name + ".tsv role " + role + " holds one character a row, not " + w);
            }
        }
        return String.join("", ws);
    }

    /**
     * The words of list {@code name} with role {@code role} that rule {@code reader} takes (the list's
     * readers column), in file order.
     */
    public List<String> words(String name, String role, String reader) {
        List<Entry> entries = list(name);
        if (entries.stream().allMatch(e -> e.readers().isEmpty())) {
            throw new IllegalStateException("lexicon/" + name + ".tsv has no readers column");
        }
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.role().equals(role) && e.readers().contains(reader)) {
                out.add(e.word());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("lexicon/" + name + ".tsv has no words of role " + role + " for reader " + reader);
        }
        return out;
    }

    /**
     * The words as a regex alternation, longest first so that a longer word wins over its
     * prefix (提高到 before 提高); each word is a literal.
     */
    public String alternation(String name, String role) {
        List<String> ws = words(name, role);
        if (ws.isEmpty()) {
            throw new IllegalStateException("lexicon/" + name + ".tsv has no words" + (role == null ? "" : " of role " + role));
        }
        return alternationOf(ws);
    }

    /** The words of list {@code name} with any of {@code roles}, role by role, each role's in the list's order. */
    public List<String> wordsOfRoles(String name, String... roles) {
        List<String> ws = new ArrayList<>();
        for (String role : roles) {
            ws.addAll(words(name, role));
        }
        return ws;
    }

    /** The words of list {@code name} with any of {@code roles} as one alternation (see {@link #alternation}). */
    public String alternationOfRoles(String name, String... roles) {
        List<String> ws = wordsOfRoles(name, roles);
        if (ws.isEmpty()) {
            throw new IllegalStateException("lexicon/" + name + ".tsv has no words of roles " + String.join(", ", roles));
        }
        return alternationOf(ws);
    }

    /** {@code words} as a regex alternation, longest first, each a literal (see {@link #alternation}). */
    public static String alternationOf(java.util.Collection<String> words) {
        List<String> ws = new ArrayList<>(words);
        ws.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> quoted = new ArrayList<>();
        for (String w : ws) {
            quoted.add(w.chars().allMatch(c -> Character.isLetterOrDigit(c)) ? w : Pattern.quote(w));
        }
        return String.join("|", quoted);
    }

    private List<Entry> load(String name) {
        String resource = base + name + ".tsv";
        Tsv.Table table = Tsv.table(resource, 2, 4);
        boolean readers = table.header().size() > 2 && table.header().get(2).strip().equals("readers");
        List<Entry> out = new ArrayList<>();
        for (Tsv.Row row : table.rows()) {
            String[] f = row.fields();
            if (!readers) {
                if (f.length > 3) {
                    throw new IllegalStateException(resource + " line " + row.line() + ": expected 2 to 3 fields, got " + f.length);
                }
                out.add(new Entry(f[0].strip(), f[1].strip(), f.length > 2 ? f[2].strip() : "", List.of()));
                continue;
            }
            List<String> who = f.length > 2 ? List.of(f[2].strip().split("\\s*,\\s*")) : List.of();
            if (who.isEmpty() || who.contains("")) {
                throw new IllegalStateException(resource + " line " + row.line() + ": no readers for " + f[0].strip()
                        + " (column 3, names separated by commas)");
            }
            out.add(new Entry(f[0].strip(), f[1].strip(), f.length > 3 ? f[3].strip() : "", who));
        }
        return List.copyOf(out);
    }
}
