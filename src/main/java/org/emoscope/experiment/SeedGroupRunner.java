package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.task.TaskContext;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one configuration once per seed into a {@link SeedGroup}: {@code seeds.json} first, then
 * each member {@code seed-<seed>/} as an ordinary run with only the seed changed, one after the
 * other. A cancelled or failed member stops the group (the members after it are not started);
 * {@link #resume} goes on from there. Runs on the calling (background) thread.
 */
public final class SeedGroupRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SeedGroupRunner.class);

    private final TrainingConfig base;
    private final List<Long> seeds;
    private final Path featureCache;

    /** @param base the configuration; its own seed is replaced by each of {@code seeds} */
    public SeedGroupRunner(TrainingConfig base, List<Long> seeds, Path featureCache) {
        this.base = base;
        this.seeds = List.copyOf(seeds);
        this.featureCache = featureCache;
    }

    /** The configuration of one member. */
    public TrainingConfig config(long seed) {
        return base.toBuilder().seed(seed).build();
    }

    public List<Long> seeds() {
        return seeds;
    }

    /** Creates the group in {@code out} (absent or empty) and trains every member; returns their reports in seed order. */
    public List<LosoReport> run(Path out, TaskContext context, TrainingListener listener) throws Exception {
        SeedGroup group = SeedGroup.create(out, seeds);
        List<LosoReport> reports = new ArrayList<>();
        int index = 0;
        for (SeedGroup.Member member : group.members()) {
            LOG.info("seed {} ({} of {}) into {}", member.seed(), ++index, seeds.size(), member.directory());
            reports.add(new ExperimentRunner(config(member.seed()), featureCache).run(member.directory(), context,
                    listener));
        }
        return reports;
    }

    /**
     * Continues a group: finished members are kept, a stopped one is resumed from its checkpoints,
     * and members not started yet are trained with the configuration of the first member that exists,
     * its seed replaced.
     *
     * @throws ExperimentFolderException when it is no group, or no member exists to take the configuration from
     */
    public static List<LosoReport> resume(Path groupDirectory, Path featureCache, TaskContext context,
                                          TrainingListener listener) throws Exception {
        SeedGroup group = SeedGroup.read(groupDirectory);
        TrainingConfig template = null;
        for (SeedGroup.Member member : group.members()) {
            if (ExperimentFolder.isRun(member.directory())) {
                try (ExperimentFolder folder = ExperimentFolder.open(member.directory())) {
                    template = folder.readConfig().training();
                }
                break;
            }
        }
        if (template == null) {
            throw new ExperimentFolderException(groupDirectory, "no member run to take the configuration from; "
                    + "start the group again with train --seeds");
        }
        SeedGroupRunner runner = new SeedGroupRunner(template, group.seeds(), featureCache);
        List<LosoReport> reports = new ArrayList<>();
        for (SeedGroup.Member member : group.members()) {
            Path run = member.directory();
            if (!ExperimentFolder.isRun(run)) {
                LOG.info("seed {}: training into {}", member.seed(), run);
                reports.add(new ExperimentRunner(runner.config(member.seed()), featureCache).run(run, context, listener));
            } else if (stateOf(run) == RunState.DONE) {
                reports.add(reportOf(run));
            } else {
                LOG.info("seed {}: resuming {}", member.seed(), run);
                reports.add(ExperimentRunner.resume(run, featureCache, context, listener));
            }
        }
        return reports;
    }

    private static LosoReport reportOf(Path run) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            PredictionTable table = folder.readPredictions().orElseThrow(() -> new ExperimentFolderException(
                    run, "is DONE but has no " + ExperimentFolder.PREDICTIONS_FILE));
            return LosoReport.of(table.labels(), table.predictions());
        }
    }

    private static RunState stateOf(Path run) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            return folder.readStatus().state();
        }
    }
}
