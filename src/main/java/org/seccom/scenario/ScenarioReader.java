package org.seccom.scenario;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.seccom.model.Basis;
import org.seccom.model.CoreState;
import org.seccom.model.Dispute;
import org.seccom.model.Fact;
import org.seccom.model.Group;
import org.seccom.model.Inline;
import org.seccom.model.Member;
import org.seccom.model.Outsider;
import org.seccom.model.Relevance;
import org.seccom.model.OutsiderType;
import org.seccom.model.Scenario;
import org.seccom.model.SourceRef;
import org.seccom.model.Spell;
import org.seccom.model.Settlement;
import org.seccom.model.DisputeStatus;
import org.seccom.model.Hostility;
import org.seccom.model.Intervention;
import org.seccom.model.InternalConflict;
import org.seccom.model.MembershipChange;
import org.seccom.model.CrisisResponse;
import org.seccom.model.Institution;
import org.seccom.model.StateRef;
import org.seccom.model.TrustSignal;
import org.seccom.scenario.YamlTree.Location;
import org.seccom.scenario.YamlTree.MapNode;
import org.seccom.scenario.YamlTree.Node;

/**
 * Reads a scenario file and checks it whole: structure (fields, types, kinds) and meaning (state
 * codes, ids, dates, confidences, source keys). Every problem is reported with file, line and
 * column; nothing is returned unless the file is sound.
 */
public final class ScenarioReader {
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");
    private static final List<String> BANDS = org.seccom.model.Bands.NAMES;
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");
    /** In a field that allows it, this single entry stands for every listed member. */
    public static final String ALL = "all";

    public Scenario read(Path file) {
        return fromTree(tree(file), file.toString());
    }

    /** Reads scenario text; {@code name} is how messages call the file. */
    public Scenario read(String text, String name) {
        return fromTree(tree(text, name), name);
    }

    /** A sound scenario and the warnings about it: facts that cannot count as written. */
    public record Checked(Scenario scenario, List<Problem> warnings) {}

    /**
     * Reads a scenario as {@link #read(Path)} does and also lists what is legal but cannot count
     * (a warning each, where it is written, saying why and what would make it count): a fact wholly
     * after {@code asOf}, or ended before it where the rules do not read its kind past its end; a
     * fact that involves no member; a kind no rule reads; a member that joins after {@code asOf};
     * a factor no fact feeds ({@code kindsByFactor}: the kinds the rules read for each factor).
     */
    public Checked check(Path file, Relevance relevance, Map<String, Set<String>> kindsByFactor) {
        Parsed parsed = tree(file);
        String name = file.toString();
        List<Problem> problems = new ArrayList<>(parsed.problems());
        RecordBinder binder = new RecordBinder(problems, parsed.aliases());
        Scenario scenario = (Scenario) binder.bind(parsed.root(), Scenario.class, "");
        if (scenario == null) throw new InvalidInputException(problems);
        Checks checks = new Checks(name, binder, scenario, problems, idsWritten(parsed.root()));
        checks.run();
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<Problem> warnings = checks.warnings(relevance, kindsByFactor);
        return new Checked(expandAll(scenario), warnings.stream().sorted().toList());
    }

    /**
     * A file's located YAML tree, and the problems found in reading it that do not stop it being
     * read (a duplicate key); overlays change the tree before it is read as a scenario.
     */
    record Parsed(MapNode root, List<Problem> problems, Map<Node, String> aliases) {
        Parsed(MapNode root, List<Problem> problems) {
            this(root, problems, Map.of());
        }
    }

    static Parsed tree(Path file) {
        return tree(readText(file), file.toString());
    }

    static String readText(Path file) {
        return InputFiles.readUtf8(file);
    }

    static Parsed tree(String text, String name) {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlTree.parse(text, name, problems);
        if (root == null) throw new InvalidInputException(problems);
        if (!(root instanceof MapNode map)) {
            problems.add(root.at().problem(
                    "a scenario is a mapping with scenario, grouping, asOf, sources, members and facts; found "
                            + root.describe()));
            throw new InvalidInputException(problems);
        }
        return new Parsed(map, problems);
    }

    /**
     * Reads a scenario from its tree. Each node remembers its own file, so a tree that overlays
     * have changed reports each problem in the file that wrote it; {@code name} names the whole.
     */
    static Scenario fromTree(Parsed parsed, String name) {
        MapNode root = parsed.root();
        List<Problem> problems = new ArrayList<>(parsed.problems());
        RecordBinder binder = new RecordBinder(problems, parsed.aliases());
        Scenario scenario = (Scenario) binder.bind(root, Scenario.class, "");
        if (scenario == null) throw new InvalidInputException(problems);
        // Facts that did not bind are left out of `scenario`; the rest are still checked for meaning.
        new Checks(name, binder, scenario, problems, idsWritten(root)).run();
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return expandAll(scenario);
    }

    /** The checks of meaning that the structure alone cannot express. */
    private static final class Checks {
        private final String file;
        private final RecordBinder binder;
        private final Scenario scenario;
        private final List<Problem> problems;
        private final Set<String> members = new LinkedHashSet<>();
        private final Set<String> known = new LinkedHashSet<>();

        /** Every fact id written in the file, including those of facts left out for other problems. */
        private final Set<String> idsWritten;

        Checks(String file, RecordBinder binder, Scenario scenario, List<Problem> problems, Set<String> idsWritten) {
            this.idsWritten = idsWritten;
            this.file = file;
            this.binder = binder;
            this.scenario = scenario;
            this.problems = problems;
        }

        void run() {
            checkStates();
            checkGroups();
            checkExpect();
            Map<String, String> ids = new HashMap<>();
            for (Fact fact : scenario.facts()) {
                String path = binder.pathOf(fact);
                String first = ids.putIfAbsent(fact.id(), path);
                if (first != null) {
                    report(path + ".id", "duplicate id '" + fact.id() + "' in " + path + " (also " + first
                            + " at line " + line(first + ".id") + "); give each fact its own id");
                }
                checkBasis(fact.basis(), path);
                checkStateRefs(fact, path);
                checkKindSpecific(fact, path);
            }
            Set<String> institutions = new LinkedHashSet<>();
            for (Fact fact : scenario.facts()) if (fact instanceof Institution) institutions.add(fact.id());
            for (Fact fact : scenario.facts()) {
                if (fact instanceof CrisisResponse c && c.body() != null && !institutions.contains(c.body())) {
                    String path = binder.pathOf(fact);
                    report(path + ".body", path + ".body names '" + c.body() + "', which is not the id of an"
                            + " institution fact" + Suggest.didYouMean(c.body(), institutions));
                }
                if (fact instanceof TrustSignal t && t.concerning() != null && !idsWritten.contains(t.concerning())) {
                    String path = binder.pathOf(fact);
                    report(path + ".concerning", path + ".concerning names '" + t.concerning()
                            + "', which is not the id of any fact" + Suggest.didYouMean(t.concerning(), idsWritten));
                }
            }
        }

        List<Problem> warnings(Relevance relevance, Map<String, Set<String>> kindsByFactor) {
            List<Problem> out = new ArrayList<>();
            java.time.LocalDate day = scenario.asOf();
            for (Member m : scenario.members()) {
                String path = binder.pathOf(m);
                java.time.LocalDate joined = m.periods().get(0).joined();
                if (joined != null && joined.isAfter(day)) {
                    String at = m.spells().isEmpty() ? path + ".joined" : path + ".spells[0].joined";
                    warn(out, at, "warning: member " + m.code() + " joins on " + joined + ", after asOf " + day
                            + ", so it is no member on the day assessed and facts about it count as about an outsider;"
                            + " correct joined if it is a typo, or assess a later day (--as-of)");
                }
            }
            Set<String> fed = new java.util.HashSet<>();
            for (Fact fact : scenario.facts()) {
                String path = binder.pathOf(fact);
                Relevance.Idle idle = relevance.why(scenario, fact, day);
                if (idle == null) {
                    fed.add(fact.kind());
                    continue;
                }
                String field = binder.locationOf(path + "." + idle.field()) != null ? path + "." + idle.field() : path + ".id";
                warn(out, field, "warning: " + path + " ('" + fact.id() + "') cannot count: " + idle.sentence());
            }
            for (Map.Entry<String, Set<String>> e : kindsByFactor.entrySet()) {
                if (e.getValue().isEmpty() || e.getValue().stream().anyMatch(fed::contains)) continue;
                warn(out, "facts", "warning: no fact counts for the factor '" + e.getKey() + "' on " + day
                        + ", so it will show no evidence; add a fact of a kind the rules read for it ("
                        + String.join(", ", e.getValue()) + ")");
            }
            return out;
        }

        private void warn(List<Problem> out, String path, String message) {
            Location at = binder.locationOf(path);
            out.add(at == null ? new Problem(file, 0, 0, message) : at.problem(message));
        }

        private void checkStates() {
            if (scenario.members().isEmpty()) report("members", "members is empty; a grouping needs at least one member");
            for (Member m : scenario.members()) {
                String path = binder.pathOf(m);
                if (!STATE_CODE.matcher(m.code()).matches()) {
                    report(path + ".code", path + ".code '" + m.code()
                            + "' is not an ISO 3166-1 alpha-3 code; expected three capital letters, e.g. NOR");
                }
                if (!members.add(m.code())) report(path + ".code", "member " + m.code() + " is listed twice");
                if (m.joined() != null && m.left() != null && m.left().isBefore(m.joined())) {
                    report(path + ".left", path + ": left " + m.left() + " is before joined " + m.joined()
                            + "; a member leaves after it joins");
                }
                if (!m.spells().isEmpty() && (m.joined() != null || m.left() != null || m.leftBecause() != null)) {
                    report(path + ".spells", path + " gives both spells and joined/left/leftBecause; write each"
                            + " period of membership under spells, or one period with joined and left");
                }
                if (m.leftBecause() != null && m.left() == null) {
                    report(path + ".leftBecause", path + ".leftBecause says why the state left, but left gives no day;"
                            + " add left: YYYY-MM-DD");
                }
                java.time.LocalDate lastLeft = null;
                for (int i = 0; i < m.spells().size(); i++) {
                    Spell s = m.spells().get(i);
                    String at = path + ".spells[" + i + "]";
                    if (s.joined() != null && s.left() != null && s.left().isBefore(s.joined())) {
                        report(at + ".left", at + ": left " + s.left() + " is before joined " + s.joined()
                                + "; a member leaves after it joins");
                    }
                    if (i > 0 && (lastLeft == null || s.joined() == null || !s.joined().isAfter(lastLeft))) {
                        report(at + ".joined", at + " must begin after the spell before it ended"
                                + (lastLeft == null ? " (that spell gives no left day)" : " (" + lastLeft + ")")
                                + "; list spells in order, each with joined after the last left");
                    }
                    if (s.leftBecause() != null && s.left() == null) {
                        report(at + ".leftBecause", at + ".leftBecause says why the state left, but left gives no day");
                    }
                    lastLeft = s.left();
                }
            }
            known.addAll(members);
            for (Outsider o : scenario.outsiders()) {
                String path = binder.pathOf(o);
                Pattern pattern = o.type() == OutsiderType.STATE ? STATE_CODE : ORGANISATION_CODE;
                if (!pattern.matcher(o.code()).matches()) {
                    report(path + ".code", path + ".code '" + o.code() + "' is not a valid code; expected "
                            + (o.type() == OutsiderType.STATE
                                    ? "an ISO 3166-1 alpha-3 code (three capital letters), or type: organisation"
                                    : "capital letters, digits or hyphens, e.g. GUAM"));
                }
                if (members.contains(o.code())) {
                    report(path + ".code", o.code() + " is listed both as a member and as an outsider; list it once");
                } else if (!known.add(o.code())) {
                    report(path + ".code", "outsider " + o.code() + " is listed twice");
                }
            }
        }

        private void checkGroups() {
            Set<String> ids = new LinkedHashSet<>();
            for (Group g : scenario.groups()) {
                String path = binder.pathOf(g);
                if (!ids.add(g.id())) report(path + ".id", "duplicate group id '" + g.id() + "'");
                for (int j = 0; j < g.members().size(); j++) {
                    String code = g.members().get(j);
                    if (known.contains(code) && !members.contains(code)) {
                        report(path + ".members[" + j + "]", path + ".members names '" + code
                                + "', which is an outsider, not a member; a group lists members only");
                    } else if (!members.contains(code)) {
                        report(path + ".members[" + j + "]", path + ".members names '" + code
                                + "', which is not a member" + Suggest.didYouMean(code, members));
                    }
                }
            }
        }

        private void checkExpect() {
            if (scenario.expect() == null) return;
            for (Map.Entry<String, List<String>> e : scenario.expect().bands().entrySet()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    String band = e.getValue().get(i);
                    if (!BANDS.contains(band)) {
                        String at = binder.locationOf("expect.bands." + e.getKey() + "[" + i + "]") != null
                                ? "expect.bands." + e.getKey() + "[" + i + "]" : "expect.bands." + e.getKey();
                        report(at, "expect.bands." + e.getKey() + " names the band '" + band + "'; expected weak, partial or met"
                                + Suggest.didYouMean(band, BANDS));
                    }
                }
            }
        }

        private void checkBasis(Basis b, String path) {
            if (b.confidence() < 0 || b.confidence() > 1) {
                report(path + ".confidence", path + ".confidence is " + plain(b.confidence())
                        + "; expected a number from 0 to 1 (1 = certain; contested claims lower)"
                        + percentHint(b.confidence()));
            }
            if (b.from() != null && b.until() != null && b.until().isBefore(b.from())) {
                report(path + ".until", path + ": until " + b.until() + " is before from " + b.from()
                        + "; a fact ends on or after the day it starts");
            }
            for (int i = 0; i < b.source().size(); i++) {
                SourceRef ref = b.source().get(i);
                if (scenario.sources().containsKey(ref.key())) continue;
                String field = binder.locationOf(path + ".source[" + i + "]") != null ? path + ".source[" + i + "]" : path + ".source";
                String at = binder.locationOf(field + ".key") != null ? field + ".key" : field;
                report(at, field + " names '" + ref.key() + "', which is not among the sources"
                        + Suggest.didYouMeanAside(ref.key(), scenario.sources().keySet())
                        + "; add it under sources with its full reference");
            }
            if (b.source().isEmpty()) report(path + ".source", path + ".source is an empty list; cite at least one source");
            if (b.claim().isBlank()) report(path + ".claim", path + ".claim is empty; state the claim in one line");
        }

        private void checkStateRefs(Fact fact, String path) {
            for (RecordComponent c : fact.getClass().getRecordComponents()) {
                StateRef ref = c.getAnnotation(StateRef.class);
                if (ref == null) continue;
                Object value = accessor(c, fact);
                String fieldPath = path + "." + c.getName();
                if (value instanceof String code) {
                    if (ref.allowNone() && CoreState.NONE.equals(code)) continue;
                    checkCode(code, fieldPath, fieldPath, false);
                } else if (value instanceof List<?> codes && !codes.isEmpty() && codes.get(0) instanceof List<?>) {
                    for (int j = 0; j < codes.size(); j++) {
                        List<?> inner = (List<?>) codes.get(j);
                        for (int k = 0; k < inner.size(); k++) {
                            checkCode((String) inner.get(k), fieldPath + "[" + j + "][" + k + "]", fieldPath, false);
                        }
                    }
                } else if (value instanceof List<?> codes) {
                    if (codes.contains(ALL) && (!ref.allowAll() || codes.size() > 1)) {
                        int j = codes.indexOf(ALL);
                        report(elementOrField(fieldPath, j), ref.allowAll()
                                ? fieldPath + ": 'all' stands alone, for every member; list codes or 'all', not both"
                                : fieldPath + " does not take 'all'; list the states by code");
                        continue;
                    }
                    for (int j = 0; j < codes.size(); j++) {
                        checkCode((String) codes.get(j), elementOrField(fieldPath, j), fieldPath, ref.allowAll());
                    }
                }
            }
        }

        /** The place of a list's element, or of the field itself where a lone value stands for a one-element list. */
        private String elementOrField(String fieldPath, int j) {
            String element = fieldPath + "[" + j + "]";
            return binder.locationOf(element) != null ? element : fieldPath;
        }

        private void checkCode(String code, String at, String field, boolean allowAll) {
            if (allowAll && ALL.equals(code)) return;
            if (!known.contains(code)) {
                report(at, field + " names '" + code + "', which is neither a member nor a listed outsider"
                        + Suggest.didYouMeanAside(code, known) + "; add it to outsiders if the fact is right");
            }
        }

        private void checkKindSpecific(Fact fact, String path) {
            if (fact instanceof Dispute d) {
                checkDispute(d, path);
            } else if (fact instanceof CoreState c) {
                if (c.costShare() != null && (c.costShare() < 0 || c.costShare() > 1)) {
                    report(path + ".costShare", path + ".costShare is " + plain(c.costShare())
                            + "; expected a share from 0 to 1" + percentHint(c.costShare()));
                }
                if (CoreState.NONE.equals(c.state()) && (c.capability() != null || c.costShare() != null
                        || c.seenAs() != null || !c.coerces().isEmpty())) {
                    report(path + ".state", path + ": state none says no member stands out as a core, so it takes"
                            + " no capability, costShare, seenAs or coerces; name the core state or drop those fields");
                }
                if (c.coerces().contains(c.state()) && !c.coerces().contains(ALL)) {
                    report(path + ".coerces", path + ".coerces names the core state itself; list the members it coerces");
                }
            } else if (fact instanceof TrustSignal t) {
                for (String target : t.target()) {
                    if (t.actors().contains(target)) {
                        report(path + ".target", path + ": " + target + " is both actor and target; a trust signal goes from some states to others");
                    }
                }
            } else if (fact instanceof Intervention i) {
                if (i.actors().contains(i.target())) {
                    report(path + ".target", path + ": " + i.target() + " is both actor and target; an intervention is by some states in another");
                }
                if (!i.hostility().fighting()) {
                    report(path + ".hostility", path + ".hostility is " + i.hostility() + "; an intervention uses force"
                            + " (use or war); record a threat or a show of force as a dispute with that hostility");
                }
            } else if (fact instanceof InternalConflict c) {
                if (!c.hostility().fighting()) {
                    report(path + ".hostility", path + ".hostility is " + c.hostility() + "; an armed conflict is"
                            + " fought (use or war)");
                }
                if (c.backedBy().contains(c.state())) {
                    report(path + ".backedBy", path + ".backedBy names " + c.state() + ", the state the conflict is"
                            + " fought in; list the states that back the armed side against its government");
                }
            } else if (fact instanceof MembershipChange m && !members.contains(m.state())) {
                report(path + ".state", path + ".state names '" + m.state() + "', which is not a member; a membership"
                        + " fact is about a member's participation" + Suggest.didYouMean(m.state(), members));
            }
        }

        private void checkDispute(Dispute d, String path) {
            if (d.parties().size() < 2 || new LinkedHashSet<>(d.parties()).size() != d.parties().size()) {
                report(path + ".parties", path + ".parties lists " + d.parties()
                        + "; a dispute is between two or more different states");
            }
            if (!d.sides().isEmpty()) {
                Set<String> seen = new LinkedHashSet<>();
                boolean sound = d.sides().size() >= 2;
                for (List<String> side : d.sides()) {
                    if (side.isEmpty()) sound = false;
                    for (String code : side) if (!seen.add(code)) sound = false;
                }
                if (!sound || !seen.equals(new LinkedHashSet<>(d.parties()))) {
                    report(path + ".sides", path + ".sides is " + d.sides() + "; expected two or more sides that"
                            + " together list each of the parties " + d.parties() + " once");
                }
            }
            boolean settled = d.status() == DisputeStatus.SETTLED;
            if (settled && d.settledBy() == null) {
                report(path + ".status", path + " is settled but does not say how; add settledBy: one of "
                        + String.join(", ", RecordBinder.enumNames(Settlement.class))
                        + " (only a peaceful settlement earns trust, and one imposed by force counts as force used)");
            }
            if (!settled && (d.settledBy() != null || d.settledOn() != null)) {
                String field = d.settledBy() != null ? "settledBy" : "settledOn";
                report(path + "." + field, path + " gives " + field + " but its status is " + d.status()
                        + "; write status: settled, or drop " + field);
            }
            if (d.settledBy() != null && d.settledBy().imposed() && !Boolean.TRUE.equals(d.militarised())) {
                report(path + ".militarised", path + " was settled by " + (d.settledBy() == Settlement.IMPOSED_BY_FORCE
                        ? "force" : "the threat of force") + " imposed on a party, so it is militarised; write"
                        + " militarised: true (and a hostility: " + (d.settledBy() == Settlement.IMPOSED_BY_FORCE
                        ? "use or war" : "threat or display") + ")");
            } else if (d.settledBy() == Settlement.IMPOSED_BY_FORCE && !d.hostility().fighting()) {
                report(path + ".hostility", path + " was settled by force, but its hostility is " + d.hostility()
                        + "; force imposed is use or war (a settlement under threat is imposed-by-threat)");
            }
            if (d.settledOn() != null && d.basis().from() != null && d.settledOn().isBefore(d.basis().from())) {
                report(path + ".settledOn", path + ": settledOn " + d.settledOn() + " is before from "
                        + d.basis().from() + "; a dispute is settled after it begins");
            }
        }

        private int line(String path) {
            Location at = binder.locationOf(path);
            return at == null ? 0 : at.line();
        }

        private void report(String path, String message) {
            Location at = binder.locationOf(path);
            problems.add(at == null ? new Problem(file, 0, 0, message) : at.problem(message));
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** For a value that looks like a percentage, the share it probably meant. */
    private static String percentHint(double v) {
        return v > 1 && v <= 100 ? "; for " + plain(v) + "% write " + plain(v / 100) : "";
    }

    private static Set<String> idsWritten(MapNode root) {
        Set<String> ids = new LinkedHashSet<>();
        YamlTree.Entry facts = root.entry("facts");
        if (facts != null && facts.value() instanceof YamlTree.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof MapNode fact && fact.entry("id") != null
                        && fact.entry("id").value() instanceof YamlTree.ScalarNode id) {
                    ids.add(id.text());
                }
            }
        }
        return ids;
    }

    /** Replaces a lone {@code all} in member lists with the codes of every listed member. */
    private static Scenario expandAll(Scenario s) {
        List<String> everyone = s.members().stream().map(Member::code).toList();
        List<Fact> facts = s.facts().stream().map(f -> (Fact) withAllExpanded(f, everyone)).toList();
        return s.withFacts(facts);
    }

    private static Object withAllExpanded(Object rec, List<String> everyone) {
        RecordComponent[] components = rec.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object value = accessor(components[i], rec);
            if (!components[i].isAnnotationPresent(Inline.class) && value instanceof List<?> list
                    && list.size() == 1 && ALL.equals(list.get(0))) {
                value = everyone;
                changed = true;
            }
            args[i] = value;
        }
        return changed ? RecordBinder.construct(rec.getClass(), args) : rec;
    }

    private static Object accessor(RecordComponent c, Object rec) {
        try {
            return c.getAccessor().invoke(rec);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
