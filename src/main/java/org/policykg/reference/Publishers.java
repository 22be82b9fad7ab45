package org.policykg.reference;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** News outlets and portals by web domain (publishers.tsv). */
public final class Publishers {
    private final Map<String, Agency> byDomain = new HashMap<>();

    private Publishers() {
        for (String[] f : AgencyDirectory.rows("/org/policykg/reference/publishers.tsv", 3)) {
            Agency known = AgencyDirectory.get().byName(f[1]);
            NewsOutlets.Outlet outlet = NewsOutlets.get().byName(f[1]);
            byDomain.put(f[0], known != null ? known : outlet != null && outlet.name().equals(f[1]) ? outlet.organization()
                    : new Agency(f[1], null, f[2].isEmpty() ? null : f[2], Agency.Kind.ORGANIZATION));
        }
    }

    /** Loaded once, on first use (the JVM's class initialisation makes it safe across threads). */
    private static final class Holder {
        static final Publishers INSTANCE = new Publishers();
    }

    public static Publishers get() {
        return Holder.INSTANCE;
    }

    /** The outlet that runs the site at {@code url}, matching the host or any parent domain. */
    public Optional<Agency> forUrl(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        while (true) {
            Agency a = byDomain.get(host);
            if (a != null) {
                return Optional.of(a);
            }
            int dot = host.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            host = host.substring(dot + 1);
        }
    }
}
