package org.policykg.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a store holds, file by file: each input file's content hash and the named graphs
 * its documents went to (one for a document, one per row for a table, none when it
 * failed), under the hash of the code that extracted them. A store's MANIFEST says what
 * its data is; a JOURNAL in the same form lists the files an update is changing, so a
 * crash part-way is redone on the next open (see {@link Update}).
 *
 * <pre>
 * policykg-manifest 1
 * code	CODEHASH
 * file	NAME	SHA256	GRAPH GRAPH ...
 * </pre>
 * Names are URL-encoded (a file name may hold a tab or a newline); graphs are IRIs.
 *
 * @param files by file name, in name order
 */
record Manifest(String code, Map<String, Entry> files) {
    private static final String HEADER = "policykg-manifest 1";
    /** The hash of a file that is gone, in a journal. */
    static final String GONE = "gone";

    /** One file: its content hash and its graphs in the order they were written. */
    record Entry(String hash, List<String> graphs) {
        Entry {
            graphs = List.copyOf(graphs);
        }
    }

    Manifest {
        files = new TreeMap<>(files);
    }

    static Manifest read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("code\t")) {
            throw new IOException(file + ": not a store manifest");
        }
        Map<String, Entry> files = new TreeMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 4 || !f[0].equals("file")) {
                throw new IOException(file + ": bad line: " + line);
            }
            List<String> graphs = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(" "));
            files.put(URLDecoder.decode(f[1], StandardCharsets.UTF_8), new Entry(f[2], graphs));
        }
        return new Manifest(lines.get(1).substring("code\t".length()), files);
    }

    /** Written to a temporary sibling, forced to disk, then renamed over {@code file}: never half-written. */
    void write(Path file) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append("\ncode\t").append(code).append('\n');
        files.forEach((name, e) -> b.append("file\t").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('\t').append(e.hash()).append('\t').append(String.join(" ", e.graphs())).append('\n'));
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every graph of every file, files in the order given, each file's graphs in written order. */
    List<String> graphs(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Entry e = files.get(n);
            if (e != null) {
                out.addAll(e.graphs());
            }
        }
        return out;
    }
}
