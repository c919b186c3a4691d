package org.seccom.cli;

import java.util.concurrent.Callable;
import org.seccom.scenario.SchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {
            "Print the JSON Schema of scenario files (also in schema/scenario.schema.json), for editors and"
                    + " other tools. seccom validate checks more than the schema can: codes, ids, dates, sources."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaWriter.scenarioSchema());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
