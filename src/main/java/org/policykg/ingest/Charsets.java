package org.policykg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policykg.text.Tsv;

/**
 * The legacy Chinese charsets a text without a BOM may be in ({@code charsets.tsv} beside this
 * class: charset, its frequent-character block, the names a declaration gives it), and which one a
 * text's bytes are in: the charset under which they decode strictly and the largest share of the
 * Han characters falls in that charset's own block of most used characters.
 */
final class Charsets {
    /** One candidate: the charset, the characters of its frequent block, the names it is declared by. */
    record Candidate(Charset charset, BitSet frequent, Set<String> aliases) {
    }

    /** The charset a text is in, and the share of its Han characters that are frequent ones. */
    record Guess(Candidate candidate, String text, double frequentShare) {
    }

    private static final List<Candidate> CANDIDATES = load("/org/policykg/ingest/charsets.tsv");

    private Charsets() {
    }

    static List<Candidate> candidates() {
        return CANDIDATES;
    }

    /** The candidate a declared charset name (gb2312, big5, …) stands for, or null. */
    static Candidate declared(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Candidate c : CANDIDATES) {
            if (c.aliases().contains(n)) {
                return c;
            }
        }
        return null;
    }

    /** The best candidate for the bytes (null when none decodes them strictly or they hold no Han character). */
    static Guess guess(byte[] bytes) {
        Guess best = null;
        for (Candidate c : CANDIDATES) {
            String text;
            try {
                text = decode(bytes, c.charset());
            } catch (CharacterCodingException e) {
                continue;
            }
            double share = frequentShare(text, c);
            if (best == null || share > best.frequentShare()) {
                best = new Guess(c, text, share);
            }
        }
        return best;
    }

    /** The share of the text's Han characters that are in the candidate's frequent block; 0 without Han. */
    static double frequentShare(String text, Candidate c) {
        int han = 0;
        int frequent = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch >= 0x3400 && ch <= 0x9FFF) || (ch >= 0xF900 && ch <= 0xFAFF) || Character.isSurrogate(ch)) {
                han++;
                if (c.frequent().get(ch)) {
                    frequent++;
                }
            }
        }
        return han == 0 ? 0 : (double) frequent / han;
    }

    static String decode(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static List<Candidate> load(String name) {
        List<Candidate> out = new ArrayList<>();
        for (Tsv.Row row : Tsv.rows(name, 4, 4)) {
            String[] cols = row.fields();
            Charset cs = Charset.forName(cols[0].strip());
            out.add(new Candidate(cs, frequent(cs, cols[1], name + ":" + row.line()),
                    Set.of(cols[2].strip().toLowerCase(Locale.ROOT).split("\\s+"))));
        }
        return List.copyOf(out);
    }

    /** The characters a block list (B0-D7:A1-FE, several separated by spaces) decodes to under the charset. */
    private static BitSet frequent(Charset cs, String blocks, String where) {
        BitSet out = new BitSet(0x10000);
        for (String block : blocks.strip().split("\\s+")) {
            String[] lt = block.split(":");
            if (lt.length != 2) {
                throw new IllegalStateException(where + ": a block is LEAD:TRAIL, not " + block);
            }
            int[] lead = range(lt[0]);
            for (String t : lt[1].split(",")) {
                int[] trail = range(t);
                for (int a = lead[0]; a <= lead[1]; a++) {
                    for (int b = trail[0]; b <= trail[1]; b++) {
                        try {
                            String s = decode(new byte[] {(byte) a, (byte) b}, cs);
                            if (s.length() == 1) {
                                out.set(s.charAt(0));
                            }
                        } catch (CharacterCodingException e) {
                            // a hole in the block
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int[] range(String s) {
        String[] ab = s.split("-");
        int a = Integer.parseInt(ab[0], 16);
        return new int[] {a, ab.length > 1 ? Integer.parseInt(ab[1], 16) : a};
    }
}
