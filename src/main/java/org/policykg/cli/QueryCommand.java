package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.policykg.query.QueryRunner;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.store.Store;
import org.policykg.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = "Run a saved query (queries/NAME.rq) over the store, building it if needed, "
        + "or over a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(index = "0", paramLabel = "NAME", description = "The saved query; 'list' lists them.")
    String name;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Documents (default: seeds).")
    List<Path> inputs = List.of(Path.of("seeds"));

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run it at this SPARQL endpoint (e.g. a running serve's http://127.0.0.1:3030/kg/sparql) "
                    + "instead of opening the store, which a server in another process holds.")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest the query may run (default: ${DEFAULT-VALUE}).")
    double timeout = 60;

    QueryCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        QueryRunner.Format f;
        try {
            f = QueryRunner.Format.of(format);
        } catch (IllegalArgumentException e) {
            io.err().println("error: --format is table, csv, tsv or json, not " + format);
            return ExitCodes.USAGE;
        }
        SavedQueries queries = store.savedQueries();
        if (name.equals("list")) {
            for (SavedQuery q : queries.all()) {
                io.out().println(q.name() + "\t" + q.titleZh() + "\t" + q.titleEn());
            }
            return ExitCodes.OK;
        }
        Optional<SavedQuery> q = queries.get(name);
        if (q.isEmpty()) {
            io.err().println("error: no saved query " + name + " in " + store.queries + " (try: query list)");
            return ExitCodes.USAGE;
        }
        QueryRunner runner = new QueryRunner(Math.round(timeout * 1000));
        if (endpoint != null) {
            return remote(runner, q.get(), f);
        }
        Stores.Opened opened = Stores.open(store.data, inputs, io.err(), false, store.threads);
        try (Store s = opened.store()) {
            Txn.executeRead(s.dataset(), () -> runner.write(s.dataset(), q.get(), params, f, io.out()));
        } catch (IllegalArgumentException e) {
            io.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (QueryCancelledException e) {
            io.err().println("error: the query ran longer than " + timeout + " s");
            return ExitCodes.INPUT_FAILED;
        }
        io.out().flush();
        return ExitCodes.OK;
    }

    private int remote(QueryRunner runner, SavedQuery q, QueryRunner.Format f) {
        RowSetRewindable rows;
        try {
            rows = runner.select(endpoint, q, params);
        } catch (IllegalArgumentException e) {
            io.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (QueryExceptionHTTP e) {
            io.err().println("error: " + endpoint + ": " + Remote.reason(e));
            return ExitCodes.INPUT_FAILED;
        } catch (QueryCancelledException e) {
            io.err().println("error: the query ran longer than " + timeout + " s");
            return ExitCodes.INPUT_FAILED;
        }
        QueryRunner.write(rows, q, f, io.out());
        io.out().flush();
        return ExitCodes.OK;
    }
}
