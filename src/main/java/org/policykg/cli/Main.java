package org.policykg.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Commands parse options and call the library; only their
 * results go to stdout, progress and errors go to stderr.
 */
@Command(name = "policykg", mixinStandardHelpOptions = true, version = "PolicyKG 0.1.0",
        description = "Chinese digital-economy policy documents to an RDF knowledge graph.",
        subcommands = {ExtractCommand.class, ValidateCommand.class, EvalCommand.class, BenchCommand.class,
                BenchHeapCommand.class, ServeCommand.class, QueryCommand.class, ServeBenchCommand.class,
                HostileBenchCommand.class, BenchFormsCommand.class, BenchStoreCommand.class,
                BenchScaleCommand.class, PublishCommand.class, BenchLongCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  some input failed (a document could not be extracted, a graph does not conform)",
                  "  2  usage error", "  3  output could not be written or a required file could not be read",
                  "  4  internal error (a bug: the message and trace say where)"})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args, Io.system()));
    }

    public static int run(String[] args, Io io) {
        CommandLine cl = new CommandLine(Main.class, new Factory(io));
        cl.setOut(new java.io.PrintWriter(io.out(), true));
        cl.setErr(new java.io.PrintWriter(io.err(), true));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof NullPointerException || e instanceof IndexOutOfBoundsException
                    || e instanceof ClassCastException || e instanceof ArithmeticException) {
                // Not the input's fault: a bug, reported with its trace so that it can be fixed.
                io.err().println("internal error (a bug in policykg): " + e);
                e.printStackTrace(io.err());
                return ExitCodes.INTERNAL;
            }
            io.err().println("error: " + e.getMessage());
            return ExitCodes.IO;
        });
        // --help and --version on every command, not only on the top one.
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
        }
        if (args.length == 0) {
            cl.usage(cl.getErr());
            return ExitCodes.USAGE; // a command is required
        }
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }

    /** Gives every command the streams it was run with. */
    private record Factory(Io io) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(Io.class);
                return c.newInstance(io);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
