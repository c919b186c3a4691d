package org.seccom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.model.Scenario;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.Problem;
import org.seccom.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Check scenario files without assessing them: every problem of every file, with file, line and"
                    + " column. Exit code 0 when all are sound, 2 when any is not.",
            "",
            "Example: seccom validate scenarios/*.yaml"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (YAML).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioReader reader = new ScenarioReader();
        int bad = 0;
        for (Path file : files) {
            try {
                Scenario s = reader.read(file);
                out.printf("ok %s: %s, %d members, %d facts%n", file, s.scenario(), s.members().size(), s.facts().size());
            } catch (InvalidInputException e) {
                bad++;
                for (Problem p : e.problems()) err.println(p);
            }
        }
        out.flush();
        err.flush();
        if (bad > 0) {
            err.printf("%d of %d files invalid%n", bad, files.size());
            err.flush();
            return 2;
        }
        return 0;
    }
}
