package org.policykg.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numeral reader on its own: what a run of numeric characters is worth, and where it ends. */
class NumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # numeral  | value     | read      | scaleExp | digitless | plus
            3000       | 3000      | 3000      | 0        | false     | false
            1,000      | 1000      | 1,000     | 0        | false     | false
            12,345,678 | 12345678  | 12,345,678| 0        | false     | false
            0.5        | 0.5       | 0.5       | 0        | false     | false
            1万        | 1e4       | 1万       | 4        | false     | false
            2.6万亿    | 2.6e12    | 2.6万亿   | 12       | false     | false
            3千万      | 3e7       | 3千万     | 7        | false     | false
            50 万      | 5e5       | 50 万     | 4        | false     | false
            20余万     | 2e5       | 20余万    | 4        | false     | true
            2万余      | 2e4       | 2万余     | 4        | false     | true
            200多      | 200       | 200多     | 0        | false     | true
            一千       | 1000      | 一千      | 0        | false     | false
            两千万     | 2e7       | 两千万    | 4        | false     | false
            三十       | 30        | 三十      | 0        | false     | false
            二十五     | 25        | 二十五    | 0        | false     | false
            十         | 10        | 十        | 0        | false     | false
            十万       | 1e5       | 十万      | 4        | false     | false
            百         | 100       | 百        | 0        | true      | false
            千万       | 1e7       | 千万      | 4        | true      | false
            万         | 1e4       | 万        | 4        | true      | false
            一千零五   | 1005      | 一千零五  | 0        | false     | false
            一千零五十 | 1050      | 一千零五十| 0        | false     | false
            一万五     | 15000     | 一万五    | 0        | false     | false
            三百五     | 350       | 三百五    | 0        | false     | false
            一亿两千万 | 1.2e8     | 一亿两千万| 4        | false     | false
            五万三千亿 | 5.3e12    | 五万三千亿| 8        | false     | false
            一万亿     | 1e12      | 一万亿    | 12       | false     | false
            十余       | 10        | 十余      | 0        | false     | true
            十余万     | 1e5       | 十余万    | 4        | false     | true
            壹佰       | 100       | 壹佰      | 0        | false     | false
            150万千瓦  | 1.5e6     | 150万     | 4        | false     | false
            万千瓦     | 1e4       | 万        | 4        | true      | false
            5百分点    | 5         | 5         | 0        | false     | false
            1,603138   | 1         | 1         | 0        | false     | false
            """)
    void reads(String text, String value, String read, int scaleExp, boolean digitless, boolean plus) {
        Numeral n = Numerals.read(text, 0);
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), () -> text + " = " + n.value());
        assertEquals(read, text.substring(0, n.end()), "extent");
        assertEquals(scaleExp, n.scaleExp(), "scale");
        assertEquals(digitless, n.digitless(), "digitless");
        assertEquals(plus, n.plus(), "plus");
    }

    /** Numeric-looking runs that are not numbers are skipped whole, never read in part. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0851-86798090 | 0851
            0851          | 0851
            4.0.1         | 4.0.1
            2023.10.22    | 2023.10.22
            十四五        | 十四五
            二〇二五年    | 二〇二五
            三五个        | 三五
            三百五千      | 三百五千
            1234567890123456789 | 1234567890123456789
            """)
    void rejects(String text, String skipped) {
        Numeral n = Numerals.read(text, 0);
        assertTrue(n.isMalformed(), text + " should not be a number");
        assertEquals(skipped, text.substring(0, n.end()), "skipped as a whole");
    }
}
