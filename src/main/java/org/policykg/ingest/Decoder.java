package org.policykg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM (or without, told by where
 * its NULs fall), else the legacy charset a page declares, else the one of {@link Charsets}
 * (GB18030, which covers GBK and GB2312; Big5-HKSCS) the bytes read best in. Anything else is
 * refused with a reason.
 */
public final class Decoder {
    private Decoder() {
    }

    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(String file, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(file, "empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(file, bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(file, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            Decoded utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) {
                return utf16;
            }
            throw new InputException(file, "binary content (NUL byte at offset " + nul + ")");
        }
        // Stray control bytes are what a broken PDF font leaves in real text (the normaliser skips
        // them); only a file where they are a large share of the bytes is binary.
        int controls = 0;
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x09) || (b > 0x0D && b < 0x20) || b == 0x7F) {
                controls++;
            }
        }
        if (controls > Math.max(4, bytes.length / 10)) {
            throw new InputException(file, "binary content (" + controls + " control bytes in " + bytes.length + ")");
        }
        try {
            return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (MalformedInputException e) {
            return legacy(file, bytes, firstBadUtf8(bytes));
        } catch (CharacterCodingException e) {
            throw new InputException(file, "undecodable bytes: " + e.getMessage());
        }
    }

    /**
     * Not UTF-8: the legacy charset the text declares (a page's {@code <meta charset>}, an XML
     * declaration) if it decodes the bytes, else the one of {@link Charsets} the bytes read best in.
     */
    private static Decoded legacy(String file, byte[] bytes, int badUtf8) throws InputException {
        Charsets.Candidate declared = declared(bytes);
        if (declared != null) {
            try {
                String text = Charsets.decode(bytes, declared.charset());
                if (looksLikeText(text)) {
                    return new Decoded(text, declared.charset().name());
                }
            } catch (CharacterCodingException e) {
                // a page that misstates its charset: tell it from the bytes
            }
        }
        String tried = String.join(" or ", Charsets.candidates().stream().map(c -> c.charset().name()).toList());
        Charsets.Guess g = Charsets.guess(bytes);
        if (g == null) {
            throw new InputException(file, "undecodable bytes: invalid UTF-8 at byte " + badUtf8 + ", and not valid " + tried);
        }
        if (!looksLikeText(g.text()) || g.frequentShare() < MIN_FREQUENT_SHARE) {
            throw new InputException(file, "undecodable bytes: invalid UTF-8 at byte " + badUtf8
                    + ", and as " + tried + " the bytes do not read as Chinese text");
        }
        return new Decoded(g.text(), g.candidate().charset().name());
    }

    /** Below this share of frequent characters a decoding is byte soup, not a text (a policy text has over 90 %). */
    private static final double MIN_FREQUENT_SHARE = 0.5;

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "(?i)(?:<meta[^>]{0,200}charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}encoding\\s*=\\s*[\"'])([a-z0-9_\\-]+)");

    /** The charset a page or XML file declares in its first 4 KB (ASCII in every candidate), if it is a candidate. */
    private static Charsets.Candidate declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = DECLARED.matcher(head);
        return m.find() ? Charsets.declared(m.group(1)) : null;
    }

    /**
     * UTF-16 saved without a byte-order mark (some Windows tools do): an even length, and one
     * byte order decodes strictly, without NUL characters, to what reads as text. (Where the
     * NUL bytes fall does not tell the order: ASCII puts them on one side, and 一, U+4E00,
     * on the other.) Binary files decode to NULs or to characters that are not text.
     */
    private static Decoded utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            try {
                String text = decode(bytes, 0, cs);
                if (text.indexOf('\0') < 0 && looksLikeText(text)) {
                    return new Decoded(text, cs.name() + " (no BOM)");
                }
            } catch (CharacterCodingException e) {
                // not this order
            }
        }
        return null;
    }

    private static String strict(String file, byte[] bytes, int skip, Charset cs) throws InputException {
        try {
            return decode(bytes, skip, cs);
        } catch (CharacterCodingException e) {
            throw new InputException(file, "undecodable bytes: not valid " + cs.name() + " after its byte-order mark");
        }
    }

    private static String decode(byte[] bytes, int skip, Charset cs) throws CharacterCodingException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        return out.toString();
    }

    /** GB18030 maps almost any byte soup to something: demand mostly Han, ASCII and CJK punctuation. */
    static boolean looksLikeText(String s) {
        int good = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027)) {
                good++;
            }
        }
        return good >= s.length() * 0.95;
    }

    private static int firstBadUtf8(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        dec.decode(in, out, true);
        return in.position();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
