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
 * What a store is built from, as one SHA-256: every input's name and content, and the
 * code that extracts it (the jar, when running from one), so that changing either
 * rebuilds the store and nothing else does.
 */
final class InputHash {
    private InputHash() {
    }

    static String of(List<Path> files) throws IOException {
        MessageDigest all = sha256();
        all.update(("policykg-store 1\ncode " + codeHash() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path f : files) {
            all.update((f.getFileName() + "\t" + fileHash(f) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(all.digest());
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
    private static String codeHash() throws IOException {
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
