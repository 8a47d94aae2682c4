package io.github.custdev.cli;

import java.util.ArrayList;
import java.util.List;

/** CSV text as RFC 4180 writes it: a field with a comma, a quote or a line break is quoted, quotes doubled. */
final class Csv {

    private Csv() {}

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** The fields of one line this module wrote (no quoted field: the tables' cells are numbers and names). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
        return fields;
    }
}
