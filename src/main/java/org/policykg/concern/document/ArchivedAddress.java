package org.policykg.concern.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.analysis.Evidence;
import org.policykg.analysis.Fact;
import org.policykg.text.Span;

/**
 * A page kept by a web archive gives the archive's address, which wraps the page's own:
 * https://web.archive.org/web/20211026074740/https://hkcnews.com/… (a timestamp, perhaps with a
 * mode flag such as id_ or if_, then the original address). The document's source is the
 * original, quoted where the wrapped address writes it.
 */
final class ArchivedAddress {
    /** The Wayback Machine's and archive.today's wrapping prefixes. */
    private static final Pattern WRAPPED = Pattern.compile(
            "^https?://(?:web\\.archive\\.org/web|archive\\.(?:org|today|ph|is|li)|webcache\\.googleusercontent\\.com/search\\?q=cache:)"
                    + "/?(?:\\d{4,14}[a-z_]*/)?(?=https?://)");

    private ArchivedAddress() {
    }

    static Fact<String> original(Fact<String> address) {
        if (address == null) {
            return null;
        }
        Matcher m = WRAPPED.matcher(address.value());
        if (!m.lookingAt() || m.end() == address.value().length()) {
            return address;
        }
        Span s = address.evidence().span();
        // The prefix is ASCII: as many code points as chars.
        Span inner = new Span(s.start() + m.end(), s.end());
        return new Fact<>(address.value().substring(m.end()), new Evidence(inner, address.evidence().supports()));
    }
}
