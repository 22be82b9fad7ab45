package org.policykg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnfold;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * What a public query may do, read from its algebra, where patterns, subqueries, EXISTS
 * inside any expression (FILTER, BIND, ORDER BY, GROUP BY, aggregates, OPTIONAL's
 * condition) are one tree: no SERVICE, only allowed functions ({@link SafeFunctions}),
 * no property function or procedure named by a {@code java:} class. Before the check,
 * REGEX, REPLACE, CONCAT and GROUP_CONCAT are rewritten to their bounded forms.
 */
final class QueryRules {
    private QueryRules() {
    }

    /** The query with REGEX, REPLACE and CONCAT calling the bounded functions. */
    static Query rewrite(Query q) {
        return QueryTransformOps.transform(q, new ElementTransformCopyBase(), new Bounded());
    }

    /** Why the query is refused, or empty. */
    static Optional<String> refusal(Query q, FunctionRegistry functions) {
        Checker c = new Checker(functions);
        c.op(Algebra.compile(q));
        return Optional.ofNullable(c.problem);
    }

    private static final class Bounded extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
                return new E_Function(SafeFunctions.REGEX, args);
            }
            if (func instanceof E_StrReplace) {
                return new E_Function(SafeFunctions.REPLACE, args);
            }
            if (func instanceof E_StrConcat) {
                return new E_Function(SafeFunctions.CONCAT, args);
            }
            return super.transform(func, args);
        }

        @Override
        public Expr transform(ExprAggregator eAgg) {
            ExprList in = eAgg.getAggregator().getExprList();
            if (in == null) {
                return eAgg;
            }
            List<Expr> out = new ArrayList<>();
            for (Expr e : in) {
                out.add(ExprTransformer.transform(this, e));
            }
            org.apache.jena.sparql.expr.aggregate.Aggregator agg = eAgg.getAggregator();
            if (agg instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcat g && !(g instanceof SafeFunctions.GroupConcat)) {
                return new ExprAggregator(eAgg.getVar(), new SafeFunctions.GroupConcat(out.get(0), g.getSeparator()));
            }
            if (agg instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct g
                    && !(g instanceof SafeFunctions.GroupConcatDistinct)) {
                return new ExprAggregator(eAgg.getVar(), new SafeFunctions.GroupConcatDistinct(out.get(0), g.getSeparator()));
            }
            return new ExprAggregator(eAgg.getVar(), agg.copy(new ExprList(out)));
        }
    }

    private static final class Checker extends OpVisitorBase {
        private final FunctionRegistry functions;
        private String problem;

        Checker(FunctionRegistry functions) {
            this.functions = functions;
        }

        private void refuse(String why) {
            if (problem == null) {
                problem = why;
            }
        }

        void op(Op op) {
            if (op != null) {
                OpWalker.walk(op, this);
            }
        }

        private void expr(Expr e) {
            if (e == null) {
                return;
            }
            if (e instanceof ExprAggregator a) {
                exprs(a.getAggregator().getExprList());
                return;
            }
            if (!(e instanceof ExprFunction f)) {
                return;
            }
            if (f instanceof ExprFunctionOp fo) {
                op(fo.getGraphPattern() != null ? fo.getGraphPattern()
                        : fo.getElement() == null ? null : Algebra.compile(fo.getElement()));
            } else if (f instanceof E_Regex || f instanceof E_StrReplace || f instanceof E_StrConcat) {
                refuse(f.getFunctionPrintName(null) + " is not allowed in this position");
            } else if (f instanceof E_Call) {
                refuse("CALL (a function chosen at run time) is not allowed");
            } else if (f instanceof E_Function fn && !functions.isRegistered(fn.getFunctionIRI())) {
                refuse("function not allowed on this endpoint: <" + fn.getFunctionIRI() + ">");
            }
            for (Expr a : f.getArgs()) {
                expr(a);
            }
        }

        private void exprs(ExprList l) {
            if (l != null) {
                l.forEach(this::expr);
            }
        }

        private void exprs(VarExprList l) {
            if (l != null) {
                l.getExprs().values().forEach(this::expr);
            }
        }

        private void sort(List<SortCondition> l) {
            if (l != null) {
                l.forEach(c -> expr(c.getExpression()));
            }
        }

        private void predicate(Node p) {
            if (p != null && p.isURI() && p.getURI().startsWith("java:")) {
                refuse("property function not allowed on this endpoint: <" + p.getURI() + ">");
            }
        }

        @Override
        public void visit(OpService op) {
            refuse("SERVICE (federated query) is not allowed on this endpoint");
        }

        @Override
        public void visit(OpProcedure op) {
            refuse("procedure calls are not allowed on this endpoint");
        }

        @Override
        public void visit(OpPropFunc op) {
            predicate(op.getProperty());
        }

        @Override
        public void visit(OpExt op) {
            refuse("extension operators are not allowed on this endpoint");
        }

        @Override
        public void visit(OpBGP op) {
            for (Triple t : op.getPattern()) {
                predicate(t.getPredicate());
            }
        }

        @Override
        public void visit(OpTriple op) {
            predicate(op.getTriple().getPredicate());
        }

        @Override
        public void visit(OpQuadPattern op) {
            for (Quad q : op.getPattern()) {
                predicate(q.getPredicate());
            }
        }

        @Override
        public void visit(OpFilter op) {
            exprs(op.getExprs());
        }

        @Override
        public void visit(OpLeftJoin op) {
            exprs(op.getExprs());
        }

        @Override
        public void visit(OpExtend op) {
            exprs(op.getVarExprList());
        }

        @Override
        public void visit(OpAssign op) {
            exprs(op.getVarExprList());
        }

        @Override
        public void visit(OpUnfold op) {
            expr(op.getExpr());
        }

        @Override
        public void visit(OpOrder op) {
            sort(op.getConditions());
        }

        @Override
        public void visit(OpTopN op) {
            sort(op.getConditions());
        }

        @Override
        public void visit(OpGroup op) {
            exprs(op.getGroupVars());
            op.getAggregators().forEach(this::expr);
        }
    }
}
