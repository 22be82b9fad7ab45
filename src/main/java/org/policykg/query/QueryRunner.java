package org.policykg.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * Runs a saved query over a dataset with its parameters bound as RDF terms (the
 * query text is never edited), under a timeout.
 */
public final class QueryRunner {
    /** How results are printed by {@link #write}. */
    public enum Format {
        TABLE, CSV, TSV, JSON;

        public static Format of(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private final long timeoutMillis;

    public QueryRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** The saved query's parameters as RDF terms: the given values, else the defaults. */
    public static Binding bind(SavedQuery q, Map<String, String> args) {
        Map<String, String> left = new HashMap<>(args);
        BindingBuilder b = BindingBuilder.create();
        for (SavedQuery.Param p : q.params()) {
            String value = left.remove(p.name());
            if (value == null || value.isEmpty()) {
                value = p.defaultValue();
            }
            if (value != null) {
                b.add(Var.alloc(p.name()), node(p, value));
            }
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("query " + q.name() + " has no parameter " + String.join(", ", left.keySet())
                    + (q.params().isEmpty() ? "" : "; it takes " + String.join(", ",
                    q.params().stream().map(SavedQuery.Param::name).toList())));
        }
        return b.build();
    }

    /** A value checked against its declared type: a bad value is refused, not passed on. */
    static Node node(SavedQuery.Param p, String value) {
        if (p.datatype().equals("iri")) {
            IRIx iri;
            try {
                iri = IRIx.create(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("parameter " + p.name() + ": not an IRI: " + value);
            }
            String scheme = iri.scheme();
            if (!iri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
                throw new IllegalArgumentException("parameter " + p.name() + ": not an http(s) IRI: " + value);
            }
            return NodeFactory.createURI(iri.str());
        }
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(
                "http://www.w3.org/2001/XMLSchema#" + p.datatype().substring("xsd:".length()));
        if (!dt.isValid(value)) {
            throw new IllegalArgumentException("parameter " + p.name() + ": '" + value + "' is not a valid " + p.datatype());
        }
        return NodeFactory.createLiteralDT(value, dt);
    }

    /** All rows, in the query's order, with their terms resolved (usable after the transaction). */
    public RowSetRewindable select(DatasetGraph ds, SavedQuery q, Map<String, String> args) {
        return run(QueryExec.dataset(ds), q, args);
    }

    /**
     * All rows from a SPARQL endpoint (a running {@code serve}, or any other): the parameters
     * are bound into the query text before it is sent.
     */
    public RowSetRewindable select(String endpoint, SavedQuery q, Map<String, String> args) {
        // A form POST: Virtuoso 7.2 never answers a long query sent as an application/sparql-query body.
        return run(QueryExecHTTPBuilder.service(endpoint).sendMode(org.apache.jena.sparql.exec.http.QuerySendMode.asPostForm), q, args);
    }

    private RowSetRewindable run(QueryExecBuilder where, SavedQuery q, Map<String, String> args) {
        Query query = QueryFactory.create(q.sparql());
        try (QueryExec exec = where.query(query).substitution(bind(q, args)).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .build()) {
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> copied = new ArrayList<>();
            rows.forEachRemaining(b -> copied.add(copy(b)));
            return RowSetStream.create(vars, copied.iterator()).rewindable();
        }
    }

    /** A binding whose terms are read now: TDB2 resolves them lazily, inside the transaction only. */
    public static Binding copy(Binding b) {
        BindingBuilder c = BindingBuilder.create();
        b.vars().forEachRemaining(v -> c.add(v, b.get(v)));
        return c.build();
    }

    /** Runs the query and prints its rows in {@code format}. */
    public void write(DatasetGraph ds, SavedQuery q, Map<String, String> args, Format format, OutputStream out) {
        write(select(ds, q, args), q, format, out);
    }

    /** Prints rows of {@code q} in {@code format}. */
    public static void write(RowSetRewindable rows, SavedQuery q, Format format, OutputStream out) {
        ResultSet rs = ResultSet.adapt(rows);
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, QueryFactory.create(q.sparql()).getPrologue());
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }
}
