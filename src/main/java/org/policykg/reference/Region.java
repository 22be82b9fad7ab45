package org.policykg.reference;

import java.util.List;
import java.util.Objects;

/**
 * An administrative division (GB/T 2260) or the country.
 *
 * @param code      six-digit code, or "CN" for the country
 * @param name      official full name (上海市, 广西壮族自治区)
 * @param level     administrative level
 * @param parent    code of the direct parent, or null
 * @param shortNames names used in running text (上海, 广西)
 * @param abbreviations one-character forms (沪, 桂), official one first
 * @param en        English name, or null
 * @param wikidata  Wikidata item id, or null
 */
public record Region(String code, String name, Level level, String parent, List<String> shortNames,
                     List<String> abbreviations, String en, String wikidata) {
    public enum Level { COUNTRY, PROVINCE, PREFECTURE, COUNTY }

    public Region {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(level);
        shortNames = List.copyOf(shortNames);
        abbreviations = List.copyOf(abbreviations);
    }

    public boolean isCountry() {
        return level == Level.COUNTRY;
    }

    /** 北京, 天津, 上海, 重庆: province-level cities, whose "市" agencies are municipal. */
    public boolean isMunicipality() {
        return level == Level.PROVINCE && name.endsWith("市");
    }

    /** The name agencies are prefixed with: the full name (北京市, 四川省). */
    public String agencyPrefix() {
        return name;
    }

    /** The most common short form (上海 for 上海市), or the name itself. */
    public String shortName() {
        return shortNames.isEmpty() ? name : shortNames.get(0);
    }
}
