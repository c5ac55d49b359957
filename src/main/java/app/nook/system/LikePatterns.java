package app.nook.system;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text typed by a user into SQL {@code LIKE} patterns in which {@code %}, {@code _} and the escape character
 * itself match only themselves. Queries use them as {@code like :pattern escape '\'}.
 */
public final class LikePatterns {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    private LikePatterns() {}

    /** A lower-case pattern matching any text that contains the given text. */
    public static String containing(String text) {
        return "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** A lower-case pattern matching any text that starts with the given text. */
    public static String startingWith(String text) {
        return escape(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text without control characters, which no stored text holds and PostgreSQL refuses in parameters. */
    public static String withoutControlCharacters(String text) {
        return CONTROL_CHARACTERS.matcher(text).replaceAll("");
    }

    /** Escapes the wildcards, and drops control characters. */
    static String escape(String text) {
        return withoutControlCharacters(text)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
