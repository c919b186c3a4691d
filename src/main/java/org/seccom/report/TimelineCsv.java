package org.seccom.report;

import java.util.List;
import org.seccom.model.Assessment;
import org.seccom.model.TimelineStep;

/**
 * A timeline as tidy CSV for statistics packages: one row per date and scored subject (tiers,
 * factors, Deutsch's conditions, indicator scores), with that date's phase and Deutsch's verdict.
 * Fields are quoted only when they must be (RFC 4180); lines end with {@code \n}, as in compare's CSV.
 */
public final class TimelineCsv {
    private TimelineCsv() {}

    /**
     * The rows date by date, subjects in name order within a date. The title is not written (the
     * columns are fixed); it is taken for symmetry with the other timeline renderers.
     */
    public static String render(String title, List<TimelineStep> steps) {
        StringBuilder out = new StringBuilder("date,phase,deutsch,subject,score\n");
        for (TimelineStep s : steps) {
            Assessment a = s.assessment();
            String prefix = s.day() + "," + ComparisonReport.csvCell(a.phase().value()) + ","
                    + ComparisonReport.csvCell(a.deutsch().value()) + ",";
            for (String subject : a.scores().keySet().stream().sorted().toList()) {
                out.append(prefix).append(ComparisonReport.csvCell(subject)).append(',')
                        .append(Numbers.score(a.score(subject))).append('\n');
            }
        }
        return out.toString();
    }
}
