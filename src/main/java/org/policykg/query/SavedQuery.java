package org.policykg.query;

import java.util.List;
import java.util.Objects;

/**
 * One saved query, read from a {@code .rq} file whose header comment says what it is:
 * <pre>
 * # title: 各地算力补贴比较 | Compute subsidies compared across regions
 * # question-zh: 哪些地区补贴算力,按什么比例,上限多少?
 * # question-en: Which regions subsidise compute, at what share and up to how much?
 * # param: year xsd:integer 2025 | 截止年份 | deadline year (inclusive)
 * # chart: bar category=regionLabel value=maxAmount
 * </pre>
 *
 * @param name     the file name without {@code .rq}: what {@code query NAME} and the page use
 * @param sparql   the whole file, header included (comments are valid SPARQL)
 * @param chart    how to draw the result, or null when it is not numeric
 */
public record SavedQuery(String name, String titleZh, String titleEn, String questionZh, String questionEn,
                         List<Param> params, Chart chart, String sparql) {
    public SavedQuery {
        Objects.requireNonNull(name);
        Objects.requireNonNull(titleZh);
        Objects.requireNonNull(questionZh);
        Objects.requireNonNull(questionEn);
        Objects.requireNonNull(sparql);
        params = List.copyOf(params);
    }

    /**
     * A variable of the query the caller may bind. {@code datatype} is a prefixed XSD
     * name ({@code xsd:integer}, {@code xsd:string}, {@code xsd:gYear}) or {@code iri}.
     */
    public record Param(String name, String datatype, String defaultValue, String descriptionZh, String descriptionEn) {
        public Param {
            Objects.requireNonNull(name);
            Objects.requireNonNull(datatype);
        }
    }

    /**
     * A chart hint: {@code kind} is {@code bar} (a value per category) or {@code timeline}
     * (a value per year or date on the category axis); {@code series} optionally splits the
     * values (one bar or line per region, say).
     */
    public record Chart(String kind, String category, String value, String series) {
        public Chart {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(category);
            Objects.requireNonNull(value);
        }
    }
}
