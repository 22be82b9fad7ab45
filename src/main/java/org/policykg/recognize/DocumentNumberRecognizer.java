package org.policykg.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.segment.Paragraph;
import org.policykg.segment.Range;
import org.policykg.text.Han;

/**
 * Issuing numbers: an issuer code, the year in 〔〕 (or [], (), 【】), a serial and 号.
 * The code must start the run of Han characters, so 印发沪府〔2023〕51号 is not misread.
 */
public final class DocumentNumberRecognizer {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![" + Han.RANGE + "])(?<prefix>[" + Han.RANGE + "]{1,10})[〔\\[(【](?<year>(?:19|20)\\d{2})[〕\\])】](?<n>\\d{1,5})号");

    public List<DocumentNumberMention> recognize(Paragraph p) {
        List<DocumentNumberMention> out = new ArrayList<>();
        if (p.string().indexOf('号') < 0) {
            return out; // every number ends in 号; the pattern is costly where it cannot match
        }
        Matcher m = NUMBER.matcher(p.string());
        while (m.find()) {
            // Issuer codes are short; a longer run carries the sentence before it (印发了沪府…, 根据国发…).
            // 据 inside 数据 is part of a data office's code (发改数据, 鲁工信数据), not 根据/依据.
            String prefix = m.group("prefix").replaceFirst("^.*(?:[了的是为和与及照将即]|(?<!数)据)", "");
            if (prefix.isEmpty()) {
                continue;
            }
            int start = m.end("prefix") - prefix.length();
            String number = prefix + "〔" + m.group("year") + "〕" + m.group("n") + "号";
            out.add(new DocumentNumberMention(p.index(), new Range(start, m.end()), number, prefix,
                    Integer.parseInt(m.group("year"))));
        }
        return out;
    }
}
