package org.policykg.structure;

import java.util.List;
import org.policykg.recognize.TitleMention;
import org.policykg.reference.Region;
import org.policykg.segment.Range;

/**
 * A text read as an official document: whether it is itself a policy text (rather than
 * a story or report about policies) and, if so, which policies it carries and where
 * each one's own text runs.
 *
 * @param policyText whether the document carries a policy's own text: it calls itself
 *                   本办法/本方案…, or is numbered in articles (第一条 …)
 * @param reply      whether the text replies to a deputy's suggestion or a member's proposal (答复如下): its
 *                   numbered parts report the replying body's work and its figures where things stand, and its
 *                   落款 signs the reply, not a policy it cites
 * @param parts      the policies whose text it carries, in order (empty when not a policy text)
 */
public record Structure(boolean policyText, boolean reply, List<Part> parts) {
    public Structure {
        parts = List.copyOf(parts);
    }

    public Structure(boolean policyText, List<Part> parts) {
        this(policyText, false, parts);
    }

    /** The same structure, marked as a reply or not. */
    public Structure withReply(boolean reply) {
        return new Structure(policyText, reply, parts);
    }

    public static Structure none() {
        return new Structure(false, List.of());
    }

    /**
     * One policy whose own text the document carries.
     *
     * @param title      the mention of its title (a title line, a wrapper notice's 《X》), or null
     *                   when the text states none and the label is made from region and type
     * @param variants   other forms of its title in the opening (a page title without a word the
     *                   body title has): the same policy, named differently
     * @param label      the label when there is no title: region + type word (徐汇区若干意见)
     * @param region     the region the derived label starts with, or null
     * @param typeWord   the type word the text calls itself by (办法 in 本办法), or null
     * @param selfRef    where the text calls itself so (paragraph and range), or null
     * @param first      first paragraph of its text
     * @param last       last paragraph of its text, inclusive
     * @param preamble   paragraphs that open its text before its first numbered part or article:
     *                   where it says what it implements (根据/贯彻落实《…》)
     * @param decides    whether the text is a decision on other policies (决定停止执行《X》第5条): its
     *                   body acts on them and quotes their clauses, it sets no measures of its own
     * @param body       first paragraph of its own body: its title line when a notice that prints it stands
     *                   over it (the notice's own numbered paragraphs, 一、提高思想认识…, are not its items), else
     *                   {@code first}
     */
    public record Part(TitleMention title, List<TitleMention> variants, String label, Region region, String typeWord, SelfReference selfRef,
                       int first, int last, List<Integer> preamble, boolean decides, int body) {
        public Part {
            variants = List.copyOf(variants);
            preamble = List.copyOf(preamble);
            if (body < first || body > Math.max(first, last)) {
                throw new IllegalArgumentException("body " + body + " outside the part " + first + ".." + last);
            }
        }

        public Part(TitleMention title, List<TitleMention> variants, String label, Region region, String typeWord, SelfReference selfRef,
                    int first, int last, List<Integer> preamble, boolean decides) {
            this(title, variants, label, region, typeWord, selfRef, first, last, preamble, decides, first);
        }

        public Part(TitleMention title, List<TitleMention> variants, String label, Region region, String typeWord, SelfReference selfRef,
                    int first, int last, List<Integer> preamble) {
            this(title, variants, label, region, typeWord, selfRef, first, last, preamble, false);
        }

        public boolean derived() {
            return title == null;
        }

        public boolean contains(int paragraph) {
            return first <= paragraph && paragraph <= last;
        }
    }

    /** "本办法": where a text calls itself by its type word. */
    public record SelfReference(int paragraph, Range range, String word) {
    }
}
