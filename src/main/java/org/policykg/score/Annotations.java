package org.policykg.score;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The project's own annotations of what each seed contains (eval/annotations/*.yaml,
 * conventions in its README). Values are read as the strings they are written as.
 */
public final class Annotations {
    private Annotations() {
    }

    /** One annotated document: what a perfect extraction would yield, as attribute → values. */
    public record Doc(String file, Map<String, Object> document, List<Map<String, Object>> policies,
                      List<Map<String, Object>> reports, TreeSet<String> regions, TreeSet<String> agencies,
                      List<Map<String, Object>> targets, List<Map<String, Object>> measures,
                      List<Map<String, Object>> companies) {
    }

    public static List<Doc> load(Path dir) throws IOException {
        List<Doc> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(load1(f));
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no annotations (*.yaml) in " + dir);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Doc load1(Path f) throws IOException {
        Map<String, Object> m;
        try (Reader r = Files.newBufferedReader(f)) {
            m = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
        if (m == null || !(m.get("file") instanceof String file)) {
            throw new IOException(f + ": missing 'file'");
        }
        for (Map<String, Object> p : list(m.get("policies"))) {
            if (p.get("title") == null && !Boolean.TRUE.equals(p.get("self"))) {
                throw new IOException(f + ": a policy without title (only the text's own policy, self: true, may lack one)");
            }
        }
        return new Doc(file,
                (Map<String, Object>) m.getOrDefault("document", Map.of()),
                list(m.get("policies")), list(m.get("reports")),
                strings(m.get("regions")), strings(m.get("agencies")),
                list(m.get("targets")), list(m.get("measures")), list(m.get("companies")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }

    public static TreeSet<String> strings(Object o) {
        TreeSet<String> out = new TreeSet<>();
        if (o instanceof Collection<?> c) {
            c.forEach(x -> out.add(str(x)));
        } else if (o != null) {
            out.add(str(o));
        }
        return out;
    }

    /** A scalar as written: YAML reads 2023-09-15 as a timestamp, which is a date here. */
    public static String str(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(o);
    }
}
