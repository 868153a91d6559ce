package dev.opshistory.app;

import java.io.PrintWriter;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear line on stderr and an exit code: a user's mistake gives 1, anything else 2.
 * The stack trace follows only under {@code OPSHISTORY_DEBUG=1}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /** {@code java.io.IOException: } and the like, which wrapping exceptions put before a cause's message. */
    private static final Pattern CLASS_NAME_PREFIX = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = "1".equals(System.getenv("OPSHISTORY_DEBUG"));
        if (e instanceof UserInputException) {
            err.println("opshistory: " + oneLine(e.getMessage()));
        } else {
            err.println("opshistory: failed: " + message(e) + (debug ? "" : " (OPSHISTORY_DEBUG=1 shows the stack trace)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof UserInputException ? Main.EXIT_BAD_INPUT : Main.EXIT_RUNTIME_FAILURE;
    }

    /**
     * The outermost message, which says what was being done, and the root cause's, which says what went
     * wrong, once each: {@code cannot write the report to out: No space left on device}.
     */
    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = root.getMessage() == null ? root.getClass().getSimpleName() : clean(root.getMessage());
        String outer = e.getMessage() == null ? null : clean(e.getMessage());
        if (outer == null || root == e || outer.contains(rootMessage)) {
            return oneLine(outer == null ? rootMessage : outer);
        }
        return oneLine((outer.endsWith(".") ? outer.substring(0, outer.length() - 1) : outer) + ": " + rootMessage);
    }

    private static String clean(String message) {
        String m = message.strip();
        while (CLASS_NAME_PREFIX.matcher(m).find()) {
            m = CLASS_NAME_PREFIX.matcher(m).replaceFirst("");
        }
        return m;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
