package org.seccom.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seccom.engine.RuleBase;
import org.seccom.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {
            "List the rule base: each rule's file, tier, factor and name. Compiles the rules, so it also"
                    + " checks them.",
            "",
            "Example: seccom rules --add-rules my-rule.drl"})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        List<RuleInfo> list = RuleBase.compile(rules.sources()).rules();
        rules.profile(); // a broken profile is worth knowing about here too
        PrintWriter out = spec.commandLine().getOut();
        String file = null;
        for (RuleInfo r : list) {
            if (!r.file().equals(file)) {
                file = r.file();
                out.println(file);
            }
            StringBuilder line = new StringBuilder();
            org.seccom.report.TextReport.wrap(line, String.format(Locale.ROOT, "  %-31s ", r.place()),
                    "                                  ", r.name());
            out.print(line);
        }
        out.printf("%d rules%n", list.size());
        out.flush();
        return 0;
    }
}
