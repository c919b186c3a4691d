package org.seccom.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.seccom.model.Change;
import org.seccom.model.Counterfactual;
import org.seccom.model.Doc;
import org.seccom.model.Expect;
import org.seccom.model.Omissible;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.scenario.ScenarioReader.Parsed;
import org.seccom.scenario.YamlTree.Entry;
import org.seccom.scenario.YamlTree.ListNode;
import org.seccom.scenario.YamlTree.Location;
import org.seccom.scenario.YamlTree.MapNode;
import org.seccom.scenario.YamlTree.Node;
import org.seccom.scenario.YamlTree.ScalarNode;
import org.seccom.scenario.YamlTree.ScalarType;

/**
 * Applies what-if overlays to a base scenario. The changes are made to the base's located YAML
 * tree, and the result is read like any scenario: every check applies to it, and each problem is
 * reported in the file that wrote the offending line, the base or an overlay.
 */
public final class OverlayReader {

    /** An overlay file. */
    @Doc("A what-if overlay: changes to a base scenario, applied in order.")
    record Overlay(
            @Doc("Title of the counterfactual.") String overlay,
            @Doc("Title (the scenario: field) of the scenario it changes.") String base,
            @Doc("What the counterfactual supposes, and why.") @Omissible String description,
            @Doc("Sources cited by the facts it adds or changes, added to the base's.") @Omissible Map<String, String> sources,
            @Doc("The changes, applied in order.") List<Spec> changes,
            @Doc("What an assessment of the counterfactual should find; checked by seccom test.") @Omissible Expect expect) {}

    /** One change of an overlay; exactly one of its operations is given. */
    record Spec(
            @Doc("Id of a fact to remove.") @Omissible String remove,
            @Doc("A fact to add, written as in a scenario.") @Omissible Node add,
            @Doc("Id of a fact to change; give the new field values under set.") @Omissible String change,
            @Doc("Field values for the changed fact.") @Omissible Map<String, Node> set,
            @Doc("A member to add: {code, name, joined, left}.") @Omissible Node addMember,
            @Doc("Code of a member to remove, or {code: X, becomesOutsider: true} to keep it as an outsider.") @Omissible Node removeMember,
            @Doc("An outsider to add: {code, name, type}.") @Omissible Node addOutsider,
            @Doc("Profile values to set, by key.") @Omissible Map<String, Double> profile,
            @Doc("Why the change is made: the counterfactual in a sentence.") @Omissible String because) {

        List<String> operations() {
            List<String> ops = new ArrayList<>();
            if (remove != null) ops.add("remove");
            if (add != null) ops.add("add");
            if (change != null) ops.add("change");
            if (addMember != null) ops.add("addMember");
            if (removeMember != null) ops.add("removeMember");
            if (addOutsider != null) ops.add("addOutsider");
            if (profile != null) ops.add("profile");
            return ops;
        }
    }

    private static final List<String> OPERATIONS =
            List.of("add", "remove", "change", "addMember", "removeMember", "addOutsider", "profile");

    /** Reads the base and applies the overlays in order; {@code profile} checks the keys they set. */
    public Counterfactual read(Path baseFile, List<Path> overlayFiles, Profile profile) {
        Parsed parsed = ScenarioReader.tree(baseFile);
        Scenario base = ScenarioReader.fromTree(parsed, baseFile.toString());
        State state = new State(parsed.root());
        List<Problem> problems = new ArrayList<>(parsed.problems());
        List<String> titles = new ArrayList<>();
        for (Path file : overlayFiles) {
            titles.add(apply(file, base, state, profile, problems));
        }
        Expect expect = state.expect;
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        MapNode merged = state.root(titles);
        Scenario scenario = ScenarioReader.fromTree(new Parsed(merged, List.of(), state.aliases), baseFile.toString());
        Map<String, Change> changeOfFact = new LinkedHashMap<>(state.changeOfFact);
        return new Counterfactual(base, scenario, titles, state.changes, state.profile, changeOfFact, expect);
    }

    private String apply(Path file, Scenario base, State state, Profile profile, List<Problem> problems) {
        Parsed parsed = ScenarioReader.tree(ScenarioReader.readText(file), file.toString());
        problems.addAll(parsed.problems());
        List<Problem> own = new ArrayList<>();
        RecordBinder binder = new RecordBinder(own);
        Overlay overlay = (Overlay) binder.bind(parsed.root(), Overlay.class, "");
        problems.addAll(own);
        if (overlay == null) return file.toString();
        if (!overlay.base().equals(base.scenario())) {
            problems.add(binder.locationOf("base").problem("this overlay is for '" + overlay.base()
                    + "', but the base scenario is '" + base.scenario() + "'; give base: " + base.scenario()));
            return overlay.overlay();
        }
        if (overlay.expect() != null) state.expect = overlay.expect();
        if (overlay.sources() != null) state.addSources(parsed.root().entry("sources").value(), problems);
        for (int i = 0; i < overlay.changes().size(); i++) {
            Spec spec = overlay.changes().get(i);
            String path = "changes[" + i + "]";
            Location at = binder.locationOf(path);
            List<String> ops = spec.operations();
            if (spec.set() != null && spec.change() == null) {
                problems.add(binder.locationOf(path + ".set").problem(path + ".set belongs with change: ID; say which fact to change"));
                continue;
            }
            if (ops.size() != 1) {
                problems.add(at.problem(path + (ops.isEmpty() ? " gives no change" : " gives " + String.join(" and ", ops))
                        + "; give exactly one of " + String.join(", ", OPERATIONS)));
                continue;
            }
            String op = ops.get(0);
            Change change = new Change(overlay.overlay(), file.toString(), i + 1, op, target(spec, op), spec.because());
            int before = problems.size();
            switch (op) {
                case "remove" -> state.remove(spec.remove(), binder.locationOf(path + ".remove"), change, problems);
                case "add" -> state.add(spec.add(), path + ".add", change, problems);
                case "change" -> state.change(spec.change(), spec.set(), path + ".set", binder.locationOf(path + ".change"),
                        change, problems);
                case "addMember" -> state.addMember(spec.addMember(), change, problems);
                case "removeMember" -> state.removeMember(spec.removeMember(), change, problems);
                case "addOutsider" -> state.addOutsider(spec.addOutsider(), change, problems);
                case "profile" -> state.setProfile(spec.profile(), changeNode(parsed.root(), i), profile, problems);
                default -> throw new IllegalStateException(op);
            }
            if (problems.size() == before) state.changes.add(change);
        }
        return overlay.overlay();
    }

    /** The mapping of the i-th change as written. */
    private static MapNode changeNode(MapNode root, int i) {
        return (MapNode) ((ListNode) root.entry("changes").value()).items().get(i);
    }

    private static String target(Spec spec, String op) {
        return switch (op) {
            case "remove" -> spec.remove();
            case "add" -> scalar(spec.add(), "id");
            case "change" -> spec.change();
            case "addMember", "addOutsider" -> scalar(op.equals("addMember") ? spec.addMember() : spec.addOutsider(), "code");
            case "removeMember" -> spec.removeMember() instanceof ScalarNode s ? s.text() : scalar(spec.removeMember(), "code");
            case "profile" -> String.join(", ", new TreeMap<>(spec.profile()).keySet());
            default -> "?";
        };
    }

    /** The text of a scalar field of a mapping node, or "?" when there is none. */
    static String scalar(Node node, String key) {
        if (node instanceof MapNode map && map.entry(key) != null && map.entry(key).value() instanceof ScalarNode s) {
            return s.text();
        }
        return "?";
    }

    /** The base tree as the overlays change it. */
    private static final class State {
        private final MapNode root;
        private final Map<String, Node> facts = new LinkedHashMap<>();
        private final Map<String, Node> members = new LinkedHashMap<>();
        private final Map<String, Node> outsiders = new LinkedHashMap<>();
        private final Map<String, Entry> sources = new LinkedHashMap<>();
        private final List<Node> groups = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final Map<String, Change> changeOfFact = new LinkedHashMap<>();
        final Map<String, Double> profile = new TreeMap<>();
        final Map<Node, String> aliases = new java.util.IdentityHashMap<>();
        Expect expect;

        State(MapNode root) {
            this.root = root;
            index(root, "facts", "id", facts);
            index(root, "members", "code", members);
            index(root, "outsiders", "code", outsiders);
            Entry s = root.entry("sources");
            if (s != null && s.value() instanceof MapNode map) sources.putAll(map.entries());
            Entry g = root.entry("groups");
            if (g != null && g.value() instanceof ListNode list) groups.addAll(list.items());
        }

        private static void index(MapNode root, String list, String key, Map<String, Node> into) {
            Entry e = root.entry(list);
            if (e == null || !(e.value() instanceof ListNode items)) return;
            int unnamed = 0;
            for (Node item : items.items()) {
                String name = scalar(item, key);
                into.put(name.equals("?") || into.containsKey(name) ? "\u0000" + unnamed++ : name, item);
            }
        }

        void addSources(Node node, List<Problem> problems) {
            for (Entry e : ((MapNode) node).entries().values()) {
                Entry existing = sources.get(e.key());
                if (existing != null && !(existing.value() instanceof ScalarNode a && e.value() instanceof ScalarNode b
                        && a.text().equals(b.text()))) {
                    problems.add(e.keyAt().problem("source '" + e.key() + "' is already in the base (at "
                            + existing.keyAt().file() + ":" + existing.keyAt().line()
                            + ") with another reference; use that key or choose a new one"));
                } else {
                    sources.put(e.key(), e);
                }
            }
        }

        void remove(String id, Location at, Change change, List<Problem> problems) {
            if (facts.remove(id) == null) {
                problems.add(at.problem("remove names fact '" + id + "', which the base"
                        + (changes.isEmpty() ? "" : " (as changed so far)") + " does not have"
                        + Suggest.didYouMean(id, facts.keySet())));
                return;
            }
            changeOfFact.put(id, change);
        }

        void add(Node fact, String path, Change change, List<Problem> problems) {
            String id = scalar(fact, "id");
            if (!(fact instanceof MapNode)) {
                problems.add(fact.at().problem("add takes a fact, written as in a scenario (a mapping with id and kind)"));
                return;
            }
            if (id.equals("?")) {
                problems.add(fact.at().problem("the added fact has no id; give it one not used in the base"));
                return;
            }
            if (facts.containsKey(id)) {
                problems.add(((MapNode) fact).entry("id").value().at().problem("add gives fact '" + id
                        + "', which the base already has (at " + facts.get(id).at().file() + ":"
                        + facts.get(id).at().line() + "); change it with change: " + id + ", or remove it first"));
                return;
            }
            facts.put(id, fact);
            aliases.put(fact, path);
            changeOfFact.put(id, change);
        }

        void change(String id, Map<String, Node> set, String path, Location at, Change change, List<Problem> problems) {
            Node old = facts.get(id);
            if (old == null) {
                problems.add(at.problem("change names fact '" + id + "', which the base"
                        + (changes.isEmpty() ? "" : " (as changed so far)") + " does not have"
                        + Suggest.didYouMean(id, facts.keySet())));
                return;
            }
            if (set == null || set.isEmpty()) {
                problems.add(at.problem("change: " + id + " has nothing under set; give the fields to change"));
                return;
            }
            MapNode oldMap = (MapNode) old;
            Map<String, Entry> entries = new LinkedHashMap<>(oldMap.entries());
            for (Map.Entry<String, Node> e : set.entrySet()) {
                if (e.getKey().equals("id") || e.getKey().equals("kind")) {
                    problems.add(e.getValue().at().problem("set cannot change a fact's " + e.getKey()
                            + "; remove the fact and add another"));
                    continue;
                }
                entries.put(e.getKey(), new Entry(e.getKey(), e.getValue().at(), e.getValue()));
                aliases.put(e.getValue(), path + "." + e.getKey());
            }
            facts.put(id, new MapNode(oldMap.at(), entries));
            changeOfFact.put(id, change);
        }

        void addMember(Node member, Change change, List<Problem> problems) {
            String code = scalar(member, "code");
            if (code.equals("?")) {
                problems.add(member.at().problem("addMember takes {code: XXX, name: ..., joined: ...}"));
                return;
            }
            if (members.containsKey(code)) {
                problems.add(member.at().problem(code + " is already a member of the base"));
                return;
            }
            outsiders.remove(code); // an outsider that joins is an outsider no more
            members.put(code, member);
        }

        void removeMember(Node node, Change change, List<Problem> problems) {
            String code = node instanceof ScalarNode s ? s.text() : scalar(node, "code");
            boolean becomesOutsider = node instanceof MapNode map && map.entry("becomesOutsider") != null
                    && map.entry("becomesOutsider").value() instanceof ScalarNode b && b.type() == ScalarType.BOOLEAN
                    && Set.of("true", "yes", "on").contains(b.text().toLowerCase(java.util.Locale.ROOT));
            Node member = members.get(code);
            if (member == null) {
                problems.add(node.at().problem("removeMember names '" + code + "', which is not a member of the base"
                        + Suggest.didYouMean(code, members.keySet())));
                return;
            }
            if (!becomesOutsider) {
                List<String> naming = facts.entrySet().stream().filter(f -> names(f.getValue(), code))
                        .map(Map.Entry::getKey).toList();
                if (!naming.isEmpty()) {
                    problems.add(node.at().problem("removeMember " + code + " leaves " + naming.size()
                            + " facts naming it: " + String.join(", ", naming) + "; remove or change them, or write"
                            + " removeMember: {code: " + code + ", becomesOutsider: true} to keep them about an outsider"));
                    return;
                }
            }
            members.remove(code);
            if (becomesOutsider) {
                Map<String, Entry> entries = new LinkedHashMap<>();
                for (String key : List.of("code", "name")) {
                    Entry e = ((MapNode) member).entry(key);
                    if (e != null) entries.put(key, e);
                }
                outsiders.put(code, new MapNode(node.at(), entries));
            }
            List<Node> kept = new ArrayList<>();
            for (Node group : groups) kept.add(withoutMember(group, code));
            groups.clear();
            groups.addAll(kept);
        }

        void addOutsider(Node outsider, Change change, List<Problem> problems) {
            String code = scalar(outsider, "code");
            if (code.equals("?")) {
                problems.add(outsider.at().problem("addOutsider takes {code: XXX, name: ..., type: state}"));
                return;
            }
            if (outsiders.containsKey(code) || members.containsKey(code)) {
                problems.add(outsider.at().problem(code + " is already listed in the base"));
                return;
            }
            outsiders.put(code, outsider);
        }

        void setProfile(Map<String, Double> values, MapNode written, Profile base, List<Problem> problems) {
            MapNode keys = (MapNode) written.entry("profile").value();
            for (Map.Entry<String, Double> e : values.entrySet()) {
                if (!base.parameters().containsKey(e.getKey())) {
                    problems.add(keys.entry(e.getKey()).keyAt().problem("profile has no parameter '"
                            + e.getKey() + "'" + Suggest.didYouMeanAside(e.getKey(), base.parameters().keySet())
                            + "; see " + base.origin()));
                } else {
                    profile.put(e.getKey(), e.getValue());
                }
            }
        }

        /** Whether a fact's fields (other than its words) name the state. */
        private static boolean names(Node fact, String code) {
            if (!(fact instanceof MapNode map)) return false;
            for (Entry e : map.entries().values()) {
                if (Set.of("id", "claim", "note", "contested", "kind").contains(e.key())) continue;
                if (mentions(e.value(), code)) return true;
            }
            return false;
        }

        private static boolean mentions(Node node, String code) {
            if (node instanceof ScalarNode s) return s.text().equals(code);
            if (node instanceof ListNode l) return l.items().stream().anyMatch(i -> mentions(i, code));
            return false;
        }

        private static Node withoutMember(Node group, String code) {
            if (!(group instanceof MapNode map) || map.entry("members") == null
                    || !(map.entry("members").value() instanceof ListNode list)) {
                return group;
            }
            List<Node> kept = list.items().stream().filter(n -> !(n instanceof ScalarNode s && s.text().equals(code))).toList();
            Map<String, Entry> entries = new LinkedHashMap<>(map.entries());
            Entry old = map.entry("members");
            entries.put("members", new Entry("members", old.keyAt(), new ListNode(list.at(), kept)));
            return new MapNode(map.at(), entries);
        }

        /** The changed tree, titled after the base and the overlays. */
        MapNode root(List<String> titles) {
            Map<String, Entry> entries = new LinkedHashMap<>(root.entries());
            Entry title = root.entry("scenario");
            if (title != null && title.value() instanceof ScalarNode t && !titles.isEmpty()) {
                String text = t.text() + " + what if: " + String.join("; ", titles);
                entries.put("scenario", new Entry("scenario", title.keyAt(), new ScalarNode(t.at(), text, ScalarType.STRING)));
            }
            replaceList(entries, "facts", facts);
            replaceList(entries, "members", members);
            replaceList(entries, "outsiders", outsiders);
            if (!groups.isEmpty()) replace(entries, "groups", new ListNode(root.at(), groups));
            if (!sources.isEmpty()) replace(entries, "sources", new MapNode(root.at(), sources));
            return new MapNode(root.at(), entries);
        }

        private void replaceList(Map<String, Entry> entries, String key, Map<String, Node> items) {
            if (items.isEmpty() && root.entry(key) == null) return;
            replace(entries, key, new ListNode(root.entry(key) == null ? root.at() : root.entry(key).value().at(),
                    new ArrayList<>(items.values())));
        }

        private void replace(Map<String, Entry> entries, String key, Node value) {
            Entry old = root.entry(key);
            entries.put(key, new Entry(key, old == null ? root.at() : old.keyAt(), value));
        }
    }
}
