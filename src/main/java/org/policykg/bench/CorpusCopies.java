package org.policykg.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of N documents made from a folder of real ones, copied round-robin and varied so
 * that copies differ: in the k-th round every province name is replaced by the one k places
 * further in the list and every year from 2015 to 2030 moved k mod 7 years on. A file that is
 * not UTF-8 text is copied as it is. The same N gives the same bytes.
 */
public final class CorpusCopies {
    private static final List<String> PROVINCES = List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林",
            "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南",
            "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆");
    private static final Pattern NAME_OR_YEAR = Pattern.compile(String.join("|", PROVINCES) + "|20(1[5-9]|2[0-9]|30)");

    private CorpusCopies() {
    }

    /** Writes {@code n} documents into {@code target} (created) and returns them in order. */
    public static List<Path> write(Path source, int n, Path target) throws IOException {
        List<Path> originals;
        try (Stream<Path> s = Files.list(source)) {
            originals = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        if (originals.isEmpty()) {
            throw new IOException(source + ": no documents to copy");
        }
        Files.createDirectories(target);
        java.util.ArrayList<Path> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Path from = originals.get(i % originals.size());
            int round = i / originals.size();
            Path to = target.resolve(String.format("%06d_%s", i, from.getFileName()));
            byte[] bytes = Files.readAllBytes(from);
            String text = round == 0 ? null : utf8(bytes);
            if (text == null) {
                Files.write(to, bytes);
            } else {
                Files.writeString(to, vary(text, round));
            }
            out.add(to);
        }
        return out;
    }

    static String vary(String text, int round) {
        Matcher m = NAME_OR_YEAR.matcher(text);
        StringBuilder b = new StringBuilder(text.length());
        while (m.find()) {
            String s = m.group();
            int p = PROVINCES.indexOf(s);
            String r = p >= 0 ? PROVINCES.get((p + round) % PROVINCES.size())
                    : Integer.toString(Integer.parseInt(s) + round % 7);
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The text of strict UTF-8 bytes, or null. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
