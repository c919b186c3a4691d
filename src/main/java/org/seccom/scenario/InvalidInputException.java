package org.seccom.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found in it; the command line exits with 2. */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public static InvalidInputException of(String file, int line, int column, String message) {
        return new InvalidInputException(List.of(new Problem(file, line, column, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
