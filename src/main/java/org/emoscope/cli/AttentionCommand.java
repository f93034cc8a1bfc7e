package org.emoscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.emoscope.evaluation.MeanSd;
import org.emoscope.experiment.AttentionGroup;
import org.emoscope.experiment.AttentionSurvey;
import org.emoscope.experiment.AttentionSurveyCsv;
import org.emoscope.experiment.ClipAttention;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope attention RUN… [--json] [--csv DIR]}: where a run's fold models attend, per emotion and per speaker
 * ({@link AttentionSurvey}); several runs (e.g. single-fold runs of one configuration) are pooled.
 */
@Command(name = "attention", mixinStandardHelpOptions = true,
        description = {"Where a finished run's models attend: each test clip read by the fold model that held its",
                "speaker out; per emotion and per speaker the profile of α over relative time, where the peaks fall,",
                "how concentrated α is, and its correlation with energy and pitch (F0)."})
final class AttentionCommand implements Callable<Integer> {
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    /** The sparkline spans α from 0.75 to 1.25 times even: trained models seldom stray further on average. */
    private static final double PROFILE_LOW = 0.75;
    private static final double PROFILE_HIGH = 1.25;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "1..*",
            description = "a run folder with fold models; several are pooled (e.g. one run per held-out speaker)")
    List<Path> runs;

    @Option(names = "--json", description = "print JSON: every group's figures and profile, and each clip's figures")
    boolean json;

    @Option(names = "--csv", paramLabel = "DIR", description = "also write " + AttentionSurveyCsv.PROFILES + ", "
            + AttentionSurveyCsv.PEAKS + " and " + AttentionSurveyCsv.CLIPS + " into DIR (created if missing)")
    Path csvFolder;

    @Override
    public Integer call() throws Exception {
        if (csvFolder != null && Files.exists(csvFolder) && !Files.isDirectory(csvFolder)) {
            spec.commandLine().getErr().println(csvFolder + ": is a file; name a folder for the CSV tables");
            return 2;
        }
        List<RunResults> results = new ArrayList<>();
        for (Path run : runs) {
            results.add(RunResults.read(run));
        }
        List<AttentionSurvey> survey = new ArrayList<>(1);
        boolean finished = new CurrentThreadTaskExecutor().runToEnd(BackgroundTask.of("attention", context -> {
                    List<AttentionSurvey> surveys = new ArrayList<>();
                    for (RunResults run : results) {
                        surveys.add(AttentionSurvey.of(run, context));
                    }
                    return AttentionSurvey.pooled(surveys);
                })
                .onProgress(new TenthsProgress(spec.commandLine().getErr()))
                .onSuccess(survey::add)
                .onFailure(error -> spec.commandLine().getErr().println(error.getMessage())));
        if (!finished) {
            return 1;
        }
        AttentionSurvey done = survey.get(0);
        done.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
        if (csvFolder != null) {
            writeCsv(done);
        }
        spec.commandLine().getOut().println(json ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(toMap(done)) : text(done));
        return done.clips().isEmpty() ? 1 : 0;
    }

    private void writeCsv(AttentionSurvey survey) throws IOException {
        Files.createDirectories(csvFolder);
        AttentionSurveyCsv.profiles(survey).write(csvFolder.resolve(AttentionSurveyCsv.PROFILES));
        AttentionSurveyCsv.peaks(survey).write(csvFolder.resolve(AttentionSurveyCsv.PEAKS));
        AttentionSurveyCsv.clips(survey).write(csvFolder.resolve(AttentionSurveyCsv.CLIPS));
        spec.commandLine().getErr().println("Wrote " + AttentionSurveyCsv.PROFILES + ", " + AttentionSurveyCsv.PEAKS
                + " and " + AttentionSurveyCsv.CLIPS + " to " + csvFolder);
    }

    static String text(AttentionSurvey survey) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Attention of %s: %d clips, each read by the fold model that held its speaker out%s.%n",
                survey.runs().stream().map(Path::toString).collect(Collectors.joining(", ")),
                survey.clips().size(), survey.problems().isEmpty() ? ""
                        : "; " + survey.problems().size() + " problems (above)"));
        text.append("Relative time runs from the clip's first to its last non-silent sample; α is relative to even "
                + "attention (1 = even).\n");
        text.append("Peak: where the heaviest step lies; entropy: α's relative to uniform's (1 = even); top 10 %: α's "
                + "share on the\nheaviest tenth of steps (0.10 = even); r: correlation over the steps, per clip. "
                + "Profile: mean α over relative time\nin 20 bins, ").append(BLOCKS.charAt(0)).append(" = ")
                .append(String.format(Locale.ROOT, "%.2f", PROFILE_LOW)).append(" or less, ")
                .append(BLOCKS.charAt(BLOCKS.length() - 1)).append(" = ")
                .append(String.format(Locale.ROOT, "%.2f", PROFILE_HIGH)).append(" or more.\n");
        table(text, "Emotion", survey.byEmotion());
        table(text, "Speaker", survey.bySpeaker());
        table(text, "", List.of(survey.all()));
        return text.toString().stripTrailing();
    }

    private static void table(StringBuilder text, String title, List<AttentionGroup> groups) {
        String row = "%-10s %5s  %-11s  %-13s  %-11s  %-12s  %-12s  %s%n";
        text.append(String.format(Locale.ROOT, "%n" + row, title, "clips", "peak at", "entropy", "top 10 %",
                "r(α,energy)", "r(α,F0)", "profile"));
        for (AttentionGroup group : groups) {
            text.append(String.format(Locale.ROOT, row, group.name(), group.clips(), group.peakPosition().text(2),
                    group.entropyRatio().text(3), group.topTenthMass().text(2), group.energyCorrelation().text(2),
                    group.pitchCorrelation().text(2), sparkline(group.profileMean())));
        }
    }

    static String sparkline(double[] profile) {
        StringBuilder line = new StringBuilder();
        for (double value : profile) {
            double level = (value - PROFILE_LOW) / (PROFILE_HIGH - PROFILE_LOW);
            int block = Double.isNaN(value) ? -1 : (int) Math.round(Math.max(0, Math.min(1, level)) * (BLOCKS.length() - 1));
            line.append(block < 0 ? ' ' : BLOCKS.charAt(block));
        }
        return line.toString();
    }

    private static Map<String, Object> toMap(AttentionSurvey survey) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("runs", survey.runs().stream().map(Path::toString).toList());
        map.put("clips", survey.clips().size());
        map.put("problems", survey.problems());
        map.put("all", toMap(survey.all()));
        map.put("byEmotion", survey.byEmotion().stream().map(AttentionCommand::toMap).toList());
        map.put("bySpeaker", survey.bySpeaker().stream().map(AttentionCommand::toMap).toList());
        map.put("perClip", survey.clips().stream().map(AttentionCommand::toMap).toList());
        return map;
    }

    private static Map<String, Object> toMap(AttentionGroup group) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", group.name());
        map.put("clips", group.clips());
        map.put("profileMean", numbers(group.profileMean()));
        map.put("profileSd", numbers(group.profileSd()));
        map.put("peakShare", numbers(group.peakShare()));
        map.put("peakPosition", toMap(group.peakPosition()));
        map.put("entropyRatio", toMap(group.entropyRatio()));
        map.put("topTenthMass", toMap(group.topTenthMass()));
        map.put("energyCorrelation", toMap(group.energyCorrelation()));
        map.put("pitchCorrelation", toMap(group.pitchCorrelation()));
        return map;
    }

    private static Map<String, Object> toMap(MeanSd figure) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mean", number(figure.mean()));
        map.put("sd", number(figure.sd()));
        map.put("n", figure.n());
        return map;
    }

    private static Map<String, Object> toMap(ClipAttention clip) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("clip", clip.clipId());
        map.put("speaker", clip.speaker());
        map.put("emotion", clip.emotion());
        map.put("predicted", clip.predicted());
        map.put("peakPosition", number(clip.peakPosition()));
        map.put("entropyRatio", number(clip.entropyRatio()));
        map.put("topTenthMass", number(clip.topTenthMass()));
        map.put("energyCorrelation", number(clip.energyCorrelation()));
        map.put("pitchCorrelation", number(clip.pitchCorrelation()));
        return map;
    }

    /** JSON has no NaN: an undefined figure is null. */
    private static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static List<Double> numbers(double[] values) {
        return Arrays.stream(values).mapToObj(AttentionCommand::number).toList();
    }
}
