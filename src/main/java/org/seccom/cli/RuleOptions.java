package org.seccom.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seccom.engine.RuleBase;
import org.seccom.engine.RuleSource;
import org.seccom.model.Profile;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.ProfileReader;
import picocli.CommandLine.Option;

/** Where the rules and the profile come from; shared by every command that runs or lists rules. */
final class RuleOptions {
    /** Set by the launcher script to the checkout, so that rules/ is read from disk as edited. */
    static final String HOME_PROPERTY = "seccom.home";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of .drl rule files (default: rules/ of the seccom checkout, else the rules built into the jar).")
    Path rulesDir;

    @Option(names = "--add-rules", paramLabel = "FILE",
            description = "A further .drl file to load with the rules (repeatable).")
    List<Path> addRules = new ArrayList<>();

    @Option(names = "--trust-rules",
            description = "Trust the rule files given with --rules and --add-rules: compile them as they are."
                    + " Without it they are checked first, and code a rule does not need (files, programs, the network,"
                    + " reflection, System, loops that may not end) is refused with its file and line. The rules"
                    + " shipped with seccom are always trusted.")
    boolean trustRules;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Weights and thresholds (default: profile.yaml beside the rules).")
    Path profileFile;

    /** The rule folder in use, or null when the rules built into the jar are used. */
    Path folder() {
        if (rulesDir != null) return rulesDir;
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) return Path.of(home, "rules");
        return null;
    }

    /**
     * The rule files. The shipped rules (in the jar, or rules/ of the checkout when run by the
     * launcher) are trusted; a folder given with --rules replaces them and, like each --add-rules
     * file, is checked before it is compiled unless --trust-rules is given.
     */
    List<RuleSource> sources() {
        Path folder = folder();
        List<RuleSource> sources = new ArrayList<>();
        if (folder == null) {
            sources.addAll(RuleBase.readBundled());
        } else {
            boolean shipped = rulesDir == null; // rules/ of the seccom checkout
            for (RuleSource s : RuleBase.readFolder(folder)) sources.add(shipped || trustRules ? s.trust() : s);
        }
        for (Path p : addRules) {
            RuleSource s = RuleBase.readFile(p);
            sources.add(trustRules ? s.trust() : s);
        }
        return sources;
    }

    Profile profile() {
        ProfileReader reader = new ProfileReader();
        if (profileFile != null) return reader.read(profileFile);
        Path folder = folder();
        if (folder == null) return reader.read(RuleBase.bundledProfile(), "(built-in) rules/profile.yaml");
        Path beside = folder.resolve("profile.yaml");
        if (!Files.exists(beside)) {
            throw InvalidInputException.of(folder.toString(), 0, 0,
                    "no profile.yaml beside the rules; add one or give --profile FILE");
        }
        return reader.read(beside);
    }

    /** Files this command reads, which it must never write over. */
    List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(addRules);
        if (profileFile != null) inputs.add(profileFile);
        Path folder = folder();
        if (folder != null) inputs.add(folder);
        return inputs;
    }
}
