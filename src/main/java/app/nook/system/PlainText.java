package app.nook.system;

import java.util.regex.Pattern;

/**
 * Text as Nook stores it: without the invisible control characters that no name, address or note holds, and that
 * PostgreSQL refuses outright (NUL). Line breaks and tabs stay. Every form field, JSON string and imported cell
 * passes through here on its way in.
 */
public final class PlainText {

    private static final Pattern INVISIBLE_CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private PlainText() {}

    /** The text without invisible control characters; null stays null. */
    public static String of(String text) {
        return text == null ? null : INVISIBLE_CONTROLS.matcher(text).replaceAll("");
    }

    /**
     * The text of a request without invisible control characters, refusing text that held nothing else besides white
     * space: dropped to nothing, a search term or a filter made of them would read as no filter at all, and a bulk
     * action by that filter would reach every customer in view.
     *
     * @throws IllegalArgumentException when the text holds invisible control characters and nothing but white space
     */
    public static String ofRequest(String text) {
        String plain = of(text);
        if (plain != null && plain.isBlank() && !plain.equals(text)) {
            throw new IllegalArgumentException("The text holds nothing but control characters");
        }
        return plain;
    }
}
