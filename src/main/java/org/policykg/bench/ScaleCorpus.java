package org.policykg.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policykg.text.Tsv;

/**
 * A corpus of any size made from real documents, varied so that its policies differ: the
 * n-th document is the (n mod k)-th template with its region names swapped for other
 * regions of the same level from the gazetteer (so titles, jurisdictions and agencies
 * change), its years shifted by a few (periods, deadlines, document numbers), and its
 * amounts scaled (targets and caps). Every choice comes from a random generator seeded
 * with the seed and the document's number, so the same size and seed give the same bytes.
 *
 * <p>The templates are used as opaque input: nothing of them is printed, only counted.
 */
public final class ScaleCorpus {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-4][0-9])(?![0-9])");
    // A whole number of one to four digits before a unit or scale word: amounts and counts, not dates or codes.
    private static final Pattern AMOUNT = Pattern.compile("(?<![0-9.])([1-9][0-9]{0,3})(?![0-9.])(?=[亿万千百个家项%％人台所座条元])");
    private static final int LONGEST_NAME = 16;
    // Random streams of one variation stay clear of the next for corpora below 2^40 documents.
    private static final long VARIATION = 1L << 40;

    /** What a slot holds, which says how it is varied. */
    enum Kind { REGION, YEAR, AMOUNT }

    /** A span of a template that each copy fills differently. */
    record Slot(int start, int end, Kind kind, String text, String level) {
    }

    /** A source document read once: its text, how to write it back, and its slots in order. */
    record Template(String name, String text, Charset charset, byte[] bom, List<Slot> slots) {
    }

    /** A corpus written: documents (files) and their bytes. */
    public record Written(int files, long bytes) {
    }

    private final List<Template> templates;
    private final Map<String, List<String>> namesByLevel;
    private final long seed;

    private ScaleCorpus(List<Template> templates, Map<String, List<String>> namesByLevel, long seed) {
        this.templates = templates;
        this.namesByLevel = namesByLevel;
        this.seed = seed;
    }

    /** Templates are the regular files of {@code sources} (README and notes excepted), in name order. */
    public static ScaleCorpus from(Path sources, long seed) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(sources)) {
            files = s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(sources + ": no documents to make a corpus from");
        }
        Map<String, String> levelOf = new HashMap<>();
        Map<String, List<String>> byLevel = new LinkedHashMap<>();
        gazetteer(levelOf, byLevel);
        List<Template> templates = new ArrayList<>();
        for (Path f : files) {
            templates.add(template(f, levelOf));
        }
        return new ScaleCorpus(List.copyOf(templates), byLevel, seed);
    }

    /**
     * Region names by level: full names of three characters or more at every level, and the
     * short names of provinces and prefectures (上海, 苏州), which texts use as often.
     */
    private static void gazetteer(Map<String, String> levelOf, Map<String, List<String>> byLevel) {
        for (Tsv.Row r : Tsv.rows("/org/policykg/reference/regions.tsv", 8, 8)) {
            String name = r.fields()[1];
            String level = r.fields()[2];
            String shortName = r.fields()[4];
            if (level.equals("country")) {
                continue;
            }
            add(levelOf, byLevel, name, level, 3);
            if (!level.equals("county")) {
                add(levelOf, byLevel, shortName, level + "-short", 2);
            }
        }
    }

    private static void add(Map<String, String> levelOf, Map<String, List<String>> byLevel, String name, String level,
                            int minLength) {
        if (name.length() < minLength || name.length() > LONGEST_NAME || levelOf.containsKey(name)) {
            return;
        }
        levelOf.put(name, level);
        byLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(name);
    }

    /** Reads a file as text (UTF-8, UTF-16 by its mark, else GB18030) and finds its slots. */
    static Template template(Path f, Map<String, String> levelOf) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        Charset cs;
        byte[] bom = new byte[0];
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            bom = new byte[] {bytes[0], bytes[1], bytes[2]};
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            cs = StandardCharsets.UTF_16BE;
            bom = new byte[] {bytes[0], bytes[1]};
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            cs = StandardCharsets.UTF_16LE;
            bom = new byte[] {bytes[0], bytes[1]};
        } else {
            cs = decodes(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        }
        String text = new String(bytes, bom.length, bytes.length - bom.length, cs);
        return new Template(f.getFileName().toString(), text, cs, bom, slots(text, levelOf));
    }

    private static boolean decodes(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Region names (longest first), then years and amounts where no name is, in text order. */
    static List<Slot> slots(String text, Map<String, String> levelOf) {
        List<Slot> slots = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (int i = 0; i < text.length(); ) {
            int found = 0;
            for (int len = Math.min(LONGEST_NAME, text.length() - i); len >= 2; len--) {
                String level = levelOf.get(text.substring(i, i + len));
                if (level != null) {
                    slots.add(new Slot(i, i + len, Kind.REGION, text.substring(i, i + len), level));
                    for (int k = i; k < i + len; k++) {
                        taken[k] = true;
                    }
                    found = len;
                    break;
                }
            }
            i += Math.max(1, found);
        }
        for (Object[] p : new Object[][] {{YEAR, Kind.YEAR}, {AMOUNT, Kind.AMOUNT}}) {
            Matcher m = ((Pattern) p[0]).matcher(text);
            while (m.find()) {
                if (!taken[m.start()] && !taken[m.end() - 1]) {
                    slots.add(new Slot(m.start(), m.end(), (Kind) p[1], m.group(), null));
                    for (int k = m.start(); k < m.end(); k++) {
                        taken[k] = true;
                    }
                }
            }
        }
        slots.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(slots);
    }

    public int templates() {
        return templates.size();
    }

    /** The file name of the n-th document: its number, then its template's name (so the extension is kept). */
    public String name(int n) {
        return String.format("%07d-%s", n, templates.get(n % templates.size()).name());
    }

    /** The n-th document's bytes. */
    public byte[] document(int n) {
        return document(n, 0);
    }

    /**
     * The n-th document as its {@code variation}-th rewrite: the same template and name, other
     * regions, years and amounts (variation 0 is {@link #document(int)}). A corpus that changes
     * documents this way changes them as a real folder would: same file, new content.
     */
    public byte[] document(int n, int variation) {
        Template t = templates.get(n % templates.size());
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n + VARIATION * variation);
        int yearShift = random.nextInt(1, 5) * (random.nextBoolean() ? 1 : -1);
        int amountTenths = random.nextInt(1, 10);
        Map<String, String> regions = new HashMap<>();
        StringBuilder b = new StringBuilder(t.text().length() + 64);
        int at = 0;
        for (Slot s : t.slots()) {
            b.append(t.text(), at, s.start());
            b.append(switch (s.kind()) {
                case REGION -> regions.computeIfAbsent(s.text(), k -> pick(s.level(), random));
                case YEAR -> Integer.toString(Integer.parseInt(s.text()) + yearShift);
                case AMOUNT -> {
                    int v = Integer.parseInt(s.text());
                    yield Integer.toString(v + Math.max(1, v * amountTenths / 10));
                }
            });
            at = s.end();
        }
        b.append(t.text(), at, t.text().length());
        byte[] body = b.toString().getBytes(t.charset());
        if (t.bom().length == 0) {
            return body;
        }
        byte[] out = new byte[t.bom().length + body.length];
        System.arraycopy(t.bom(), 0, out, 0, t.bom().length);
        System.arraycopy(body, 0, out, t.bom().length, body.length);
        return out;
    }

    /** How many rewrites {@link #changed} tries before it marks the document as revised instead. */
    private static final int REWRITES = 8;

    /**
     * The n-th document changed: its first rewrite ({@link #document(int, int)}, variation 1, 2, ...)
     * whose bytes differ from the document's; a template with nothing to vary (or whose rewrites
     * all happen to pick the same names, years and amounts) gets a line break added at its end
     * instead: whitespace that every template's form takes (a text added there broke a JSON
     * record's template, which then failed to extract). Either way the bytes differ, so a grown
     * folder's changed files are all changed (its content hash, which decides, is of the bytes).
     */
    public byte[] changed(int n) {
        byte[] before = document(n);
        for (int v = 1; v <= REWRITES; v++) {
            byte[] d = document(n, v);
            if (!Arrays.equals(d, before)) {
                return d;
            }
        }
        byte[] note = "\n".getBytes(templates.get(n % templates.size()).charset());
        byte[] out = Arrays.copyOf(before, before.length + note.length);
        System.arraycopy(note, 0, out, before.length, note.length);
        return out;
    }

    private String pick(String level, SplittableRandom random) {
        List<String> names = namesByLevel.get(level);
        return names.get(random.nextInt(names.size()));
    }

    /** The files a {@link #grow} changed and added. */
    public record Grown(List<Path> changed, List<Path> added) {
        public Grown {
            changed = List.copyOf(changed);
            added = List.copyOf(added);
        }
    }

    /**
     * Changes a corpus of {@code documents} written by {@link #write} as a folder changes between
     * two starts of serve: {@code k} documents spread evenly over it rewritten ({@link #changed}), and
     * {@code k} new ones added after the last; nothing removed.
     */
    public Grown grow(Path target, int documents, int k) throws IOException {
        List<Path> changed = new ArrayList<>();
        List<Path> added = new ArrayList<>();
        int n = Math.min(k, documents);
        for (int i = 0; i < n; i++) {
            int d = (int) ((long) i * documents / n);
            Path f = target.resolve(name(d));
            Files.write(f, changed(d));
            changed.add(f);
        }
        for (int d = documents; d < documents + k; d++) {
            Path f = target.resolve(name(d));
            Files.write(f, document(d));
            added.add(f);
        }
        return new Grown(changed, added);
    }

    /** Writes documents 0 to {@code documents - 1} into {@code target} (created; it should be empty). */
    public Written write(Path target, int documents) throws IOException {
        Files.createDirectories(target);
        long bytes = 0;
        for (int n = 0; n < documents; n++) {
            byte[] d = document(n);
            Files.write(target.resolve(name(n)), d);
            bytes += d.length;
        }
        return new Written(documents, bytes);
    }
}
