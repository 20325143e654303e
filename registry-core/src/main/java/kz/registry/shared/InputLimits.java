package kz.registry.shared;

/** Bounds on what the registry reads from anyone, so that no input costs more than a bounded amount of work. */
public final class InputLimits {

    /** The longest line of an imported file (a rate file, a bulk entry), in characters. */
    public static final int MAX_LINE_CHARS = 4096;
    /** The longest text of one XML element in an imported file. */
    public static final int MAX_XML_TEXT_CHARS = 1024;

    private InputLimits() {
    }

    /** An optional text as kept: stripped, null when blank, refused (400 on {@code field}) beyond {@code maxChars}. */
    public static String optionalText(String field, String text, int maxChars) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > maxChars) {
            throw new InvalidInputException(field, "at most " + maxChars + " characters");
        }
        return text.strip();
    }

    /** Why a line is refused, when it is longer than {@link #MAX_LINE_CHARS}. */
    public static String lineTooLong() {
        return "the line is longer than " + MAX_LINE_CHARS + " characters";
    }
}
