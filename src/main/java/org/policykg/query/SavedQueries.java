package org.policykg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/** The saved queries of a folder, parsed and checked once, in name order. */
public final class SavedQueries {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(?<key>[a-z-]+)\\s*:\\s*(?<value>.*)$");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final List<SavedQuery> all;

    private SavedQueries(List<SavedQuery> all) {
        this.all = List.copyOf(all);
    }

    /** Reads every {@code *.rq} file in {@code dir}; a bad file is an error naming it. */
    public static SavedQueries load(Path dir) throws IOException {
        List<SavedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(parse(f));
            }
        }
        return new SavedQueries(out);
    }

    /** Where the build puts a copy of queries/ inside the jar. */
    static final String BUNDLED = "/org/policykg/queries/";

    /** The saved queries the jar carries (a copy of the repository's queries/ at build time). */
    public static SavedQueries bundled() throws IOException {
        java.net.URL url = SavedQueries.class.getResource(BUNDLED);
        if (url == null) {
            return new SavedQueries(List.of());
        }
        try {
            java.net.URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                java.nio.file.FileSystem fs;
                try {
                    fs = java.nio.file.FileSystems.newFileSystem(uri, Map.of());
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    fs = java.nio.file.FileSystems.getFileSystem(uri);
                }
                return load(fs.getPath(BUNDLED));
            }
            return load(Path.of(uri));
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    public List<SavedQuery> all() {
        return all;
    }

    public Optional<SavedQuery> get(String name) {
        return all.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    static SavedQuery parse(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".rq".length());
        return parse(name, Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses a query's text; {@code where} names it in errors. */
    public static SavedQuery parse(String name, String text, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": a saved query's name is lower-case letters, digits and '-'");
        }
        Map<String, String> header = new HashMap<>();
        List<SavedQuery.Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                if (line.isBlank()) {
                    continue;
                }
                break; // the header ends at the first line of SPARQL
            }
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String key = m.group("key");
            String value = m.group("value").strip();
            if (key.equals("param")) {
                params.add(param(value, where));
            } else {
                header.put(key, value);
            }
        }
        String[] title = split(require(header, "title", where));
        SavedQuery.Chart chart = header.containsKey("chart") ? chart(header.get("chart"), where) : null;
        try {
            if (!QueryFactory.create(text).isSelectType()) {
                throw new IllegalArgumentException(where + ": a saved query is a SELECT query");
            }
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(where + ": not valid SPARQL: " + e.getMessage(), e);
        }
        return new SavedQuery(name, title[0], title[1], require(header, "question-zh", where),
                require(header, "question-en", where), params, chart, text);
    }

    private static String require(Map<String, String> header, String key, String where) {
        String v = header.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(where + ": the header has no '# " + key + ":' line");
        }
        return v;
    }

    /** "zh | en" → {zh, en}; without a bar the English part is empty. */
    private static String[] split(String s) {
        int bar = s.indexOf('|');
        return bar < 0 ? new String[] {s.strip(), ""} : new String[] {s.substring(0, bar).strip(), s.substring(bar + 1).strip()};
    }

    /** "year xsd:integer 2025 | 截止年份 | deadline year" */
    private static SavedQuery.Param param(String value, String where) {
        String[] parts = value.split("\\|", -1);
        String[] head = parts[0].strip().split("\\s+");
        if (head.length < 2) {
            throw new IllegalArgumentException(where + ": '# param:' needs a name and a datatype: " + value);
        }
        String name = head[0].startsWith("?") ? head[0].substring(1) : head[0];
        String datatype = head[1];
        if (!datatype.equals("iri") && !datatype.startsWith("xsd:")) {
            throw new IllegalArgumentException(where + ": parameter " + name + " has datatype " + datatype
                    + "; use iri or xsd:…");
        }
        String def = head.length > 2 ? head[2] : null;
        return new SavedQuery.Param(name, datatype, def, parts.length > 1 ? parts[1].strip() : "",
                parts.length > 2 ? parts[2].strip() : "");
    }

    /** "bar category=regionLabel value=maxAmount series=unit" */
    private static SavedQuery.Chart chart(String value, String where) {
        String[] words = value.strip().split("\\s+");
        Map<String, String> kv = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                kv.put(words[i].substring(0, eq), words[i].substring(eq + 1).replaceFirst("^\\?", ""));
            }
        }
        if (!words[0].equals("bar") && !words[0].equals("timeline")) {
            throw new IllegalArgumentException(where + ": chart kind is bar or timeline, not " + words[0]);
        }
        if (!kv.containsKey("category") || !kv.containsKey("value")) {
            throw new IllegalArgumentException(where + ": '# chart:' needs category= and value=");
        }
        return new SavedQuery.Chart(words[0], kv.get("category"), kv.get("value"), kv.get("series"));
    }
}
