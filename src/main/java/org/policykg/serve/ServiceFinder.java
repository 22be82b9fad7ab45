package org.policykg.serve;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Does a query call SERVICE anywhere: in its pattern, a subquery, or an EXISTS inside
 * an expression? Read from the algebra, where all of these are one tree.
 */
final class ServiceFinder {
    private ServiceFinder() {
    }

    static boolean callsService(Query q) {
        boolean[] found = {false};
        Walker.walk(Algebra.compile(q), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }
}
