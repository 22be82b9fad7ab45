package org.policykg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The public query operation: federated SERVICE is refused before anything runs,
 * and no query returns more than {@code maxRows} rows (a LIMIT is added or
 * lowered). The timeout comes from the dataset's context, which a client's
 * {@code ?timeout=} can only shorten.
 */
final class QueryGuard extends SPARQL_QueryDataset {
    private final int maxRows;

    QueryGuard(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (ServiceFinder.callsService(query)) {
            ServletOps.errorBadRequest("SERVICE (federated query) is not allowed on this endpoint");
        }
        super.validateQuery(action, query);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight() == null ? query : p.getRight();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q = q.cloneQuery();
            q.setLimit(maxRows);
        }
        return Pair.create(p.getLeft(), q);
    }
}
