package app.nook.system;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running a cell of an exported CSV file as a formula, as in {@code =HYPERLINK(...)}
 * or {@code -2+3+cmd|...}: such a cell gets a leading apostrophe. Plain numbers and phone numbers that start with a
 * sign stay as they are.
 */
public final class CsvCells {

    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9 ()./-]*");

    private CsvCells() {}

    /** The value as it may go into an exported cell. */
    public static Object defused(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r';
        boolean signed =
                (first == '+' || first == '-') && !SIGNED_NUMBER.matcher(text).matches();
        return formula || signed ? "'" + text : text;
    }
}
