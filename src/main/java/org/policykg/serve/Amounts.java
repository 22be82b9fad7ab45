package org.policykg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Amounts as people read them. The graph stores base units (元, FLOPS, 瓦) so that
 * queries compare like with like; pages show the scale a Chinese text would use
 * (2.6万亿元, 1000 PFLOPS, 150万千瓦), from {@code scales.tsv}.
 */
final class Amounts {
    record Scale(BigDecimal factor, String shown) {
    }

    /** Unit (the IRI's last part) → its scales, largest first. */
    private static final Map<String, List<Scale>> SCALES = load();

    private Amounts() {
    }

    private static Map<String, List<Scale>> load() {
        Map<String, List<Scale>> out = new LinkedHashMap<>();
        try (InputStream in = Amounts.class.getResourceAsStream("scales.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Scale(new BigDecimal(f[1]), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.values().forEach(l -> l.sort((a, b) -> b.factor().compareTo(a.factor())));
        return out;
    }

    /** The scale for a value of this unit: the largest not above it (the smallest for values below all). */
    static Scale scale(BigDecimal v, Node unit) {
        List<Scale> scales = unit == null || !unit.isURI() ? null : SCALES.get(Site.localName(unit));
        if (scales == null) {
            return null;
        }
        for (Scale s : scales) {
            if (v.abs().compareTo(s.factor()) >= 0) {
                return s;
            }
        }
        return scales.get(scales.size() - 1);
    }

    /** A value (or a low–high range, high may be null) in one readable scale, or null when the unit has none. */
    static String format(Node value, Node upper, Node unit) {
        BigDecimal v = decimal(value);
        if (v == null) {
            return null;
        }
        BigDecimal u = decimal(upper);
        Scale s = scale(v, unit);
        if (s == null) {
            return null;
        }
        String text = plain(v.divide(s.factor()));
        if (u != null) {
            text += "–" + plain(u.divide(s.factor()));
        }
        return s.shown().equals("%") ? text + "%" : text + " " + s.shown();
    }

    /** 26000.0 → 26,000; 2.60 → 2.6; at most four decimals. */
    static String plain(BigDecimal d) {
        BigDecimal x = d.setScale(Math.min(4, Math.max(0, d.stripTrailingZeros().scale())), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (x.scale() <= 0) {
            return Render.number(x.toPlainString());
        }
        return x.toPlainString();
    }

    static BigDecimal decimal(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return new BigDecimal(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
