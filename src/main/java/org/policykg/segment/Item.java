package org.policykg.segment;

/**
 * A run of paragraphs about one subject: an article of a newsletter (with its
 * editor's note), a news section, or a policy text.
 *
 * @param index    position in the document
 * @param first    index of the first paragraph
 * @param last     index of the last paragraph, inclusive
 * @param heading  index of the paragraph that titles the item, or -1
 * @param note     index of the editor's-note heading that opens the item, or -1
 */
public record Item(int index, int first, int last, int heading, int note) {
    public boolean contains(int paragraph) {
        return first <= paragraph && paragraph <= last;
    }
}
