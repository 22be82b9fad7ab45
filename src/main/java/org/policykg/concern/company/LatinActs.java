package org.policykg.concern.company;

import java.util.List;
import org.policykg.lexicon.CueWords;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;
import org.policykg.segment.Paragraph;

/**
 * Foreign firms that translated news names in Latin letters as the subject of what a firm does ({@code
 * lexicon/firm-sets.tsv} role announce): "VulnCheck 发现…", "SimpleHelp已发布补丁", "Palo Alto Networks近日披露…",
 * "HarfangLab 研究人员最近发现". The name is the capitalised words right before the act, adverbs of time between
 * (近日, 已, 最近). A body's acronym (CISA 表示) is all capitals and a product's name carries a number (Windows 10),
 * so a name needs a lower-case letter and no word of digits, unless the company directory knows the capitals
 * as a firm's name (SAP发布安全补丁: SAP公司 of the world list); a person's title before it (研究员 Marcus 表示) or a
 * word that makes it an object (利用 Bitbucket 发布…) rules it out.
 */
final class LatinActs {
    /** The longest Latin run read before an act. */
    private static final int MAX_NAME = 40;

    private final Dictionaries.Key<String> acts;
    /** Adverbs between the subject and its act ({@code lexicon/act-adverbs.tsv}, reader latin), in the list's order. */
    private final List<String> between;
    /** Words before the name that make it a person or an object ({@code latin-subjects} role unacting, and person titles). */
    private final List<String> titles;

    /** Labels over an event's organisers ({@code latin-subjects} role label: 主办机构, 协办单位). */
    private final Dictionaries.Key<String> labels;
    /** The last words of a Latin name that say it is a business ({@code latin-subjects} role corporate: Capital, Labs). */
    private final java.util.Set<String> corporate;

    LatinActs(CueWords cues, Dictionaries.Builder dictionaries) {
        PhraseMatcher.Builder<String> l = PhraseMatcher.builder();
        cues.words("latin-subjects", "label").forEach(w -> l.add(w, w));
        labels = dictionaries.add(l.build());
        corporate = java.util.Set.copyOf(cues.words("latin-subjects", "corporate"));
        between = cues.words("act-adverbs", "adverb", "latin");
        titles = new java.util.ArrayList<>(cues.words("latin-subjects", "unacting"));
        titles.addAll(cues.words("person-titles", null));
        PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
        cues.words("firm-sets", "announce").forEach(w -> b.add(w, w));
        // OpenAI CEO, Nvidia CFO: an officer's title in Latin letters follows a firm's name as an act does
        cues.words("firm-sets", "officer").stream().filter(w -> w.chars().allMatch(c -> latin((char) c))).forEach(w -> b.add(w, w));
        acts = dictionaries.add(b.build());
    }

    /** {@code scanned} holds the paragraph's dictionary hits. */
    void find(Paragraph p, Dictionaries.Hits scanned, CompanyDirectory directory, Companies found) {
        String text = p.string();
        if (!hasLatin(text)) {
            return; // most paragraphs hold no Latin word: no matcher run
        }
        for (PhraseMatcher.Hit<String> h : scanned.longest(acts)) {
            int end = h.start();
            if (letter(h.phrase().charAt(0)) && (end > 0 && letter(text.charAt(end - 1))
                    || h.end() < text.length() && letter(text.charAt(h.end())))) {
                continue; // CEO of NCEO or CEOs: a Latin title is a word of its own
            }
            boolean moved = true;
            while (moved) {
                moved = false;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
                for (String adverb : between) {
                    if (text.startsWith(adverb, end - adverb.length())) {
                        end -= adverb.length();
                        moved = true;
                        break;
                    }
                }
            }
            if (end > 0 && text.charAt(end - 1) == '的') {
                end--; // HarfangLab的研究人员
            }
            int start = end;
            while (start > 0 && end - start < MAX_NAME && latin(text.charAt(start - 1))) {
                start--;
            }
            String name = name(text.substring(start, end).trim(), directory);
            if (name == null) {
                continue;
            }
            int nameStart = text.lastIndexOf(name, end);
            String before = text.substring(Math.max(0, nameStart - 6), nameStart).trim();
            if (titles.stream().anyMatch(before::endsWith)) {
                continue;
            }
            found.add(name, directory.byAlias(name));
            partners(text, nameStart, directory, found);
        }
        labelled(text, scanned, directory, found);
        byCorporateWord(text, directory, found);
    }

    /** What joins two members of a list of Latin names (Scroll 和 Newman Capital, BeWater 以及 Scroll). */
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("(?:以及|和|及|与|、|,|，) *$");

    /**
     * The other Latin names joined to an acting one before it (由 Scroll 和 Newman Capital 共同主办: Scroll acts too),
     * each a name of {@link #name}; a Chinese member ends the walk.
     */
    private static void partners(String text, int nameStart, CompanyDirectory directory, Companies found) {
        int at = nameStart;
        for (int k = 0; k < 4; k++) {
            java.util.regex.Matcher j = JOINED.matcher(text).region(Math.max(0, at - 4), at);
            if (!j.find()) {
                return;
            }
            int end = j.start();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && end - start < MAX_NAME && latin(text.charAt(start - 1))) {
                start--;
            }
            String run = text.substring(start, end).trim();
            String name = name(run, directory);
            if (name == null || !name.equals(run)) {
                return;
            }
            found.add(name, directory.byAlias(name));
            at = start;
        }
    }

    /**
     * The Latin members of a list under an organisers' label (主办机构：Scroll、Newman Capital), to the clause's end: each
     * a whole name of {@link #name}.
     */
    private void labelled(String text, Dictionaries.Hits scanned, CompanyDirectory directory, Companies found) {
        for (PhraseMatcher.Hit<String> h : scanned.longest(labels)) {
            int at = h.end();
            if (at >= text.length() || text.charAt(at) != '：' && text.charAt(at) != ':') {
                continue;
            }
            int end = at + 1;
            while (end < text.length() && "。；;！？".indexOf(text.charAt(end)) < 0 && end - at < 200) {
                end++;
            }
            for (String member : text.substring(at + 1, end).split("以及|、|,|，|及|和|与")) {
                String run = member.trim();
                String name = name(run, directory);
                if (name != null && name.equals(run)) {
                    found.add(name, directory.byAlias(name));
                }
            }
        }
    }

    /**
     * Latin names ending in a word that says they are a business (Newman Capital, DRK Labs: {@code latin-subjects} role
     * corporate), with a capitalised word before it; not a gloss of a Chinese term in parentheses (风险投资（Venture
     * Capital）).
     */
    private void byCorporateWord(String text, CompanyDirectory directory, Companies found) {
        for (String word : corporate) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                if (at == 0 || text.charAt(at - 1) != ' ' || end < text.length() && latin(text.charAt(end)) && text.charAt(end) != ' ') {
                    continue;
                }
                int start = at;
                while (start > 0 && end - start < MAX_NAME && latin(text.charAt(start - 1))) {
                    start--;
                }
                String name = corporateName(text.substring(start, end).trim());
                if (name == null) {
                    continue;
                }
                int nameStart = end - name.length();
                int open = nameStart - 1;
                while (open >= 0 && text.charAt(open) == ' ') {
                    open--;
                }
                if (open >= 0 && (text.charAt(open) == '（' || text.charAt(open) == '(')) {
                    continue; // 风险投资（Venture Capital）: a gloss
                }
                found.add(name, directory.byAlias(name));
            }
        }
    }

    /** The capitalised words a run ends with, two to four, the first not a word of digits (DRK Labs, Hivemind Capital). */
    private static String corporateName(String run) {
        String[] words = run.split(" +");
        int from = words.length;
        while (from > 0 && words.length - from < 4 && words[from - 1].matches("[A-Z][A-Za-z0-9&.-]*")) {
            from--;
        }
        return words.length - from >= 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)) : null;
    }

    /**
     * The firm's name a Latin run ends with: its last one to four words, each capitalised (Palo Alto Networks,
     * VulnCheck), none of digits only, one with a lower-case letter or all of them a name the directory knows (SAP);
     * null when the run ends otherwise.
     */
    private static String name(String run, CompanyDirectory directory) {
        if (run.isEmpty()) {
            return null;
        }
        String[] words = run.split(" +");
        int from = words.length;
        while (from > 0 && words.length - from < 4 && words[from - 1].matches("[A-Z][A-Za-z0-9&.-]*")) {
            from--;
        }
        if (from == words.length) {
            return null;
        }
        String[] kept = java.util.Arrays.copyOfRange(words, from, words.length);
        boolean lower = java.util.Arrays.stream(kept).anyMatch(w -> w.chars().anyMatch(Character::isLowerCase));
        // a version or model number (Windows 10, Web3, Qwen3) is a product's; a digit inside a word is a name's (Web3Labs)
        boolean numbered = java.util.Arrays.stream(kept).anyMatch(w -> w.matches(".*\\d"));
        String name = String.join(" ", kept);
        if (!lower && directory.byAlias(name) == null || numbered || from > 0 && words[from - 1].matches(".*\\d.*")) {
            return null; // CISA, Windows 10
        }
        return name.length() >= 3 ? name : null;
    }

    private static boolean latin(char c) {
        return c == ' ' || c < 0x80 && (Character.isLetterOrDigit(c) || c == '&' || c == '-' || c == '.');
    }

    /** A Latin letter or digit (no space or mark): what glues a Latin title to a longer word. */
    private static boolean letter(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }
}
