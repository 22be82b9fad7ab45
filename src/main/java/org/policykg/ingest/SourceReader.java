package org.policykg.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one file into a {@link Source}, refusing what is not a text document. */
public final class SourceReader {
    /** Policy texts are tens of KB; a file far beyond this is not one document. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final long maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Source read(Path path) throws InputException {
        String loc = path.toString();
        if (!Files.exists(path)) {
            throw new InputException(loc, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "unreadable: broken symbolic link" : "no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(loc, "not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputException(loc, "file too large (" + size + " bytes; the limit is " + maxBytes
                        + " bytes, see --max-bytes)");
            }
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new InputException(loc, "unreadable: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new InputException(loc, "no such file", e);
        } catch (IOException e) {
            throw new InputException(loc, "unreadable: " + e.getMessage(), e);
        }
        Decoder.Decoded d = Decoder.decode(loc, bytes);
        if (d.text().isBlank()) {
            throw new InputException(loc, "empty file (whitespace only)");
        }
        return new Source(path.getFileName().toString(), loc, d.text(), Decoder.sha256(bytes), d.encoding());
    }
}
