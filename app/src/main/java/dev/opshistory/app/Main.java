package dev.opshistory.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code opshistory} command line. Exit codes: 0 ok, 1 bad input or usage, 2 runtime failure.
 */
@Command(name = "opshistory",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns paging history (PagerDuty, Opsgenie, postmortems) into the operational-history "
                + "section of a production readiness review.",
        subcommands = {RunCommand.class, IngestCommand.class, ClassifyCommand.class, ReportCommand.class,
                InspectCommand.class, EvaluateCommand.class, BrokerCommand.class, dev.opshistory.app.generate.GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code of a bad input or a usage mistake. */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit code of a failure at run time (broker, job, disk). */
    public static final int EXIT_RUNTIME_FAILURE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main()).setExecutionExceptionHandler(new Failures());
        usageErrorsExitWith(commandLine, EXIT_BAD_INPUT);
        return commandLine.execute(args);
    }

    /** picocli keeps the usage-error exit code per command, so every sub-command gets ours. */
    private static void usageErrorsExitWith(CommandLine commandLine, int code) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(code);
        commandLine.getSubcommands().values().forEach(sub -> usageErrorsExitWith(sub, code));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
