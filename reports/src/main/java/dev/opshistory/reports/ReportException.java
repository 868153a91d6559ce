package dev.opshistory.reports;

/**
 * The report could not be produced: the warehouse could not be read or queried, or a template failed.
 * A missing or empty warehouse is not an error (it gives an empty report).
 */
public class ReportException extends RuntimeException {

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
