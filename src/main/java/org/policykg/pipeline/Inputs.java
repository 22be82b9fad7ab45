package org.policykg.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policykg.ingest.InputException;

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
                walk(p, out, errors);
            } else {
                out.add(p); // a named file is read even if it looks like metadata; the reader reports problems
            }
        }
        return withoutDuplicateNames(out, errors);
    }

    /** Document IRIs are made from file names, so two files with one name cannot both be extracted. */
    private static List<Path> withoutDuplicateNames(List<Path> files, ErrorPolicy errors) {
        Map<String, Path> seen = new HashMap<>();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path first = seen.putIfAbsent(name, f);
            if (first != null && !first.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                errors.failed(new InputException(f.toString(), "same file name as " + first
                        + " (document IRIs are made from file names)"));
            } else if (first == null) {
                out.add(f);
            }
        }
        return out;
    }

    private static void walk(Path dir, List<Path> out, ErrorPolicy errors) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            errors.failed(new InputException(dir.toString(), "unreadable folder: " + reason(e)));
            return;
        }
        entries.sort(null);
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (name.startsWith(".") || isFolderMetadata(name)) {
                continue;
            }
            if (Files.isDirectory(e)) {
                walk(e, out, errors);
            } else if (Files.isRegularFile(e)) {
                out.add(e);
            } else if (Files.isSymbolicLink(e) && !Files.exists(e)) {
                errors.failed(new InputException(e.toString(), "unreadable: broken symbolic link"));
            } else if (Files.exists(e, LinkOption.NOFOLLOW_LINKS)) {
                errors.failed(new InputException(e.toString(), "not a regular file"));
            }
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
