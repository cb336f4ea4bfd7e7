package dev.glyphic.application.engine;

/**
 * What a failure says where it is stored and shown (a run's error, an execution's error stack): a line per throwable,
 * printable and bounded, never a Java stack frame; those are for the operator, in the server log.
 */
final class FailureText {
    private static final int MAX_REASON_LENGTH = 200;

    private FailureText() {
    }

    /** The innermost cause's first line, in printable characters and bounded: it is stored and shown. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().strip().lines().findFirst().orElse("");
        message = message.replaceFirst("^ERROR: ", "").codePoints()
                .map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return bounded(message);
    }

    /** One line for a throwable: its kind and message, without any stack frame. */
    static String describe(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage().strip().lines().findFirst().orElse("");
        return bounded(error.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
    }

    /** The crash and what caused it, a line each, at most a few: where to look, the frames being in the log. */
    static String causes(Throwable crash) {
        StringBuilder chain = new StringBuilder(describe(crash));
        Throwable cause = crash.getCause();
        for (int depth = 0; cause != null && cause != crash && depth < 5; depth++, cause = cause.getCause()) {
            chain.append("\ncaused by: ").append(describe(cause));
        }
        return chain.toString();
    }

    private static String bounded(String text) {
        return text.length() > MAX_REASON_LENGTH ? text.substring(0, MAX_REASON_LENGTH) + "…" : text;
    }
}
