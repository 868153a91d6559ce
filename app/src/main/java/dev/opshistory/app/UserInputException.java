package dev.opshistory.app;

/** A mistake the user can fix (a missing path, a bad flag value): one line on stderr and exit code 1. */
public final class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
