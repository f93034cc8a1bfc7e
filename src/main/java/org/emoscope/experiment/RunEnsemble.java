package org.emoscope.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;

/**
 * Finished runs tested on the same clips, combined into one run whose prediction for a clip is the class
 * with the highest mean probability over the members (e.g. the seeds of a seed group: a seed ensemble, or
 * a network run with a baseline run: late fusion). Written as an ordinary run folder, so {@code evaluate},
 * Results and Compare read it like any other:
 * <pre>
 * config.json       "model": "ensemble", the configuration fields all members share (corpora, held-out speakers,
 *                   features, normalisation), and "ensemble": how the members were combined and, per member, its
 *                   folder, model, seed, model selection and pooled UA
 * environment.json, state.json (DONE), predictions.csv (the mean probabilities), metrics.json
 * </pre>
 * Members must agree on the labels, on every clip's fold and true class, on the corpora they read and on the
 * shared fields; anything else is refused naming the member and the difference. Nothing is trained and no
 * model files are written. Reads no audio and loads no ND4J.
 */
public final class RunEnsemble {
    /** {@code config.json}'s model of an ensemble run. */
    public static final String MODEL = "ensemble";
    /** The configuration fields members must share: they decide which clips are tested and how they read. */
    private static final List<String> SHARED_FIELDS = List.of("targetCorpus", "heldOutSpeakers", "addedCorpora",
            "balanceLanguages", "features", "normalisation");
    private static final String COMBINATION = "the class with the highest mean of the members' probabilities";

    private record Member(Path directory, RunConfig config, RunEnvironment environment, PredictionTable predictions,
                          String selectionPolicy, double ua) {
    }

    private final List<Member> members;

    private RunEnsemble(List<Member> members) {
        this.members = List.copyOf(members);
    }

    /**
     * Reads the members: run folders, or seed groups standing for all their members.
     *
     * @throws ExperimentFolderException naming the member when it is not a finished run, or differs from the first
     * @throws IllegalArgumentException  when fewer than two runs are given
     */
    public static RunEnsemble of(List<Path> runsOrGroups) throws IOException {
        List<Path> runs = new ArrayList<>();
        for (Path path : runsOrGroups) {
            if (SeedGroup.isGroup(path)) {
                SeedGroup.read(path).members().forEach(m -> runs.add(m.directory()));
            } else {
                runs.add(path);
            }
        }
        if (runs.size() < 2) {
            throw new IllegalArgumentException("an ensemble needs at least two runs, got " + runs.size());
        }
        List<Member> members = new ArrayList<>();
        for (Path run : runs) {
            Member member = read(run);
            if (!members.isEmpty()) {
                requireSameTest(members.get(0), member);
            }
            members.add(member);
        }
        return new RunEnsemble(members);
    }

    private static Member read(Path run) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            RunStatus status = folder.readStatus();
            if (status.state() != RunState.DONE) {
                throw new ExperimentFolderException(run, "is " + status.state().name().toLowerCase(Locale.ROOT)
                        + ", not finished; only finished runs can be combined");
            }
            RunConfig config = folder.readConfig();
            if (memberCount(config).isPresent()) {
                throw new ExperimentFolderException(run, "is itself an ensemble; combine its members instead");
            }
            PredictionTable predictions = folder.readPredictions().orElseThrow(
                    () -> new ExperimentFolderException(run, "has no " + ExperimentFolder.PREDICTIONS_FILE));
            RunMetrics metrics = folder.readMetrics().orElseThrow(
                    () -> new ExperimentFolderException(run, "has no " + ExperimentFolder.METRICS_FILE));
            return new Member(run, config, folder.readEnvironment(), predictions, metrics.selectionPolicy(),
                    LosoReport.of(predictions.labels(), predictions.predictions()).pooled().ua());
        }
    }

    private static void requireSameTest(Member first, Member other) throws ExperimentFolderException {
        Path run = other.directory();
        String against = " (" + first.directory() + ": ";
        if (!other.predictions().labels().equals(first.predictions().labels())) {
            throw new ExperimentFolderException(run, "has the classes " + other.predictions().labels() + against
                    + first.predictions().labels() + ")");
        }
        for (String field : SHARED_FIELDS) {
            JsonNode mine = other.config().tree().path(field);
            JsonNode theirs = first.config().tree().path(field);
            if (!mine.equals(theirs)) {
                throw new ExperimentFolderException(run, "has " + field + " " + mine + against + theirs + ")");
            }
        }
        if (!other.environment().corpusFingerprints().equals(first.environment().corpusFingerprints())) {
            throw new ExperimentFolderException(run, "read other corpus contents " + other.environment()
                    .corpusFingerprints() + against + first.environment().corpusFingerprints() + ")");
        }
        Map<ClipKey, Prediction> firstByClip = byClip(first);
        Map<ClipKey, Prediction> otherByClip = byClip(other);
        if (!firstByClip.keySet().equals(otherByClip.keySet())) {
            List<ClipKey> missing = new ArrayList<>(firstByClip.keySet());
            missing.removeAll(otherByClip.keySet());
            List<ClipKey> extra = new ArrayList<>(otherByClip.keySet());
            extra.removeAll(firstByClip.keySet());
            throw new ExperimentFolderException(run, "tested other clips than " + first.directory() + ": "
                    + missing.size() + " of its clips missing" + example(missing) + ", " + extra.size()
                    + " more" + example(extra));
        }
        for (Map.Entry<ClipKey, Prediction> entry : firstByClip.entrySet()) {
            Prediction mine = otherByClip.get(entry.getKey());
            if (mine.trueClass() != entry.getValue().trueClass() || !mine.foldId().equals(entry.getValue().foldId())) {
                throw new ExperimentFolderException(run, entry.getKey() + " has another true class or fold than in "
                        + first.directory());
            }
        }
    }

    private static String example(List<ClipKey> keys) {
        return keys.isEmpty() ? "" : " (e.g. " + keys.get(0) + ")";
    }

    /** Each tested clip's prediction; a run tests every clip in one fold. */
    private static Map<ClipKey, Prediction> byClip(Member member) {
        Map<ClipKey, Prediction> byClip = new LinkedHashMap<>();
        member.predictions().predictions().forEach(p -> byClip.put(new ClipKey(p.speaker(), p.clipId()), p));
        return byClip;
    }

    /** The members' folders, in the order given (a seed group's in seed order). */
    public List<Path> members() {
        return members.stream().map(Member::directory).toList();
    }

    /** Each member's pooled UA (a fraction), in member order. */
    public List<Double> memberUa() {
        return members.stream().map(Member::ua).toList();
    }

    /** The ensemble's predictions, in the first member's order. */
    public List<Prediction> predictions() {
        List<Map<ClipKey, Prediction>> byClip = members.stream().map(RunEnsemble::byClip).toList();
        List<Prediction> combined = new ArrayList<>();
        for (Map.Entry<ClipKey, Prediction> entry : byClip.get(0).entrySet()) {
            Prediction first = entry.getValue();
            double[] mean = new double[first.probabilities().length];
            for (Map<ClipKey, Prediction> member : byClip) {
                double[] probabilities = member.get(entry.getKey()).probabilities();
                for (int c = 0; c < mean.length; c++) {
                    mean[c] += probabilities[c] / byClip.size();
                }
            }
            combined.add(new Prediction(first.clipId(), first.foldId(), first.speaker(), first.trueClass(),
                    Prediction.mostProbable(mean), mean));
        }
        return combined;
    }

    /**
     * Writes the ensemble into a new run folder and returns its pooled report.
     *
     * @throws ExperimentFolderException when {@code runDirectory} already holds a run or other files
     */
    public LosoReport write(Path runDirectory) throws IOException {
        List<String> labels = members.get(0).predictions().labels();
        List<Prediction> predictions = predictions();
        LosoReport report = LosoReport.of(labels, predictions);
        RunEnvironment first = members.get(0).environment();
        RunEnvironment environment = RunEnvironment.current("none (combines the members' stored predictions)",
                "none", first.seed(), first.corpusFingerprints(), Instant.now());
        try (ExperimentFolder folder = ExperimentFolder.create(runDirectory, configTree(runDirectory), environment)) {
            folder.writePredictions(labels, predictions);
            folder.writeMetrics(RunMetrics.of(report, selectionPolicy(), null));
            folder.markDone();
        }
        return report;
    }

    /** The selection policy of the combined run: the members', said once when they agree. */
    public String selectionPolicy() {
        List<String> policies = members.stream().map(Member::selectionPolicy).distinct().toList();
        return "ensemble of " + members.size() + " runs (" + COMBINATION + "); each member: "
                + (policies.size() == 1 ? policies.get(0) : String.join(" / ", policies));
    }

    private ObjectNode configTree(Path runDirectory) {
        ObjectNode tree = JsonFiles.MAPPER.createObjectNode();
        tree.put(RunConfig.MODEL_FIELD, MODEL);
        JsonNode shared = members.get(0).config().tree();
        for (String field : SHARED_FIELDS) {
            if (shared.has(field)) {
                tree.set(field, shared.get(field));
            }
        }
        ObjectNode ensemble = tree.putObject(MODEL);
        ensemble.put("combination", COMBINATION);
        ArrayNode list = ensemble.putArray("members");
        Path base = runDirectory.toAbsolutePath().normalize().getParent();
        for (Member member : members) {
            ObjectNode entry = list.addObject();
            Path absolute = member.directory().toAbsolutePath().normalize();
            entry.put("run", (base == null ? absolute : base.relativize(absolute)).toString());
            entry.put("model", memberModel(member.config()));
            member.config().seed().ifPresent(seed -> entry.put("seed", seed));
            entry.put("selection", member.selectionPolicy());
            entry.put("ua", member.ua());
        }
        return tree;
    }

    private static String memberModel(RunConfig config) {
        return config.model().orElseGet(() -> config.training().preset().label());
    }

    /** The number of members an ensemble run's configuration lists, or empty when it is not an ensemble's. */
    public static Optional<Integer> memberCount(RunConfig config) {
        return config.model().filter(MODEL::equals).map(model -> config.section(MODEL).path("members").size());
    }

    /** An ensemble run's model in words, "ensemble of 3 runs"; empty when it is not an ensemble's. */
    public static Optional<String> description(RunConfig config) {
        return memberCount(config).map(n -> "ensemble of " + n + " runs");
    }
}
