package dev.glyphic.bootstrap.config;

/** A configuration the server refuses to start with; the message tells the operator what to change. */
public final class StartupProblem extends RuntimeException {
    public StartupProblem(String message) {
        super(message);
    }
}
