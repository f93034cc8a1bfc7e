package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.emoscope.evaluation.MeanSd;
import org.emoscope.evaluation.PairedComparison;

/**
 * The scores of one configuration over its seeds: a {@link SeedGroup}'s member runs, or a single
 * run as a group of one. Gives the mean ± sd over seeds (of each run's pooled score), over seeds and
 * folds (every seed's every fold), each fold's mean over seeds, and the paired comparison over folds
 * with another configuration. A member that is missing, damaged or has no finished fold is left out
 * and named in {@link #problems()}, one line each; the rest still count. Immutable once read; {@link
 * #read} touches the disk, so call it off the FX thread.
 */
public final class ReplicatedScores {

    /** A headline score of a run's scores. */
    public enum Score {
        WA("WA", RunMetrics.Scores::wa),
        UA("UA", RunMetrics.Scores::ua),
        MACRO_F1("macro-F1", RunMetrics.Scores::macroF1);

        private final String label;
        private final ToDoubleFunction<RunMetrics.Scores> value;

        Score(String label, ToDoubleFunction<RunMetrics.Scores> value) {
            this.label = label;
            this.value = value;
        }

        public String label() {
            return label;
        }

        public double of(RunMetrics.Scores scores) {
            return value.applyAsDouble(scores);
        }
    }

    /**
     * One seed's run with scores.
     *
     * @param name      the run folder's name ({@code seed-42}, or the run's own name)
     * @param seed      its seed; null when a lone run's seed is unknown
     * @param directory its run folder
     * @param state     where it stands; null when unreadable
     * @param scores    its scores so far
     */
    public record Member(String name, Long seed, Path directory, RunState state, RunScores scores) {
    }

    private final Path directory;
    private final boolean group;
    private final List<Member> members;
    private final List<String> problems;

    private ReplicatedScores(Path directory, boolean group, List<Member> members, List<String> problems) {
        this.directory = directory;
        this.group = group;
        this.members = List.copyOf(members);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a run or a seed group.
     *
     * @throws ExperimentFolderException when {@code directory} is neither, or the group's {@code seeds.json} is damaged
     */
    public static ReplicatedScores read(Path directory) throws ExperimentFolderException {
        List<Member> members = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (ExperimentFolder.isRun(directory)) {
            readMember(directory.getFileName().toString(), null, directory, members, problems);
            return new ReplicatedScores(directory, false, members, problems);
        }
        if (!SeedGroup.isGroup(directory)) {
            throw new ExperimentFolderException(directory, "is neither a run (" + ExperimentFolder.CONFIG_FILE
                    + ") nor a seed group (" + SeedGroup.FILE + ")");
        }
        for (SeedGroup.Member member : SeedGroup.read(directory).members()) {
            if (!ExperimentFolder.isRun(member.directory())) {
                problems.add(member.directory() + ": missing (seed " + member.seed() + " not trained yet, or not a run)");
            } else {
                readMember(member.name(), member.seed(), member.directory(), members, problems);
            }
        }
        return new ReplicatedScores(directory, true, members, problems);
    }

    /** A single run already read, as a group of one. */
    public static ReplicatedScores ofRun(Path directory, RunScores scores, RunState state) {
        return new ReplicatedScores(directory, false,
                List.of(new Member(directory.getFileName().toString(), null, directory, state, scores)), List.of());
    }

    private static void readMember(String name, Long seed, Path run, List<Member> members, List<String> problems) {
        try {
            RunResults results = RunResults.read(run);
            Optional<RunScores> scores = RunScores.of(results);
            if (scores.isEmpty()) {
                problems.add(run + ": no fold finished yet (state " + results.summary().state() + ")");
                return;
            }
            Long known = seed != null ? seed
                    : results.config().seed().orElse(null);
            members.add(new Member(name, known, run, results.summary().state(), scores.get()));
        } catch (IOException e) {
            problems.add(e.getMessage());
        } catch (IllegalArgumentException e) {
            problems.add(run.resolve(ExperimentFolder.PREDICTIONS_FILE) + ": " + e.getMessage());
        }
    }

    public Path directory() {
        return directory;
    }

    /** The folder's name. */
    public String name() {
        return directory.getFileName().toString();
    }

    /** Whether this is a seed group (rather than a single run). */
    public boolean isGroup() {
        return group;
    }

    /** The members with scores, in seed order. */
    public List<Member> members() {
        return members;
    }

    /** One line per member left out, each naming its folder; empty when all count. */
    public List<String> problems() {
        return problems;
    }

    /** Whether some member's scores cover only the folds finished so far. */
    public boolean partial() {
        return members.stream().anyMatch(m -> m.scores().partial());
    }

    /** The folds any member has, in id order. */
    public List<String> folds() {
        return List.copyOf(perFold(Score.UA).keySet());
    }

    /** Mean ± sd over the members of each one's pooled score. */
    public MeanSd overSeeds(Score score) {
        return MeanSd.of(members.stream().mapToDouble(m -> score.of(m.scores().metrics().pooled())).toArray());
    }

    /** Mean ± sd over every member's every fold. */
    public MeanSd overSeedsAndFolds(Score score) {
        return MeanSd.of(members.stream().flatMap(m -> m.scores().metrics().perFold().values().stream())
                .mapToDouble(score::of).toArray());
    }

    /** Each fold's mean ± sd over the members that have it, in fold order. */
    public SortedMap<String, MeanSd> perFoldOverSeeds(Score score) {
        SortedMap<String, List<Double>> values = new TreeMap<>();
        for (Member member : members) {
            member.scores().metrics().perFold().forEach((fold, scores) ->
                    values.computeIfAbsent(fold, f -> new ArrayList<>()).add(score.of(scores)));
        }
        SortedMap<String, MeanSd> result = new TreeMap<>();
        values.forEach((fold, list) -> result.put(fold, MeanSd.of(list.stream().mapToDouble(Double::doubleValue).toArray())));
        return result;
    }

    /** Each fold's mean over the members that have it. */
    public SortedMap<String, Double> perFold(Score score) {
        SortedMap<String, Double> means = new TreeMap<>();
        perFoldOverSeeds(score).forEach((fold, meanSd) -> means.put(fold, meanSd.mean()));
        return means;
    }

    /**
     * {@code other} against this one over their common folds, each fold's score averaged over seeds;
     * differences are other − this.
     *
     * @return empty when they have no fold in common
     */
    public Optional<PairedComparison> pairedWith(ReplicatedScores other, Score score) {
        Map<String, Double> mine = perFold(score);
        return PairedComparison.of(mine, other.perFold(score));
    }
}
