package org.policykg.concern.document;

import java.time.LocalDate;
import java.util.List;
import org.policykg.reference.Agency;
import org.policykg.analysis.Fact;

/**
 * What a document says about itself: title, date, publisher, authors, address.
 * Any of them may be absent; the document is described only by what it states.
 */
public record DocumentFacts(Fact<String> title, Fact<LocalDate> issued, Fact<Agency> publisher,
                            List<Fact<String>> creators, Fact<String> source) {
    public DocumentFacts {
        creators = List.copyOf(creators);
    }
}
