package dev.glyphic.integrations.expression;

/** Short, one-line messages from the library's exceptions, for authors rather than for stack traces. */
final class JsonataMessages {
    static final int MAX_LENGTH = 200;
    private static final String LIBRARY_PREFIX = "JSonataException";

    private JsonataMessages() {
    }

    static String describe(RuntimeException e) {
        // First line only: some internal failures carry multi-line messages (a regex with a caret diagram).
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("").strip();
        // Run-time errors carry the library's class name in front of the text.
        if (message.startsWith(LIBRARY_PREFIX)) {
            message = message.substring(LIBRARY_PREFIX.length()).strip();
        }
        return message.isEmpty() ? "invalid expression (" + e.getClass().getSimpleName() + ")" : message;
    }

    static String shorten(String message) {
        if (message.length() <= MAX_LENGTH) {
            return message;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "…";
    }
}
