package org.emoscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.emoscope.experiment.AttentionDeletion;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope faithfulness RUN… [--json]}: the deletion test of a run's attention ({@link AttentionDeletion}); each
 * run keeps its curves in {@code faithfulness.json}, several runs are also pooled.
 */
@Command(name = "faithfulness", mixinStandardHelpOptions = true,
        description = {"Is attention an explanation? Each test clip read again by its fold model with k % of its",
                "audio frames replaced by padding: the frames attention weighs most (the summed α of the steps that read",
                "them), random frames (mean of " + AttentionDeletion.RANDOM_DRAWS + " draws), the frames it weighs least,",
                "and the frames gradient saliency ((value − padding) × gradient of log p(predicted)) ranks highest.",
                "Faithful attention: deleting the top-α frames hurts more than random ones. Kept in RUN/"
                        + AttentionDeletion.FILE + "."})
final class FaithfulnessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "a run folder with fold models; several are pooled")
    List<Path> runs;

    @Option(names = "--json", description = "print the curves as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<RunResults> results = new ArrayList<>();
        for (Path run : runs) {
            results.add(RunResults.read(run));
        }
        List<AttentionDeletion.Curves> curves = new ArrayList<>();
        boolean finished = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("faithfulness", context -> {
                    for (RunResults run : results) {
                        AttentionDeletion.Curves one = AttentionDeletion.of(run, context);
                        AttentionDeletion.save(one, run.directory());
                        curves.add(one);
                    }
                    return curves;
                })
                .onProgress(new TenthsProgress(spec.commandLine().getErr()))
                .onFailure(error -> spec.commandLine().getErr().println(error.getMessage())));
        if (!finished) {
            return 1;
        }
        AttentionDeletion.Curves pooled = curves.size() == 1 ? curves.get(0) : AttentionDeletion.pooled(curves);
        pooled.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
        spec.commandLine().getOut().println(json
                ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(pooled)
                : text(pooled));
        return pooled.clips() == 0 ? 1 : 0;
    }

    static String text(AttentionDeletion.Curves curves) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Deletion test of %s: %d clips, each read by the fold model that held its speaker out, with k %% of its%n"
                        + "audio frames set to the padding value: those attention weighs most (top α), random ones, "
                        + "those it weighs least,%nand those gradient saliency ranks highest.%n%n",
                curves.runs().stream().map(Path::toString).collect(Collectors.joining(", ")), curves.clips()));
        List<AttentionDeletion.Order> orders = List.of(AttentionDeletion.Order.values()).stream()
                .filter(curves.accuracy()::containsKey).toList();
        text.append(String.format(Locale.ROOT, "accuracy %% (p(true class) %%) with k %% of the frames deleted%n%5s", "k %"));
        // Each cell is " accuracy (probability)", 20 characters wide.
        orders.forEach(order -> text.append(String.format(Locale.ROOT, " %19s", order.label())));
        text.append(System.lineSeparator());
        for (int f = 0; f < curves.fractions().length; f++) {
            text.append(String.format(Locale.ROOT, "%5.0f", 100 * curves.fractions()[f]));
            for (AttentionDeletion.Order order : orders) {
                text.append(String.format(Locale.ROOT, " %12.1f (%4.1f)", 100 * curves.accuracy().get(order)[f],
                        100 * curves.probability().get(order)[f]));
            }
            text.append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }
}
