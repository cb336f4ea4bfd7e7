package dev.glyphic.domain.execution;

import java.util.Objects;

/**
 * An error message as kept on an execution or a node run: trimmed, never blank, and bounded, since a node may fail
 * with a whole response body. The full detail belongs in the logs.
 */
final class ErrorText {
    static final int MAX_LENGTH = 4_000;

    private ErrorText() {
    }

    static String of(String error) {
        Objects.requireNonNull(error, "error");
        String text = error.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an error needs a message");
        }
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never cut a character in half
        }
        return text.substring(0, end) + "…";
    }
}
