package org.policykg.segment;

import java.util.List;

/** A document's paragraphs and the items they group into. */
public record Layout(List<Paragraph> paragraphs, List<Item> items) {
    public Layout {
        paragraphs = List.copyOf(paragraphs);
        items = List.copyOf(items);
    }

    /** The item a paragraph belongs to. */
    public Item itemOf(int paragraph) {
        for (Item it : items) {
            if (it.contains(paragraph)) {
                return it;
            }
        }
        throw new IllegalArgumentException("paragraph " + paragraph + " is in no item");
    }
}
