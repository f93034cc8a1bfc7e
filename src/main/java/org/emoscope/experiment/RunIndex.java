package org.emoscope.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emoscope.model.EmotionNet;
import java.util.function.Function;

/**
 * Lists the runs in a runs folder: each subfolder that is a run ({@link ExperimentFolder#isRun}),
 * in name order; other subfolders and files are skipped. A run whose files cannot be read is listed
 * with its problems rather than failing the listing. Reads only; thread-safe when the summariser is.
 */
public final class RunIndex {
    private static final Logger LOG = LoggerFactory.getLogger(RunIndex.class);
    private static final int SUMMARY_LENGTH = 120;

    private final Function<RunConfig, String> configSummariser;

    /** @param configSummariser turns a run's {@code config.json} configuration into a short description */
    public RunIndex(Function<RunConfig, String> configSummariser) {
        this.configSummariser = configSummariser;
    }

    /** An index that summarises configurations with {@link #defaultConfigSummary}. */
    public static RunIndex withDefaultSummary() {
        return new RunIndex(RunIndex::defaultConfigSummary);
    }

    /**
     * The top-level scalar fields, {@code name=value} joined by {@code ", "}, cut to 120 characters;
     * nested objects and arrays are left out.
     */
    public static String defaultConfigSummary(RunConfig config) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : config.tree().properties()) {
            if (field.getValue().isValueNode()) {
                parts.add(field.getKey() + "=" + field.getValue().asText());
            }
        }
        String summary = String.join(", ", parts);
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    /**
     * The runs directly inside {@code runsFolder}; empty when it does not exist.
     *
     * @throws IOException only when the runs folder itself cannot be listed
     */
    public List<RunSummary> list(Path runsFolder) throws IOException {
        List<Path> runs = Subfolders.of(runsFolder, ExperimentFolder::isRun);
        List<RunSummary> summaries = new ArrayList<>(runs.size());
        for (Path run : runs) {
            summaries.add(summarise(run));
        }
        return summaries;
    }

    /** The summary of one run folder; unreadable files become problems, never exceptions. */
    public RunSummary summarise(Path run) {
        Summary s = new Summary();
        try {
            // Cannot fail for a folder just seen to be a run, unless it is deleted meanwhile.
            ExperimentFolder folder = ExperimentFolder.open(run);
            s.attempt(() -> {
                RunStatus status = folder.readStatus();
                s.state = status.state();
                s.stateMessage = status.message();
            });
            s.attempt(() -> s.environment = folder.readEnvironment());
            s.attempt(() -> {
                Optional<RunMetrics> metrics = folder.readMetrics();
                metrics.ifPresent(m -> {
                    s.wa = m.pooled() == null ? null : m.pooled().wa();
                    s.ua = m.pooled() == null ? null : m.pooled().ua();
                    s.macroF1 = m.pooled() == null ? null : m.pooled().macroF1();
                    s.folds = m.perFold() == null ? null : m.perFold().keySet();
                });
            });
            s.attempt(() -> {
                RunConfig config = folder.readConfig();
                if (config.isNetwork() && s.folds != null) {
                    checkFoldModels(folder, s);
                }
                try {
                    s.configSummary = configSummariser.apply(config);
                } catch (RuntimeException e) {
                    throw new ExperimentFolderException(run.resolve(ExperimentFolder.CONFIG_FILE),
                            "cannot be summarised: " + e.getMessage(), e);
                }
            });
        } catch (ExperimentFolderException e) {
            s.problems.add(e.getMessage());
        }
        if (!s.problems.isEmpty()) {
            LOG.warn("Run {} is damaged: {}", run, s.problems);
        }
        return new RunSummary(run.getFileName().toString(), run, s.state, s.stateMessage,
                s.environment == null ? null : s.environment.startTime(),
                s.environment == null ? null : s.environment.endTime(),
                s.wa, s.ua, s.macroF1, s.folds == null ? 0 : s.folds.size(), s.configSummary, s.problems);
    }

    /**
     * A finished fold whose model is missing or damaged makes the clip view fall back for its
     * clips: the list says so, before anyone opens a clip.
     */
    private static void checkFoldModels(ExperimentFolder folder, Summary s) throws IOException {
        for (String fold : s.folds) {
            Path model = folder.modelPath(fold);
            if (!Files.exists(model)) {
                s.problems.add(model + ": missing, so the clips of fold " + fold + " cannot be read by its model");
                continue;
            }
            try {
                EmotionNet.verify(model);
            } catch (IOException e) {
                s.problems.add(e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Read {
        void run() throws IOException;
    }

    /** What has been read of one run so far; one bad file does not stop the others being read. */
    private static final class Summary {
        final List<String> problems = new ArrayList<>();
        RunState state;
        String stateMessage;
        RunEnvironment environment;
        Double wa;
        Double ua;
        Double macroF1;
        Set<String> folds;
        String configSummary;

        void attempt(Read read) {
            try {
                read.run();
            } catch (IOException | RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
    }
}
