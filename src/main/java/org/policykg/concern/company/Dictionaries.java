package org.policykg.concern.company;

import java.util.ArrayList;
import java.util.List;
import org.policykg.reference.CompanyDirectory;
import org.policykg.reference.PhraseMatcher;

/**
 * The dictionaries the company rules read over every paragraph, in one matcher: the company directory's names (what
 * {@link CompanyDirectory#scan} looks for) and the rules' own cue words ({@link FirmActs}' acts, kinds and verbs of
 * support, {@link JointVentures}' parents, {@link FinanceArms}' research desks, {@link FirmRankings}' verbs,
 * {@link OpenedLists}' openers, {@link LatinActs}' acts and labels). {@link CompanyResolver} scans each
 * paragraph once ({@link #scan}) and hands the rules its {@link Hits}, where each dictionary's hits are the ones its
 * own matcher would have found in the paragraph: a rule registers its matcher with {@link Builder#add} and reads its
 * hits by the {@link Key} it gets back.
 */
final class Dictionaries {
    /** A dictionary registered in the one matcher, whose hits a paragraph's {@link Hits} give by it. */
    static final class Key<T> {
        private final int index;

        private Key(int index) {
            this.index = index;
        }
    }

    /** A phrase's values in one dictionary, tagged with the dictionary's index: the one matcher's values. */
    private record Tagged(int dictionary, List<?> values) {
    }

    /** The directory's names: the first dictionary. */
    private static final Key<CompanyDirectory.Entry> DIRECTORY = new Key<>(0);

    private final PhraseMatcher<Tagged> matcher;
    private final int count;

    private Dictionaries(PhraseMatcher<Tagged> matcher, int count) {
        this.matcher = matcher;
        this.count = count;
    }

    static Builder builder(CompanyDirectory directory) {
        return new Builder(directory);
    }

    static final class Builder {
        private final PhraseMatcher.Builder<Tagged> phrases = PhraseMatcher.builder();
        private int count;
        private boolean built;

        private Builder(CompanyDirectory directory) {
            add(directory.lookedFor());
        }

        /** Registers a rule's words; its hits in a paragraph are then {@link Hits#all} or {@link Hits#longest} of the key. */
        <T> Key<T> add(PhraseMatcher<T> words) {
            if (built) {
                throw new IllegalStateException("a dictionary added after the matcher was built");
            }
            int index = count++;
            words.forEach((phrase, values) -> phrases.add(phrase, new Tagged(index, values)));
            return new Key<>(index);
        }

        Dictionaries build() {
            built = true;
            return new Dictionaries(phrases.build(), count);
        }
    }

    /** One pass over a paragraph's text for every dictionary. */
    Hits scan(String text) {
        return new Hits(matcher.all(text), count);
    }

    /**
     * One paragraph's hits of every dictionary. A phrase of a dictionary occurs where it occurs whatever else the matcher
     * holds, and the one matcher orders hits as each dictionary's own would (by start, then longest first; no two
     * phrases share both ends), so each dictionary's hits are its own matcher's, in the same order. A dictionary's hits
     * are picked out when a rule first asks for them (a rule that finds no cue in a paragraph asks for none).
     */
    static final class Hits {
        private final List<PhraseMatcher.Hit<Tagged>> all;
        private final List<?>[] each;
        private CompanyDirectory.Hits directory;

        private Hits(List<PhraseMatcher.Hit<Tagged>> all, int count) {
            this.all = all;
            this.each = new List<?>[count];
        }

        /** Every occurrence of the dictionary's phrases, as {@link PhraseMatcher#all} gives them. */
        @SuppressWarnings("unchecked")
        <T> List<PhraseMatcher.Hit<T>> all(Key<T> key) {
            List<?> hits = each[key.index];
            if (hits == null) {
                List<PhraseMatcher.Hit<T>> mine = new ArrayList<>();
                for (PhraseMatcher.Hit<Tagged> h : all) {
                    for (Tagged t : h.values()) {
                        if (t.dictionary() == key.index) {
                            mine.add(new PhraseMatcher.Hit<>(h.start(), h.end(), h.phrase(), (List<T>) t.values()));
                        }
                    }
                }
                each[key.index] = hits = java.util.Collections.unmodifiableList(mine);
            }
            return (List<PhraseMatcher.Hit<T>>) hits;
        }

        /** The dictionary's leftmost-longest, non-overlapping occurrences, as {@link PhraseMatcher#longest} gives them. */
        <T> List<PhraseMatcher.Hit<T>> longest(Key<T> key) {
            return PhraseMatcher.longest(all(key));
        }

        /** The directory's names as {@link CompanyDirectory#scan} reads them. */
        CompanyDirectory.Hits directory() {
            if (directory == null) {
                directory = CompanyDirectory.hits(all(DIRECTORY));
            }
            return directory;
        }
    }
}
