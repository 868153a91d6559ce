package dev.opshistory.app;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear line on stderr and an exit code: a user's mistake gives 1 and no stack
 * trace; anything else gives 2, with the stack trace only under {@code OPSHISTORY_DEBUG=1}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UserInputException) {
            err.println("opshistory: " + e.getMessage());
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        err.println("opshistory: failed: " + rootMessage(e));
        if ("1".equals(System.getenv("OPSHISTORY_DEBUG"))) {
            e.printStackTrace(err);
        } else {
            err.println("(set OPSHISTORY_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return Main.EXIT_RUNTIME_FAILURE;
    }

    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
            e = cause;
            cause = cause.getCause();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
