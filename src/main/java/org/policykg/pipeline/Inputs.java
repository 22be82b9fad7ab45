package org.policykg.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policykg.ingest.InputException;
import org.policykg.text.Slug;

/**
 * Expands the paths given on the command line into document files, in a fixed
 * order. Folders are walked recursively; hidden entries and a folder's own
 * metadata files (README, SOURCES, LICENSE, NOTICE) are skipped. Entries that
 * cannot be listed or followed are reported, not silently dropped.
 */
public final class Inputs {
    private Inputs() {
    }

    public static List<Path> collect(List<Path> paths, ErrorPolicy errors) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walk(p, out, errors, new HashSet<>());
            } else {
                out.add(p); // a named file is read even if it looks like metadata; the reader reports problems
            }
        }
        return withoutDuplicateNames(out, errors);
    }

    /**
     * Document IRIs are made from file names, slugged ({@code with space.txt} and
     * {@code with-space.txt} are both {@code with-space.txt}): two files with one slug would
     * be merged into one document, so the later one in the walk's order is refused, with both named.
     */
    private static List<Path> withoutDuplicateNames(List<Path> files, ErrorPolicy errors) {
        Map<String, Path> seen = new HashMap<>();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String slug = Slug.ofFileName(name);
            Path first = seen.putIfAbsent(slug, f);
            if (first != null && !first.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                errors.failed(new InputException(f.toString(), (first.getFileName().toString().equals(name)
                        ? "same file name as " : "same document IRI (" + slug + ") as ") + first
                        + " (document IRIs are made from file names; rename one)"));
            } else if (first == null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether file names are decoded as UTF-8 here: the JVM decodes them by the locale (LANG, LC_ALL). */
    static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));

    private static void walk(Path dir, List<Path> out, ErrorPolicy errors, Set<Path> ancestors) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException | SecurityException e) {
            errors.failed(new InputException(dir.toString(), "unreadable folder: " + reason(e)));
            return;
        }
        if (!ancestors.add(real)) {
            errors.failed(new InputException(dir.toString(), "symbolic link loop: the folder " + real + " contains itself"));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            errors.failed(new InputException(dir.toString(), "unreadable folder: " + reason(e)));
            ancestors.remove(real);
            return;
        }
        entries.sort(null);
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (name.startsWith(".") || isFolderMetadata(name)) {
                continue;
            }
            if (!UTF8_NAMES && !nameRoundTrips(e)) {
                errors.failed(new InputException(e.toString(), "file name not readable in this locale's encoding ("
                        + System.getProperty("sun.jnu.encoding") + "); set LANG=C.UTF-8 (or another UTF-8 locale) and run again"));
                continue;
            }
            if (Files.isDirectory(e)) {
                walk(e, out, errors, ancestors);
            } else if (Files.isRegularFile(e)) {
                out.add(e);
            } else if (Files.isSymbolicLink(e) && !Files.exists(e)) {
                errors.failed(new InputException(e.toString(), "unreadable: broken symbolic link"));
            } else if (Files.exists(e, LinkOption.NOFOLLOW_LINKS)) {
                errors.failed(new InputException(e.toString(), "not a regular file"));
            }
        }
        ancestors.remove(real);
    }

    /**
     * Under a non-UTF-8 locale the JVM shows the bytes of a Chinese file name as '?': the listed
     * path still opens (it keeps the bytes), but its name, and so the document's IRI, is lost.
     * Such a name does not survive being turned into text and back.
     */
    private static boolean nameRoundTrips(Path p) {
        try {
            Path again = p.getParent() == null ? Path.of(p.getFileName().toString())
                    : p.getParent().resolve(p.getFileName().toString());
            return Files.exists(again, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(again, p);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static boolean isFolderMetadata(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.startsWith("README") || n.startsWith("SOURCES") || n.startsWith("LICENSE") || n.startsWith("NOTICE");
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
