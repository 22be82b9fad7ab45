package org.policykg.serve;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * The functions a public query may call. REGEX, REPLACE and CONCAT are rewritten to the
 * bounded versions here ({@link QueryRules}): regular expressions run on RE2/J, whose time
 * is linear in the text (java.util.regex backtracks: {@code (.*a){12}$} ran for minutes and
 * never looked at the timeout), and no string built during a query grows past
 * {@link #MAX_STRING} characters (29 chained {@code CONCAT(?x, ?x)} filled a 6 GB heap), as is
 * GROUP_CONCAT ({@link GroupConcat}).
 * Everything else is an allow-list of Jena's standard functions: nothing is loaded by
 * class name ({@code <java:…>}, and {@code afn:wait}, which Jena finds by mapping its
 * namespace to a Java package).
 */
final class SafeFunctions {
    static final String NS = "https://w3id.org/policykg/function#";
    static final String REGEX = NS + "regex";
    static final String REPLACE = NS + "replace";
    static final String CONCAT = NS + "concat";

    /** Longest string a query may build (characters). */
    static final int MAX_STRING = 65_536;
    /** Longest regular expression, and the most states its counted repetitions may expand to. */
    static final int MAX_PATTERN = 1_000;
    static final long MAX_PATTERN_SIZE = 10_000;

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    /**
     * Standard functions left out: those that take a regular expression or build strings
     * without bound (they have the bounded forms above), fn:apply (calls any function by
     * IRI), fn:error, and the CDT list and map functions nobody here needs.
     */
    private static final Set<String> LEFT_OUT = Set.of(FN + "matches", FN + "replace", FN + "concat", FN + "apply",
            FN + "error", SPARQL + "regex", SPARQL + "replace", SPARQL + "concat");
    private static final String CDT = "http://w3id.org/awslabs/neptune/SPARQL-CDTs/";

    private SafeFunctions() {
    }

    /** The registry for the public endpoint: the allowed standard functions and ours, and no class loading. */
    static FunctionRegistry registry() {
        Map<String, FunctionFactory> allowed = new TreeMap<>();
        FunctionRegistry standard = FunctionRegistry.standardRegistry();
        for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
            String uri = it.next();
            if (!LEFT_OUT.contains(uri) && !uri.startsWith(CDT)) {
                allowed.put(uri, standard.get(uri));
            }
        }
        allowed.put(REGEX, uri -> new Regex());
        allowed.put(REPLACE, uri -> new Replace());
        allowed.put(CONCAT, uri -> new Concat());
        return new Fixed(Map.copyOf(allowed));
    }

    /** A registry that answers from its map only: FunctionRegistry would load unknown java: IRIs as classes. */
    private static final class Fixed extends FunctionRegistry {
        private final Map<String, FunctionFactory> functions;

        Fixed(Map<String, FunctionFactory> functions) {
            this.functions = functions;
        }

        @Override
        public FunctionFactory get(String uri) {
            return functions.get(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return functions.containsKey(uri);
        }

        @Override
        public Iterator<String> keys() {
            return functions.keySet().iterator();
        }

        @Override
        public void put(String uri, FunctionFactory f) {
            throw new UnsupportedOperationException("the public function registry is fixed");
        }

        @Override
        public void put(String uri, Class<?> funcClass) {
            throw new UnsupportedOperationException("the public function registry is fixed");
        }
    }

    // ---- the bounded functions

    /** CONCAT with the SPARQL rules for the result's language and datatype, refused past MAX_STRING. */
    static final class Concat extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            long n = 0;
            for (NodeValue a : args) {
                n += a.isString() || a.isLangString() ? a.asNode().getLiteralLexicalForm().length() : 0;
            }
            checkSize(n);
            return XSDFuncOp.strConcat(args);
        }
    }

    /** REGEX(text, pattern[, flags]) on RE2/J. */
    static final class Regex extends FunctionBase {
        private volatile Compiled last;

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = string(args.get(0));
            Pattern p = compile(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(text).find());
        }

        private Pattern compile(NodeValue pattern, NodeValue flags) {
            Compiled c = last;
            String ps = string(pattern);
            String fs = flags == null ? "" : string(flags);
            if (c == null || !c.pattern.equals(ps) || !c.flags.equals(fs)) {
                c = new Compiled(ps, fs, SafeFunctions.compile(ps, fs));
                last = c;
            }
            return c.compiled;
        }
    }

    /** REPLACE(text, pattern, replacement[, flags]) on RE2/J; the result keeps the text's language. */
    static final class Replace extends FunctionBase {
        private volatile Compiled last;

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue arg = args.get(0);
            String text = string(arg);
            String ps = string(args.get(1));
            String fs = args.size() > 3 ? string(args.get(3)) : "";
            String replacement = string(args.get(2));
            Compiled c = last;
            if (c == null || !c.pattern.equals(ps) || !c.flags.equals(fs)) {
                c = new Compiled(ps, fs, SafeFunctions.compile(ps, fs));
                last = c;
            }
            if (c.compiled.matcher("").find()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            Matcher m = c.compiled.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean literal = fs.contains("q");
            while (m.find()) {
                m.appendReplacement(out, literal ? Matcher.quoteReplacement(replacement) : replacement);
                checkSize(out.length());
            }
            m.appendTail(out);
            checkSize(out.length());
            String lang = arg.asNode().getLiteralLanguage();
            return lang.isEmpty() ? NodeValue.makeString(out.toString()) : NodeValue.makeLangString(out.toString(), lang);
        }
    }

    private record Compiled(String pattern, String flags, Pattern compiled) {
    }

    /**
     * GROUP_CONCAT refused past {@link #MAX_STRING} characters, like CONCAT: over a cross product
     * one group's string grows by every row (Jena's own accumulator has no bound). Past the cap the
     * aggregate is an error, so its variable is unbound, as SPARQL does for an aggregate error.
     */
    static final class GroupConcat extends org.apache.jena.sparql.expr.aggregate.AggGroupConcat {
        GroupConcat(org.apache.jena.sparql.expr.Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public org.apache.jena.sparql.expr.aggregate.Aggregator copy(ExprList exprs) {
            return new GroupConcat(exprs.get(0), getSeparator());
        }

        @Override
        public org.apache.jena.sparql.expr.aggregate.Accumulator createAccumulator() {
            return new CappedConcat(getExprList().get(0), getSeparator(), false);
        }
    }

    /** GROUP_CONCAT(DISTINCT …) with the same cap. */
    static final class GroupConcatDistinct extends org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct {
        GroupConcatDistinct(org.apache.jena.sparql.expr.Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public org.apache.jena.sparql.expr.aggregate.Aggregator copy(ExprList exprs) {
            return new GroupConcatDistinct(exprs.get(0), getSeparator());
        }

        @Override
        public org.apache.jena.sparql.expr.aggregate.Accumulator createAccumulator() {
            return new CappedConcat(getExprList().get(0), getSeparator(), true);
        }
    }

    /** Jena's GROUP_CONCAT accumulation (values as strings, errors skipped) with a length cap. */
    private static final class CappedConcat extends org.apache.jena.sparql.expr.aggregate.AccumulatorExpr {
        private final String separator;
        private StringBuilder so = new StringBuilder();

        CappedConcat(org.apache.jena.sparql.expr.Expr expr, String separator, boolean distinct) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
        }

        @Override
        protected void accumulate(NodeValue nv, org.apache.jena.sparql.engine.binding.Binding b,
                                  org.apache.jena.sparql.function.FunctionEnv env) {
            if (so == null) {
                throw new ExprEvalException("GROUP_CONCAT longer than " + MAX_STRING + " characters");
            }
            String v = nv.asString();
            long n = (long) so.length() + (getAccCount() > 0 ? separator.length() : 0) + v.length();
            if (n > MAX_STRING) {
                so = null; // let the string go at once; the aggregate is an error from here
                throw new ExprEvalException("GROUP_CONCAT longer than " + MAX_STRING + " characters");
            }
            if (getAccCount() > 0) {
                so.append(separator);
            }
            so.append(v);
        }

        @Override
        protected void accumulateError(org.apache.jena.sparql.engine.binding.Binding b,
                                       org.apache.jena.sparql.function.FunctionEnv env) {
        }

        @Override
        protected NodeValue getAccValue() {
            return so == null ? null : NodeValue.makeString(so.toString());
        }
    }

    private static void checkSize(long n) {
        if (n > MAX_STRING) {
            throw new ExprEvalException("string longer than " + MAX_STRING + " characters");
        }
    }

    private static String string(NodeValue v) {
        if (!v.isString() && !v.isLangString()) {
            throw new ExprEvalException("not a string: " + v);
        }
        return v.asNode().getLiteralLexicalForm();
    }

    /** An XPath regular expression with XPath flags (s, m, i, x, q) as an RE2/J pattern, within the size bounds. */
    static Pattern compile(String pattern, String flags) {
        int f = 0;
        String p = pattern;
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE;
                case 's' -> f |= Pattern.DOTALL;
                case 'm' -> f |= Pattern.MULTILINE;
                case 'x', 'q' -> {
                }
                default -> throw new ExprEvalException("regex flag not allowed: " + c);
            }
        }
        if (flags.indexOf('q') >= 0) {
            p = Pattern.quote(p);
        } else if (flags.indexOf('x') >= 0) {
            p = p.replaceAll("[ \\t\\n\\r]", "");
        }
        if (p.length() > MAX_PATTERN) {
            throw new ExprEvalException("regular expression longer than " + MAX_PATTERN + " characters");
        }
        if (expandedSize(p) > MAX_PATTERN_SIZE) {
            // RE2/J expands counted repetition: ((a{1000}){1000}){1000} would take gigabytes to compile.
            throw new ExprEvalException("regular expression repeats too much");
        }
        try {
            return Pattern.compile(p, f);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("bad regular expression: " + Lib.className(e) + ": " + e.getDescription());
        }
    }

    /**
     * How many atoms the pattern is after counted repetitions are expanded, roughly: each
     * {n,m} multiplies what it repeats by its larger bound. Escapes and classes count as one.
     */
    static long expandedSize(String p) {
        long[] pos = {0};
        return sequence(p, pos);
    }

    private static long sequence(String p, long[] pos) {
        long total = 0;
        long last = 0;
        while (pos[0] < p.length()) {
            int i = (int) pos[0];
            char c = p.charAt(i);
            if (c == ')') {
                break;
            }
            pos[0]++;
            switch (c) {
                case '\\' -> {
                    pos[0]++;
                    last = 1;
                    total += 1;
                }
                case '[' -> {
                    int j = i + 1;
                    if (j < p.length() && p.charAt(j) == '^') {
                        j++;
                    }
                    if (j < p.length() && p.charAt(j) == ']') {
                        j++;
                    }
                    while (j < p.length() && p.charAt(j) != ']') {
                        j += p.charAt(j) == '\\' ? 2 : 1;
                    }
                    pos[0] = Math.min(p.length(), j + 1);
                    last = 1;
                    total += 1;
                }
                case '(' -> {
                    long inner = sequence(p, pos);
                    pos[0]++; // the ')'
                    last = inner;
                    total = saturate(total + inner);
                }
                case '{' -> {
                    int close = p.indexOf('}', i);
                    String body = close < 0 ? "" : p.substring(i + 1, close);
                    if (body.matches("\\d{1,9}(,\\d{0,9})?")) {
                        String[] parts = body.split(",", -1);
                        long n = Long.parseLong(parts[parts.length == 2 && !parts[1].isEmpty() ? 1 : 0]);
                        total = saturate(total - last + saturate(last * Math.max(1, n)));
                        last = saturate(last * Math.max(1, n));
                        pos[0] = close + 1;
                    } else {
                        last = 1;
                        total += 1;
                    }
                }
                case '|' -> last = 0;
                case '*', '+', '?' -> {
                }
                default -> {
                    last = 1;
                    total += 1;
                }
            }
        }
        return total;
    }

    private static long saturate(long v) {
        return v < 0 || v > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : v;
    }
}
