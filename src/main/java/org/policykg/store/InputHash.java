package org.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a store is built from, as SHA-256 hashes: each input's content, the code that
 * extracts it (the jar, when running from one: another jar builds another store), and the
 * whole input set with the code as one hash (the store's identifier in /void.ttl).
 */
final class InputHash {
    private InputHash() {
    }

    /** The hash of {@code files} in their order, given each one's content hash by file name. */
    static String of(String code, List<Path> files, java.util.Map<String, String> hashes) {
        MessageDigest all = sha256();
        all.update(("policykg-store 1\ncode " + code + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path f : files) {
            all.update((f.getFileName() + "\t" + hashes.get(f.getFileName().toString()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** SHA-256 of a string, in hex. */
    static String of(String s) {
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static String fileHash(Path f) throws IOException {
        MessageDigest d = sha256();
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The running jar's hash; from a class folder (tests, IDE) the code does not take part. */
    static String codeHash() throws IOException {
        try {
            Path code = Path.of(InputHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? fileHash(code) : "classes";
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
