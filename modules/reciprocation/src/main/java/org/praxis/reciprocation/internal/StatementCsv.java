package org.praxis.reciprocation.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.praxis.reciprocation.internal.LedgerViews.LedgerLine;
import org.praxis.reciprocation.internal.LedgerViews.Statement;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * An institution's statement as CSV (Apache Commons CSV, RFC 4180): one row per exchange, with plain
 * words from the UI texts. Cells that a spreadsheet would run as a formula are made harmless.
 */
final class StatementCsv {

    static final String[] HEADER_KEYS = {
            "reciprocation.csv.organisation", "reciprocation.csv.agreement", "reciprocation.csv.direction",
            "reciprocation.csv.category", "reciprocation.csv.item", "reciprocation.csv.hours",
            "reciprocation.csv.status", "reciprocation.csv.due", "reciprocation.csv.completed"};

    private StatementCsv() {
    }

    static void write(Statement statement, Function<String, String> text, Writer out) throws IOException {
        String[] header = new String[HEADER_KEYS.length];
        for (int i = 0; i < header.length; i++) {
            header[i] = text.apply(HEADER_KEYS[i]);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (LedgerLine line : statement.lines()) {
                csv.printRecord(
                        safe(statement.organisationName()),
                        safe(line.agreementTitle()),
                        text.apply("reciprocation.csv.direction." + line.side().name()),
                        text.apply(categoryKey(line)),
                        safe(line.itemTitle()),
                        line.effortHours(),
                        text.apply("reciprocation.item-status." + line.status().name()),
                        DateTimeFormatter.ISO_LOCAL_DATE.format(line.dueDate()),
                        line.completedAt() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(line.completedAt()));
            }
        }
    }

    static String categoryKey(LedgerLine line) {
        if (line.category() == null) {
            return "reciprocation.category.none";
        }
        return (line.side() == org.praxis.reciprocation.events.Side.SUPPORT ? "reciprocation.route."
                : "reciprocation.type.") + line.category();
    }

    /** Text that starts like a formula (=, +, -, @, tab, return) gets a leading apostrophe. */
    static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
