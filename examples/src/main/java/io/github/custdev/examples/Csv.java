package io.github.custdev.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes tables as RFC 4180 CSV, as pandas' {@code read_csv} and R's {@code read.csv} read them with no options: a
 * header line, commas, fields quoted only when they hold a comma, a quote or a line break, numbers as Java prints
 * them ({@link Double#toString(double)}, which reads back to the same double), lines ending in CRLF.
 */
final class Csv {

    private Csv() {}

    /**
     * Writes a table.
     *
     * @param file the file, replaced if it exists
     * @param header the column names
     * @param rows the rows, each with as many fields as the header
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a row has another number of fields than the header
     */
    static void write(Path file, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, header);
            int index = 0;
            for (List<?> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "row " + index + " has " + row.size() + " fields, the header " + header.size());
                }
                line(out, row);
                index++;
            }
        }
    }

    private static void line(Writer out, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        String text = String.valueOf(value);
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
