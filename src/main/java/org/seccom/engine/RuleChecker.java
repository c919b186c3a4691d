package org.seccom.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.VoidType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.seccom.scenario.Problem;

/**
 * Reads the Java a rule file would have Drools compile and run (each consequence, function body,
 * {@code eval}, constraint, {@code from} source, accumulate argument, attribute and declared field
 * initialiser) and refuses what rules do not need: a rule file from outside the installation is
 * code from a stranger, and Drools runs any Java it is given. What passes is an allow-list:
 * insert, insertLogical, update, modify, retract and delete of facts; {@code drools.getRule()};
 * the model (org.seccom.model), Findings and Names; java.lang.Math, String, StringBuilder and the
 * boxed numbers; java.util collections; arithmetic, local variables, {@code if} and for-each loops
 * whose bodies are themselves allowed. Nothing here runs the code it reads.
 */
public final class RuleChecker {
    /** What the files may import. */
    static final String ALLOWED_IMPORTS = "org.seccom.model.*, org.seccom.engine.Findings, org.seccom.engine.Names,"
            + " java.util.* and java.lang.Math";
    private static final String WHAT_IS_ALLOWED = "rules may insert, insertLogical, update, modify, retract and delete"
            + " facts, read drools.getRule(), and use the model (org.seccom.model), Findings, Names, Math, String,"
            + " StringBuilder and java.util collections";
    private static final String TRUST = "; if you trust this rule file, give --trust-rules";

    /** java.lang types a rule may name. */
    private static final Set<String> LANG_TYPES = Set.of("Math", "String", "StringBuilder", "Object", "Number",
            "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean", "Character", "CharSequence",
            "Comparable", "Iterable", "StrictMath");
    /** java.util types a rule may name: the collections and a few helpers, nothing that reads, writes or schedules. */
    private static final Set<String> UTIL_TYPES = Set.of("Collection", "List", "ArrayList", "LinkedList", "Set",
            "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet", "Map", "HashMap", "LinkedHashMap",
            "TreeMap", "SortedMap", "NavigableMap", "Queue", "Deque", "ArrayDeque", "PriorityQueue", "Iterator",
            "ListIterator", "Collections", "Arrays", "Objects", "Optional", "OptionalInt", "OptionalDouble",
            "OptionalLong", "Locale", "Comparator", "StringJoiner", "Map.Entry", "Entry", "AbstractMap.SimpleEntry",
            "EnumMap", "EnumSet");
    private static final Set<String> ENGINE_TYPES = Set.of("Findings", "Names");
    /** The Drools calls a consequence may make on the facts. */
    private static final Set<String> FACT_CALLS = Set.of("insert", "insertLogical", "update", "modify", "retract", "delete");
    /** Methods that reach outside the rules, whatever they are called on. */
    private static final Set<String> DENIED_METHODS = Set.of("getClass", "forName", "getMethod", "getMethods",
            "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
            "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "setAccessible",
            "invoke", "invokeExact", "invokeWithArguments", "newInstance", "getClassLoader", "loadClass", "exit", "halt",
            "exec", "getRuntime", "start", "lookup", "privateLookupIn", "wait", "notify", "notifyAll", "finalize",
            "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getEntryPoint", "getEntryPoints",
            "getChannels", "setGlobal", "getGlobals", "getProcessInstance", "getEnvironment", "getSessionClock",
            "getFactHandle", "getKieSession", "getAgenda", "run", "call");
    /** Names that are refused wherever they appear, with the reason given to the user. */
    private static final Map<String, String> DENIED_NAMES = Map.ofEntries(
            Map.entry("System", "reaches the process (exit, properties, streams)"),
            Map.entry("Runtime", "can start programs and end the process"),
            Map.entry("ProcessBuilder", "starts programs"), Map.entry("Process", "is a running program"),
            Map.entry("ProcessHandle", "reaches running programs"),
            Map.entry("Class", "is reflection"), Map.entry("ClassLoader", "loads code"),
            Map.entry("Thread", "starts threads"), Map.entry("ThreadGroup", "reaches threads"),
            Map.entry("Unsafe", "reaches memory"), Map.entry("MethodHandles", "is reflection"),
            Map.entry("MethodHandle", "is reflection"), Map.entry("Method", "is reflection"),
            Map.entry("Field", "is reflection"), Map.entry("Constructor", "is reflection"),
            Map.entry("Proxy", "is reflection"), Map.entry("File", "reaches files"), Map.entry("Files", "reaches files"),
            Map.entry("Path", "reaches files"), Map.entry("Paths", "reaches files"),
            Map.entry("FileInputStream", "reads files"), Map.entry("FileOutputStream", "writes files"),
            Map.entry("FileWriter", "writes files"), Map.entry("FileReader", "reads files"),
            Map.entry("RandomAccessFile", "reaches files"), Map.entry("PrintWriter", "writes files"),
            Map.entry("URL", "reaches the network"), Map.entry("URI", "reaches the network"),
            Map.entry("Socket", "reaches the network"), Map.entry("ServerSocket", "reaches the network"),
            Map.entry("HttpClient", "reaches the network"), Map.entry("InetAddress", "reaches the network"),
            Map.entry("ScriptEngineManager", "runs scripts"), Map.entry("ScriptEngine", "runs scripts"),
            Map.entry("Executors", "starts threads"), Map.entry("Timer", "starts threads"),
            Map.entry("ForkJoinPool", "starts threads"), Map.entry("CompletableFuture", "starts threads"),
            Map.entry("ServiceLoader", "loads code"), Map.entry("Scanner", "reads input"),
            Map.entry("Formatter", "can write files"), Map.entry("kcontext", "reaches the session and the engine"),
            Map.entry("Introspector", "is reflection"), Map.entry("ObjectInputStream", "runs deserialised code"));
    /** First names of fully qualified names. */
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org",
            "net", "io", "kotlin", "scala", "groovy", "mvel", "mvel2", "ognl");
    private static final Pattern BINDING = Pattern.compile("^\\s*\\$?[A-Za-z_][\\w$]*\\s*:=?(?![=:])");
    private static final Pattern INTEGER = Pattern.compile("-?\\s*\\d+");

    private final Set<String> functions = new HashSet<>();
    private final Set<String> declaredTypes = new HashSet<>();
    private final JavaParser javaParser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17).setTabSize(1));

    private RuleChecker() {}

    /**
     * The problems of the given (untrusted) files; {@code context} are the other files of the rule
     * base, whose functions and declared types the untrusted files may use. A file Drools cannot
     * parse draws no problem here: it is not compiled, so nothing in it runs, and the compiler
     * reports its syntax error; its name goes into {@code unread}, and should Drools compile it after
     * all, it must be refused before it runs.
     */
    public static List<Problem> check(List<RuleSource> untrusted, List<RuleSource> context, List<String> unread) {
        RuleChecker checker = new RuleChecker();
        List<PackageDescr> parsed = new ArrayList<>();
        for (RuleSource s : context) {
            PackageDescr pd = parse(s);
            if (pd != null) checker.learn(pd);
        }
        List<Problem> problems = new ArrayList<>();
        for (RuleSource s : untrusted) {
            PackageDescr pd = parse(s);
            parsed.add(pd);
            if (pd != null) checker.learn(pd);
        }
        for (int i = 0; i < untrusted.size(); i++) {
            if (parsed.get(i) != null) new FileCheck(checker, untrusted.get(i), problems).check(parsed.get(i));
            else unread.add(untrusted.get(i).name());
        }
        return problems;
    }

    private static PackageDescr parse(RuleSource s) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        try {
            PackageDescr pd = parser.parse(false, s.text());
            return parser.hasErrors() ? null : pd;
        } catch (RuntimeException | org.drools.drl.parser.DroolsParserException e) {
            return null;
        }
    }

    private void learn(PackageDescr pd) {
        for (FunctionDescr f : pd.getFunctions()) functions.add(f.getName());
        for (TypeDeclarationDescr t : pd.getTypeDeclarations()) declaredTypes.add(t.getTypeName());
        pd.getEnumDeclarations().forEach(e -> declaredTypes.add(e.getTypeName()));
    }

    private static boolean modelClass(String simpleName) {
        if (simpleName.isEmpty() || !Character.isUpperCase(simpleName.charAt(0))) return false;
        try {
            Class.forName("org.seccom.model." + simpleName.replace('.', '$'), false, RuleChecker.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether a type named in a rule (simple, nested or qualified) is one rules may use. */
    boolean typeAllowed(String name) {
        String n = name.replaceAll("<.*>", "").replace("[]", "").strip();
        if (n.isEmpty() || Set.of("int", "long", "double", "float", "short", "byte", "boolean", "char", "void").contains(n)) return true;
        if (n.startsWith("java.lang.")) n = n.substring("java.lang.".length());
        else if (n.startsWith("java.util.")) {
            return UTIL_TYPES.contains(n.substring("java.util.".length()));
        } else if (n.startsWith("org.seccom.model.")) {
            return modelClass(n.substring("org.seccom.model.".length()));
        } else if (n.startsWith("org.seccom.engine.")) {
            return ENGINE_TYPES.contains(n.substring("org.seccom.engine.".length()));
        } else if (n.contains(".") && PACKAGE_ROOTS.contains(n.substring(0, n.indexOf('.')))) {
            return false;
        }
        return LANG_TYPES.contains(n) || UTIL_TYPES.contains(n) || ENGINE_TYPES.contains(n) || declaredTypes.contains(n)
                || modelClass(n);
    }

    /** The checks of one file. */
    private static final class FileCheck {
        private final RuleChecker c;
        private final RuleSource source;
        private final String text;
        private final List<Problem> problems;
        private final Set<String> locals = new HashSet<>();
        private boolean consequence;
        /** In a pattern's constraint, a call without a receiver is a method of the fact matched. */
        private boolean constraint;
        private String where = "";

        FileCheck(RuleChecker c, RuleSource source, List<Problem> problems) {
            this.c = c;
            this.source = source;
            this.text = source.text();
            this.problems = problems;
        }

        void check(PackageDescr pd) {
            for (AttributeDescr a : pd.getAttributes()) attribute(a, a.getStartCharacter());
            for (ImportDescr i : pd.getImports()) importOf(i);
            for (ImportDescr i : pd.getFunctionImports()) {
                refuse(i.getStartCharacter(), "imports function " + i.getTarget() + "; rule files may import only "
                        + ALLOWED_IMPORTS + TRUST);
            }
            for (var i : pd.getAccumulateImports()) {
                refuse(i.getStartCharacter(), "imports accumulate function " + i.getTarget()
                        + ", which is code outside the rules; use sum, count, min, max, average, collectList or collectSet" + TRUST);
            }
            for (GlobalDescr g : pd.getGlobals()) {
                if (!c.typeAllowed(g.getType())) {
                    refuse(g.getStartCharacter(), "declares a global of type " + g.getType()
                            + "; the globals rules may use are org.seccom.engine.Names names" + TRUST);
                }
            }
            for (FunctionDescr f : pd.getFunctions()) function(f);
            for (TypeDeclarationDescr t : pd.getTypeDeclarations()) declared(t);
            if (!pd.getEnumDeclarations().isEmpty()) {
                for (var e : pd.getEnumDeclarations()) {
                    refuse(e.getStartCharacter(), "declares enum " + e.getTypeName()
                            + "; declared enums run constructors; use a String field" + TRUST);
                }
            }
            for (RuleDescr r : pd.getRules()) rule(r);
        }

        private void importOf(ImportDescr i) {
            String t = i.getTarget();
            boolean ok = t.equals("org.seccom.model.*") || t.equals("java.util.*") || t.equals("java.lang.Math")
                    || t.equals("org.seccom.engine.Findings") || t.equals("org.seccom.engine.Names")
                    || (t.startsWith("org.seccom.model.") && modelClass(t.substring("org.seccom.model.".length())))
                    || (t.startsWith("java.util.") && UTIL_TYPES.contains(t.substring("java.util.".length())));
            if (!ok) refuse(i.getStartCharacter(), "imports " + t + "; rule files may import only " + ALLOWED_IMPORTS + TRUST);
        }

        private void attribute(AttributeDescr a, int near) {
            String name = a.getName();
            String value = a.getValue() == null ? "" : a.getValue().strip();
            if (name.equals("dialect")) {
                String d = value.replace("\"", "").replace("'", "").strip();
                if (!d.equals("java")) {
                    refuse(near, "uses dialect \"" + d + "\", whose expressions this check cannot read; write the rule"
                            + " in the java dialect (the default)" + TRUST);
                }
                return;
            }
            if (name.equals("salience") || name.equals("enabled")) {
                if (INTEGER.matcher(value).matches() || value.equals("true") || value.equals("false")) return;
                expression(value, near, name);
            }
        }

        private void function(FunctionDescr f) {
            where = "function " + f.getName();
            locals.clear();
            consequence = false;
            int at = text.indexOf(f.getBody(), Math.max(0, f.getStartCharacter()));
            type(f.getReturnType(), f.getStartCharacter());
            for (int i = 0; i < f.getParameterNames().size(); i++) {
                type(f.getParameterTypes().get(i), f.getStartCharacter());
                locals.add(f.getParameterNames().get(i));
            }
            block(f.getBody(), at < 0 ? f.getStartCharacter() : at);
        }

        private void declared(TypeDeclarationDescr t) {
            where = "declare " + t.getTypeName();
            for (var qn : t.getSuperTypes()) {
                String sup = qn.getFullName();
                if (!sup.equals("Object") && !sup.equals("java.lang.Object") && !c.declaredTypes.contains(sup) && !modelClass(sup)) {
                    refuse(t.getStartCharacter(), "declares type " + t.getTypeName() + " extending " + sup
                            + "; declared types may extend only a model class or another declared type" + TRUST);
                }
            }
            for (TypeFieldDescr f : t.getFields().values()) {
                String type = f.getPattern() == null ? "" : f.getPattern().getObjectType();
                type(type, f.getStartCharacter());
                if (f.getInitExpr() != null && !f.getInitExpr().isBlank()) {
                    locals.clear();
                    expression(f.getInitExpr(), f.getStartCharacter(), "the initial value of field " + f.getFieldName());
                }
            }
        }

        private void rule(RuleDescr r) {
            where = "rule \"" + r.getName() + "\"";
            locals.clear();
            consequence = false;
            for (AttributeDescr a : r.getAttributes().values()) attribute(a, a.getStartCharacter() > 0 ? a.getStartCharacter() : r.getStartCharacter());
            if (r.getLhs() != null) lhs(r.getLhs());
            consequence = true;
            if (r.getConsequence() != null) {
                String code = r.getConsequence().toString();
                int then = text.indexOf("then", Math.max(0, r.getStartCharacter()));
                int at = text.indexOf(code, Math.max(0, then));
                block(code, at < 0 ? r.getStartCharacter() : at);
            }
            for (Map.Entry<String, Object> named : r.getNamedConsequences().entrySet()) {
                String code = String.valueOf(named.getValue());
                int at = text.indexOf(code, Math.max(0, r.getStartCharacter()));
                block(code, at < 0 ? r.getStartCharacter() : at);
            }
            consequence = false;
        }

        private void lhs(BaseDescr d) {
            if (d instanceof PatternDescr p) {
                if (p.getIdentifier() != null) locals.add(p.getIdentifier());
                for (BaseDescr b : p.getDescrs()) lhs(b);
                if (p.getSource() != null) source(p.getSource(), p.getStartCharacter());
            } else if (d instanceof ExprConstraintDescr e) {
                constraint(e.getExpression(), e.getStartCharacter());
            } else if (d instanceof EvalDescr e) {
                String code = String.valueOf(e.getContent());
                int at = text.indexOf(code, Math.max(0, e.getStartCharacter()));
                expression(code, at < 0 ? e.getStartCharacter() : at, "eval");
            } else if (d instanceof ConditionalElementDescr ce) {
                for (Object o : ce.getDescrs()) lhs((BaseDescr) o);
            }
        }

        private void source(BaseDescr src, int near) {
            if (src instanceof FromDescr f) {
                String code = f.getDataSource().getText();
                int at = text.indexOf(code, Math.max(0, near));
                expression(code, at < 0 ? near : at, "from");
            } else if (src instanceof AccumulateDescr a) {
                if (a.getInput() != null) lhs(a.getInput());
                for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                    if (fn.getBind() != null) locals.add(fn.getBind());
                    for (String param : fn.getParams()) {
                        int at = text.indexOf(param, Math.max(0, near));
                        expression(param, at < 0 ? near : at, fn.getFunction());
                    }
                }
                for (String code : new String[] {a.getInitCode(), a.getActionCode(), a.getReverseCode()}) {
                    if (code == null || code.isBlank()) continue;
                    int at = text.indexOf(code, Math.max(0, near));
                    block(code, at < 0 ? near : at);
                }
                if (a.getResultCode() != null && !a.getResultCode().isBlank()) {
                    int at = text.indexOf(a.getResultCode(), Math.max(0, near));
                    expression(a.getResultCode(), at < 0 ? near : at, "accumulate result");
                }
            } else if (src instanceof CollectDescr co) {
                if (co.getInputPattern() != null) lhs(co.getInputPattern());
            } else if (src instanceof PatternDescr || src instanceof ConditionalElementDescr) {
                lhs(src);
            }
        }

        // ---- Java snippets, parsed where they sit in the file so that positions are the file's ----

        private String padded(String code, int offset) {
            int line = 0;
            int col = 0;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 0;
                } else {
                    col++;
                }
            }
            return "\n".repeat(line) + " ".repeat(col) + code;
        }

        /** Statements whose first character sits at {@code offset} of the file, read as a block. */
        private void block(String code, int offset) {
            String pad = padded("", offset);
            // the opening brace goes just before the code, on its line, or at the end of the line before
            String src = pad.endsWith(" ") ? pad.substring(0, pad.length() - 1) + "{" + code + "\n}"
                    : pad.endsWith("\n") ? pad.substring(0, pad.length() - 1) + "{\n" + code + "\n}" : "{" + code + "\n}";
            ParseResult<BlockStmt> r = c.javaParser.parse(com.github.javaparser.ParseStart.BLOCK, Providers.provider(src));
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                refuse(offset, "has code this check cannot read as Java (" + firstProblem(r) + ")"
                        + "; write it as plain Java statements" + TRUST);
                return;
            }
            statement(r.getResult().get());
        }

        private void constraint(String expr, int offset) {
            int at = offset;
            String e = expr;
            Matcher binding = BINDING.matcher(e);
            if (binding.find()) {
                String name = binding.group().replaceAll("[:=\\s]", "");
                locals.add(name);
                e = " ".repeat(binding.end()) + e.substring(binding.end());
            }
            constraint = true;
            try {
                expression(drlToJava(e), at, "constraint");
            } finally {
                constraint = false;
            }
        }

        /** DRL operators as Java ones of the same length, outside string literals, so the parser reads the rest. */
        private static String drlToJava(String e) {
            StringBuilder out = new StringBuilder(e.length());
            int i = 0;
            while (i < e.length()) {
                char ch = e.charAt(i);
                if (ch == '"' || ch == '\'') {
                    int j = i + 1;
                    while (j < e.length() && e.charAt(j) != ch) j += e.charAt(j) == '\\' ? 2 : 1;
                    j = Math.min(j + 1, e.length());
                    out.append(e, i, j);
                    i = j;
                    continue;
                }
                int j = i;
                while (j < e.length() && e.charAt(j) != '"' && e.charAt(j) != '\'') j++;
                out.append(operators(e.substring(i, j)));
                i = j;
            }
            return out.toString();
        }

        private static String operators(String s) {
            s = replaceKeeping(s, "\\bnot\\s+in\\s*\\(", "==__in(");
            s = replaceKeeping(s, "\\bin\\s*\\(", "==__in(");
            s = replaceKeeping(s, "\\bnot\\s+(contains|memberOf|matches|excludes|soundslike)\\b", "==");
            s = replaceKeeping(s, "\\b(contains|memberOf|matches|excludes|soundslike)\\b", "==");
            s = replaceKeeping(s, "\\bstr\\s*\\[\\s*\\w+\\s*\\]", "==");
            s = replaceKeeping(s, "(&&|\\|\\|)(\\s*)(?=(<=|>=|<|>|==|!=))", "$1 _h ");
            s = s.replace("!.", " .").replace("?.", " .");
            s = replaceKeeping(s, "#\\s*[A-Za-z_][\\w.]*", "");
            return s;
        }

        /** Replaces each match, padding with spaces to keep the length (so columns stay true). */
        private static String replaceKeeping(String s, String regex, String replacement) {
            Matcher m = Pattern.compile(regex).matcher(s);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                out.append(s, last, m.start());
                StringBuilder rep = new StringBuilder();
                m.appendReplacement(rep, replacement);
                String r = rep.substring(m.start() - last);
                int pad = (m.end() - m.start()) - r.length();
                if (r.endsWith("(")) out.append(r, 0, r.length() - 1).append(" ".repeat(Math.max(0, pad))).append('(');
                else out.append(r).append(" ".repeat(Math.max(0, pad)));
                last = m.end();
            }
            out.append(s.substring(last));
            return out.toString();
        }

        private void expression(String code, int offset, String what) {
            ParseResult<Expression> r = c.javaParser.parse(com.github.javaparser.ParseStart.EXPRESSION,
                    Providers.provider(padded(code, offset)));
            if (!r.isSuccessful() || r.getResult().isEmpty()) {
                refuse(offset, "has a " + what + " this check cannot read (" + firstProblem(r) + ")"
                        + "; write it with Java operators and the DRL ones (==, contains, in, memberOf, matches)" + TRUST);
                return;
            }
            expr(r.getResult().get());
        }

        private static String firstProblem(ParseResult<?> r) {
            if (r.getProblems().isEmpty()) return "unreadable";
            String m = r.getProblems().get(0).getMessage().lines().findFirst().orElse("unreadable");
            return m.length() > 80 ? m.substring(0, 80) + "..." : m;
        }

        // ---- the allow-list walk ----

        private void statement(Statement s) {
            if (s instanceof BlockStmt b) {
                b.getStatements().forEach(this::statement);
            } else if (s instanceof ExpressionStmt e) {
                expr(e.getExpression());
            } else if (s instanceof IfStmt i) {
                expr(i.getCondition());
                statement(i.getThenStmt());
                i.getElseStmt().ifPresent(this::statement);
            } else if (s instanceof ForEachStmt f) {
                expr(f.getVariable());
                expr(f.getIterable());
                statement(f.getBody());
            } else if (s instanceof ReturnStmt r) {
                r.getExpression().ifPresent(this::expr);
            } else if (s instanceof BreakStmt || s instanceof ContinueStmt || s instanceof EmptyStmt) {
                // nothing to check
            } else if (s.isWhileStmt() || s.isDoStmt() || s.isForStmt()) {
                refuse(s, "has a " + (s.isForStmt() ? "counted for" : s.isWhileStmt() ? "while" : "do") + " loop,"
                        + " which may never end; loop over a collection instead: for (Object x : collection) { ... }" + TRUST);
            } else if (s.isTryStmt()) {
                refuse(s, "has a try block, which can swallow the engine's errors; let errors reach the engine" + TRUST);
            } else if (s.isSynchronizedStmt()) {
                refuse(s, "has a synchronized block; rules run on one thread and need none" + TRUST);
            } else if (s.isLocalClassDeclarationStmt() || s.isLocalRecordDeclarationStmt()) {
                refuse(s, "declares a class inside code; declare fact types with declare ... end" + TRUST);
            } else {
                refuse(s, "has a " + kind(s) + " statement; " + WHAT_IS_ALLOWED + ", with if and for-each" + TRUST);
            }
        }

        private void expr(Expression e) {
            if (e instanceof LiteralExpr || e instanceof ThisExpr) {
                return;
            } else if (e instanceof NameExpr n) {
                name(n, n.getNameAsString());
            } else if (e instanceof FieldAccessExpr f) {
                String q = qualified(f);
                if (q != null && !locals.contains(q.substring(0, q.indexOf('.')))) {
                    qualifiedName(f, q);
                } else {
                    expr(f.getScope());
                }
            } else if (e instanceof MethodCallExpr m) {
                call(m);
            } else if (e instanceof ObjectCreationExpr o) {
                if (o.getAnonymousClassBody().isPresent()) {
                    refuse(o, "creates an anonymous class; " + WHAT_IS_ALLOWED + TRUST);
                    return;
                }
                o.getScope().ifPresent(this::expr);
                typeNode(o.getType(), "creates");
                o.getArguments().forEach(this::expr);
            } else if (e instanceof BinaryExpr b) {
                expr(b.getLeft());
                expr(b.getRight());
            } else if (e instanceof UnaryExpr u) {
                expr(u.getExpression());
            } else if (e instanceof ConditionalExpr ce) {
                expr(ce.getCondition());
                expr(ce.getThenExpr());
                expr(ce.getElseExpr());
            } else if (e instanceof EnclosedExpr en) {
                expr(en.getInner());
            } else if (e instanceof CastExpr ca) {
                typeNode(ca.getType(), "casts to");
                expr(ca.getExpression());
            } else if (e instanceof InstanceOfExpr io) {
                typeNode(io.getType(), "tests for");
                expr(io.getExpression());
                io.getPattern().ifPresent(p -> p.findAll(com.github.javaparser.ast.expr.TypePatternExpr.class)
                        .forEach(pe -> locals.add(pe.getNameAsString())));
            } else if (e instanceof AssignExpr a) {
                expr(a.getTarget());
                expr(a.getValue());
            } else if (e instanceof ArrayAccessExpr aa) {
                expr(aa.getName());
                expr(aa.getIndex());
            } else if (e instanceof ArrayCreationExpr ac) {
                typeNode(ac.getElementType(), "creates an array of");
                ac.getLevels().forEach(l -> l.getDimension().ifPresent(this::expr));
                ac.getInitializer().ifPresent(this::expr);
            } else if (e instanceof ArrayInitializerExpr ai) {
                ai.getValues().forEach(this::expr);
            } else if (e instanceof VariableDeclarationExpr v) {
                for (VariableDeclarator d : v.getVariables()) {
                    typeNode(d.getType(), "declares a variable of");
                    locals.add(d.getNameAsString());
                    d.getInitializer().ifPresent(this::expr);
                }
            } else if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
                refuse(e, "has a " + (e instanceof LambdaExpr ? "lambda" : "method reference")
                        + ", which this check cannot follow; write a for-each loop" + TRUST);
            } else if (e.isClassExpr()) {
                refuse(e, "names a class object (" + e + "), which is reflection; " + WHAT_IS_ALLOWED + TRUST);
            } else {
                refuse(e, "has a " + kind(e) + " expression; " + WHAT_IS_ALLOWED + TRUST);
            }
        }

        private void name(Node at, String id) {
            if (locals.contains(id) || id.startsWith("$") || id.equals("_h") || id.equals("drools") && consequence) return;
            String why = DENIED_NAMES.get(id);
            if (why != null) {
                refuse(at, "uses " + id + ", which " + why + "; " + WHAT_IS_ALLOWED + TRUST);
            } else if (id.equals("drools")) {
                refuse(at, "uses drools outside a consequence; " + WHAT_IS_ALLOWED + TRUST);
            } else if (PACKAGE_ROOTS.contains(id)) {
                refuse(at, "uses " + id + " on its own; " + WHAT_IS_ALLOWED + TRUST);
            } else if (Character.isUpperCase(id.charAt(0)) && !c.typeAllowed(id)) {
                refuse(at, "uses " + id + ", which is not a type rules may use; " + WHAT_IS_ALLOWED + TRUST);
            }
            // a lowercase name is a field of the pattern's fact, a global or a local: allowed
        }

        /** {@code a.b.c} when the expression is a chain of plain names, else null. */
        private static String qualified(Expression e) {
            if (e instanceof NameExpr n) return n.getNameAsString();
            if (e instanceof FieldAccessExpr f) {
                String scope = qualified(f.getScope());
                return scope == null ? null : scope + "." + f.getNameAsString();
            }
            return null;
        }

        /** A chain of names: a fully qualified type (and a field of it), a type's static field, or a field of a value. */
        private void qualifiedName(Node at, String q) {
            String first = q.substring(0, q.indexOf('.'));
            if (PACKAGE_ROOTS.contains(first)) {
                String[] parts = q.split("\\.");
                for (int i = 1; i < parts.length; i++) {
                    String prefix = String.join(".", java.util.Arrays.copyOfRange(parts, 0, i + 1));
                    if (Character.isUpperCase(parts[i].charAt(0))) {
                        if (!c.typeAllowed(prefix)) {
                            refuse(at, "uses " + prefix + ", a fully qualified name outside the allowed packages; "
                                    + WHAT_IS_ALLOWED + TRUST);
                        }
                        return;
                    }
                }
                refuse(at, "uses " + q + ", a fully qualified name outside the allowed packages; " + WHAT_IS_ALLOWED + TRUST);
                return;
            }
            name(at, first);
        }

        private void call(MethodCallExpr m) {
            String method = m.getNameAsString();
            if (m.getScope().isEmpty()) {
                if (constraint && DENIED_METHODS.contains(method)) {
                    refuse(m, "calls " + method + "(), which reaches outside the rules; " + WHAT_IS_ALLOWED + TRUST);
                } else if (!constraint && !(consequence && FACT_CALLS.contains(method)) && !c.functions.contains(method)
                        && !method.equals("__in")) {
                    refuse(m, "calls " + method + "(), which is neither a function of the rule files nor "
                            + (consequence ? "insert, insertLogical, update, modify, retract or delete" : "allowed here") + TRUST);
                }
            } else {
                Expression scope = m.getScope().get();
                String q = qualified(scope);
                if (q != null && q.equals("drools") && consequence) {
                    if (!method.equals("getRule")) {
                        refuse(m, "calls drools." + method + "(); rules may read drools.getRule() (its name and metadata) only" + TRUST);
                    }
                } else if (scope instanceof MethodCallExpr inner && inner.getNameAsString().equals("getRule")
                        && inner.getScope().map(s -> s.toString().equals("drools")).orElse(false)) {
                    if (!Set.of("getName", "getMetaData", "getPackageName", "getId").contains(method)) {
                        refuse(m, "calls drools.getRule()." + method + "(); rules may read the rule's name and metadata only" + TRUST);
                    }
                } else {
                    if (q != null && !locals.contains(q.contains(".") ? q.substring(0, q.indexOf('.')) : q)) {
                        if (q.contains(".")) qualifiedName(scope, q);
                        else name(scope, q);
                    } else {
                        expr(scope);
                    }
                }
                if (DENIED_METHODS.contains(method)) {
                    refuse(m, "calls " + method + "(), which reaches outside the rules; " + WHAT_IS_ALLOWED + TRUST);
                }
            }
            m.getTypeArguments().ifPresent(ts -> ts.forEach(t -> typeNode(t, "names")));
            m.getArguments().forEach(this::expr);
        }

        private void typeNode(Type t, String verb) {
            if (t instanceof PrimitiveType || t instanceof VoidType || t instanceof VarType) return;
            if (t instanceof ArrayType a) {
                typeNode(a.getComponentType(), verb);
                return;
            }
            if (t instanceof ClassOrInterfaceType ct) {
                String name = ct.getNameWithScope();
                String why = DENIED_NAMES.get(ct.getNameAsString());
                if (why != null) {
                    refuse(t, verb + " " + name + ", which " + why + "; " + WHAT_IS_ALLOWED + TRUST);
                } else if (!c.typeAllowed(name)) {
                    refuse(t, verb + " " + name + ", which is not a type rules may use; " + WHAT_IS_ALLOWED + TRUST);
                }
                ct.getTypeArguments().ifPresent(ts -> ts.forEach(a -> typeNode(a, verb)));
                return;
            }
            if (t.isWildcardType()) return;
            refuse(t, verb + " " + t + ", which is not a type rules may use" + TRUST);
        }

        /** A type written in DRL (a function's parameter or return type, a declared field). */
        private void type(String name, int offset) {
            if (name == null || name.isBlank()) return;
            String simple = name.replaceAll("<.*>", "").replace("[]", "").strip();
            String last = simple.contains(".") ? simple.substring(simple.lastIndexOf('.') + 1) : simple;
            String why = DENIED_NAMES.get(last);
            if (why != null) refuse(offset, "uses type " + name + ", which " + why + "; " + WHAT_IS_ALLOWED + TRUST);
            else if (!c.typeAllowed(simple)) refuse(offset, "uses type " + name + ", which is not a type rules may use; " + WHAT_IS_ALLOWED + TRUST);
        }

        private static String kind(Node n) {
            return n.getClass().getSimpleName().replaceAll("(Stmt|Expr)$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }

        private void refuse(Node at, String message) {
            Position p = at.getBegin().orElse(new Position(1, 1));
            add(p.line, p.column, message);
        }

        private void refuse(int offset, String message) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < Math.max(0, offset) && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            add(line, col, message);
        }

        private void add(int line, int column, String message) {
            Problem p = new Problem(source.name(), line, column, (where.isEmpty() ? "this rule file" : where) + " " + message);
            // one problem per place: the first found there is the most telling (System before exit())
            if (problems.stream().noneMatch(q -> q.file().equals(p.file()) && q.line() == line && q.column() == column)) {
                problems.add(p);
            }
        }
    }
}
