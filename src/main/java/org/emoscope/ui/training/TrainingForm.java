package org.emoscope.ui.training;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.Speaker;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.training.ConfigProblem;
import org.emoscope.training.FoldPlan;
import org.emoscope.training.FoldPlanException;
import org.emoscope.training.LearningRateSchedule;
import org.emoscope.training.ModelSelection;
import org.emoscope.training.Normalisation;
import org.emoscope.training.Recipe;
import org.emoscope.training.TrainingConfig;

/**
 * The training form: every choice of a run, as properties a view binds to, and the
 * {@link TrainingConfig} they make. After each change the form checks itself with the core's
 * {@link TrainingConfig#validate()} and, when that passes, with {@link FoldPlan#of} over the open
 * corpora, and lists every problem at once: all of them in {@link #problems()} and each beside its
 * field in {@link #problemOf(FormField)}. Starts from {@link TrainingConfig#defaults(Path)}.
 * FX thread (or one thread in tests).
 */
public final class TrainingForm {
    /** The default recipe on the compact network: a run that takes minutes on a CPU laptop (the paper preset is a choice away). */
    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults(null).toBuilder()
            .preset(ArchitecturePreset.COMPACT).build();
    /** The custom network keeps the presets' topology; only the sizes change. */
    private static final ModelArchitecture TOPOLOGY = ModelArchitecture.compact();
    private static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,99}");
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final ObservableList<Corpus> openCorpora;
    private final List<Corpus> chosenFolders = new ArrayList<>();
    private final ObservableList<Corpus> corpora = FXCollections.observableArrayList();
    private final ObjectProperty<Corpus> target = new SimpleObjectProperty<>();
    private final BooleanProperty leaveOneSpeakerOut = new SimpleBooleanProperty(DEFAULTS.leaveOneSpeakerOut());
    private final ObservableList<SpeakerChoice> speakers = FXCollections.observableArrayList();
    private final ObservableList<AddedCorpusChoice> addedCorpora = FXCollections.observableArrayList();
    private final Map<Path, AddedCorpusChoice> addedChoiceByRoot = new HashMap<>();
    private final ReadOnlyObjectWrapper<Corpus> otherLanguageCorpus = new ReadOnlyObjectWrapper<>();
    // Read-only views made once (see the ui package's documentation).
    private final ObservableList<Corpus> readOnlyCorpora = FXCollections.unmodifiableObservableList(corpora);
    private final ObservableList<SpeakerChoice> readOnlySpeakers = FXCollections.unmodifiableObservableList(speakers);
    private final ObservableList<AddedCorpusChoice> readOnlyAddedCorpora =
            FXCollections.unmodifiableObservableList(addedCorpora);

    private final NumberField gamma = NumberField.decimal("γ", DEFAULTS.gamma());
    private final NumberField theta = NumberField.decimal("θ", DEFAULTS.theta());
    private final ObjectProperty<ArchitecturePreset> preset = new SimpleObjectProperty<>(DEFAULTS.preset());
    private final StringProperty convFilters = new SimpleStringProperty();
    private final NumberField frames = NumberField.whole("frames", DEFAULTS.architecture().frames());
    private final BooleanProperty autoFrames = new SimpleBooleanProperty(DEFAULTS.maxFrames() == TrainingConfig.AUTO_FRAMES);
    private final ObjectProperty<Recipe> recipe = new SimpleObjectProperty<>(DEFAULTS.recipe());
    private final ObjectProperty<Normalisation> normalisation = new SimpleObjectProperty<>(DEFAULTS.normalisation());
    private final BooleanProperty maskPadding = new SimpleBooleanProperty(DEFAULTS.maskPadding());
    private final ObjectProperty<LearningRateSchedule> schedule =
            new SimpleObjectProperty<>(DEFAULTS.learningRateSchedule());
    private final NumberField warmupEpochs = NumberField.whole("warm-up epochs", DEFAULTS.warmupEpochs());
    private final NumberField clipNorm = NumberField.decimal("gradient clip norm", DEFAULTS.gradientClipNorm());
    private final NumberField bottleneck = NumberField.whole("bottleneck", DEFAULTS.architecture().bottleneck());
    private final NumberField lstmUnits = NumberField.whole("LSTM units", DEFAULTS.architecture().lstmUnits());
    private final NumberField heads = NumberField.whole("heads", DEFAULTS.architecture().heads());
    private final NumberField epochs = NumberField.whole("epochs", DEFAULTS.epochs());
    private final NumberField batchSize = NumberField.whole("batch size", DEFAULTS.batchSize());
    private final NumberField learningRate = NumberField.decimal("learning rate", DEFAULTS.learningRate());
    private final NumberField dropout = NumberField.decimal("dropout", DEFAULTS.dropout());
    private final NumberField seed = NumberField.whole("seed", DEFAULTS.seed());
    private final ObjectProperty<ModelSelection> modelSelection = new SimpleObjectProperty<>(DEFAULTS.modelSelection());
    private final StringProperty runName = new SimpleStringProperty("");

    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final Map<FormField, ReadOnlyStringWrapper> fieldProblems = new EnumMap<>(FormField.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PlannedRun> plannedRun = new ReadOnlyObjectWrapper<>();
    /** The plan the current validation made, published in {@link #plannedRun} once the form is known valid. */
    private FoldPlan madePlan;
    private final ReadOnlyBooleanWrapper customSizes = new ReadOnlyBooleanWrapper();
    private final ChangeListener<Object> revalidate = (obs, old, now) -> validate();
    private TrainingConfig config = DEFAULTS;
    private boolean applying;

    /**
     * @param openCorpora the corpora open in the workbench, offered as target and added corpora; the
     *                    form follows the list as corpora are opened
     */
    public TrainingForm(ObservableList<Corpus> openCorpora) {
        this.openCorpora = openCorpora;
        for (FormField field : FormField.values()) {
            fieldProblems.put(field, new ReadOnlyStringWrapper(""));
        }
        showPresetSizes(DEFAULTS.architecture());
        customSizes.bind(preset.isEqualTo(ArchitecturePreset.CUSTOM));
        preset.addListener((obs, old, now) -> now.architecture().ifPresent(this::showPresetSizes));
        target.addListener((obs, old, now) -> targetChanged());
        openCorpora.addListener((ListChangeListener<Corpus>) change -> corporaChanged());
        watch(leaveOneSpeakerOut, preset, convFilters, modelSelection, runName, autoFrames, normalisation,
                maskPadding, schedule);
        for (NumberField field : List.of(gamma, theta, frames, bottleneck, lstmUnits, heads, epochs, batchSize,
                learningRate, dropout, seed, warmupEpochs, clipNorm)) {
            watchNumber(field);
        }
        corporaChanged();
    }

    // ---- corpora and speakers

    /** Adds a corpus read from a folder the user chose and makes it the target. */
    public void addChosenCorpus(Corpus corpus) {
        if (findByRoot(corpora, corpus.root()).isEmpty()) {
            chosenFolders.add(corpus);
            corporaChanged();
        }
        target.set(findByRoot(corpora, corpus.root()).orElse(corpus));
    }

    private void corporaChanged() {
        List<Corpus> all = new ArrayList<>(openCorpora);
        chosenFolders.stream().filter(c -> findByRoot(openCorpora, c.root()).isEmpty()).forEach(all::add);
        // Removed and added one by one, never set all at once: a combo box showing the target would
        // drop its selection while its item is briefly gone, and the held-out speakers with it.
        corpora.removeIf(c -> findByRoot(all, c.root()).isEmpty());
        all.stream().filter(c -> findByRoot(corpora, c.root()).isEmpty()).forEach(corpora::add);
        Optional<Corpus> kept = target.get() == null ? Optional.empty() : findByRoot(all, target.get().root());
        if (kept.isPresent()) {
            target.set(kept.get());
        } else {
            target.set(all.isEmpty() ? null : all.get(0));
        }
        targetChanged();
    }

    private void targetChanged() {
        Corpus corpus = target.get();
        Set<String> heldOut = speakers.stream().filter(s -> s.heldOutProperty().get()).map(SpeakerChoice::key)
                .collect(Collectors.toSet());
        List<SpeakerChoice> choices = new ArrayList<>();
        if (corpus != null) {
            for (String key : speakerKeys(corpus)) {
                SpeakerChoice choice = new SpeakerChoice(key);
                choice.heldOutProperty().set(heldOut.contains(key));
                watch(choice.heldOutProperty());
                choices.add(choice);
            }
        }
        speakers.setAll(choices);
        List<AddedCorpusChoice> added = new ArrayList<>();
        for (Corpus other : corpora) {
            if (corpus == null || !other.root().equals(corpus.root())) {
                added.add(addedChoiceByRoot.computeIfAbsent(other.root(), root -> {
                    AddedCorpusChoice choice = new AddedCorpusChoice(other);
                    watch(choice.includedProperty());
                    watchNumber(choice.fraction());
                    return choice;
                }));
            }
        }
        addedCorpora.setAll(added);
        otherLanguageCorpus.set(corpus == null ? null : corpora.stream()
                .filter(c -> c.kind().language() != corpus.kind().language()).findFirst().orElse(null));
        validate();
    }

    private static List<String> speakerKeys(Corpus corpus) {
        return corpus.clips().stream().map(Clip::speaker).distinct().sorted().map(Speaker::key).toList();
    }

    private static Optional<Corpus> findByRoot(List<Corpus> corpora, Path root) {
        return corpora.stream().filter(c -> c.root().equals(root)).findFirst();
    }

    /** A corpus as the form names it, e.g. "EMO-DB (de) · 4 speakers · 112 clips". */
    static String describe(Corpus corpus) {
        return String.format(Locale.ROOT, "%s (%s) · %d speakers · %d clips", corpus.kind().displayName(),
                corpus.kind().language().code(), speakerKeys(corpus).size(), corpus.clips().size());
    }

    // ---- presets

    /**
     * Sets γ, θ and the added corpora as one of the paper's configurations does; the network and the
     * schedule stay as they are. The cross-language ones add {@link #otherLanguageCorpusProperty()}.
     *
     * @throws IllegalStateException when there is no target corpus, or no corpus of another language
     *                               for a cross-language configuration
     */
    public void applyPaperConfiguration(PaperConfiguration configuration) {
        if (target.get() == null) {
            throw new IllegalStateException("choose a target corpus first");
        }
        Corpus other = otherLanguageCorpus.get();
        if (configuration.addsOtherLanguage() && other == null) {
            throw new IllegalStateException("open a corpus in another language than the target first");
        }
        TrainingConfig made = configuration.config(target.get().root(), other == null ? null : other.root());
        applying = true;
        try {
            gamma.set(made.gamma());
            theta.set(made.theta());
            for (AddedCorpusChoice choice : addedCorpora) {
                Optional<AddedCorpus> added = made.addedCorpora().stream()
                        .filter(a -> a.folder().equals(choice.corpus().root())).findFirst();
                choice.includedProperty().set(added.isPresent());
                added.ifPresent(a -> choice.fraction().set(a.fraction()));
            }
        } finally {
            applying = false;
        }
        validate();
    }

    /**
     * Sets every choice a recipe fixes (input, normalisation, schedule, selection) to the recipe's values; the
     * corpora, loss weights, network sizes and seed stay.
     */
    public void applyRecipe(Recipe chosen) {
        TrainingConfig made = TrainingConfig.defaults(null).toBuilder().recipe(chosen).build();
        applying = true;
        try {
            recipe.set(chosen);
            autoFrames.set(made.maxFrames() == TrainingConfig.AUTO_FRAMES);
            if (!autoFrames.get()) {
                frames.set(made.maxFrames());
            }
            normalisation.set(made.normalisation());
            maskPadding.set(made.maskPadding());
            schedule.set(made.learningRateSchedule());
            warmupEpochs.set(made.warmupEpochs());
            clipNorm.set(made.gradientClipNorm());
            epochs.set(made.epochs());
            batchSize.set(made.batchSize());
            learningRate.set(made.learningRate());
            modelSelection.set(made.modelSelection());
        } finally {
            applying = false;
        }
        validate();
    }

    private void showPresetSizes(ModelArchitecture sizes) {
        convFilters.set(sizes.convFilters().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        bottleneck.set(sizes.bottleneck());
        lstmUnits.set(sizes.lstmUnits());
        heads.set(sizes.heads());
    }

    // ---- validation

    private void watch(ObservableValue<?>... values) {
        for (ObservableValue<?> value : values) {
            value.addListener(revalidate);
        }
    }

    /** The number and whether it is readable: the text itself changes before the field has parsed it. */
    private void watchNumber(NumberField field) {
        watch(field.value(), field.problem());
    }

    private void validate() {
        if (applying) {
            return;
        }
        Map<String, List<FormField>> found = new LinkedHashMap<>();
        config = build(found);
        madePlan = null;
        // Unreadable fields stand in valid values, so these are the problems of everything else.
        config.problems().forEach(problem -> found.put(inWords(problem), FormField.of(problem)));
        if (found.isEmpty() && target.get() != null) {
            planProblem().ifPresent(problem -> found.put(problem, List.of(FormField.HELD_OUT)));
        }
        List<Map.Entry<String, List<FormField>>> ordered = new ArrayList<>(found.entrySet());
        ordered.sort(Comparator.comparing(entry -> entry.getValue().get(0)));
        problems.setAll(ordered.stream().map(Map.Entry::getKey).toList());
        for (FormField field : FormField.values()) {
            fieldProblems.get(field).set(ordered.stream().filter(e -> e.getValue().contains(field))
                    .map(Map.Entry::getKey).collect(Collectors.joining("\n")));
        }
        valid.set(problems.isEmpty());
        // Last, so that whoever follows the plan finds the form valid and its configuration made.
        plannedRun.set(valid.get() ? new PlannedRun(config, madePlan) : null);
    }

    /** The configuration; problems of the form itself (unreadable numbers, choices) go into {@code found}. */
    private TrainingConfig build(Map<String, List<FormField>> found) {
        TrainingConfig.Builder builder = TrainingConfig.defaults(target.get() == null ? null : target.get().root())
                .toBuilder();
        if (!leaveOneSpeakerOut.get()) {
            List<String> heldOut = speakers.stream().filter(s -> s.heldOutProperty().get()).map(SpeakerChoice::key)
                    .toList();
            if (heldOut.isEmpty() && target.get() != null) {
                found.put("Held-out speakers: tick at least one, or leave one speaker out", List.of(FormField.HELD_OUT));
            }
            builder.heldOutSpeakers(heldOut);
        }
        List<AddedCorpus> added = new ArrayList<>();
        for (AddedCorpusChoice choice : addedCorpora) {
            if (choice.includedProperty().get()) {
                added.add(new AddedCorpus(choice.corpus().root(),
                        number(choice.fraction(), AddedCorpus.WHOLE, FormField.ADDED_CORPORA, found)));
            }
        }
        builder.addedCorpora(added)
                .lossWeights(number(gamma, DEFAULTS.gamma(), FormField.GAMMA, found),
                        number(theta, DEFAULTS.theta(), FormField.THETA, found))
                .epochs(wholeNumber(epochs, DEFAULTS.epochs(), FormField.EPOCHS, found))
                .batchSize(wholeNumber(batchSize, DEFAULTS.batchSize(), FormField.BATCH_SIZE, found))
                .learningRate(number(learningRate, DEFAULTS.learningRate(), FormField.LEARNING_RATE, found))
                .seed(seed.isValid() ? seed.wholeValue() : note(seed, DEFAULTS.seed(), FormField.SEED, found))
                .modelSelection(modelSelection.get())
                .recipeLabel(recipe.get())
                .normalisation(normalisation.get())
                .maskPadding(maskPadding.get())
                .learningRateSchedule(schedule.get())
                .warmupEpochs(wholeNumber(warmupEpochs, DEFAULTS.warmupEpochs(), FormField.SCHEDULE, found))
                .gradientClipNorm(number(clipNorm, DEFAULTS.gradientClipNorm(), FormField.SCHEDULE, found));
        double drop = number(dropout, DEFAULTS.dropout(), FormField.DROPOUT, found);
        if (preset.get() == ArchitecturePreset.CUSTOM) {
            builder.architecture(customArchitecture(drop, found));
        } else {
            builder.preset(preset.get()).dropout(drop);
        }
        builder.maxFrames(autoFrames.get() ? TrainingConfig.AUTO_FRAMES
                : wholeNumber(frames, TOPOLOGY.frames(), FormField.FRAMES, found));
        String name = runName.get().strip();
        if (!name.isEmpty() && !RUN_NAME.matcher(name).matches()) {
            found.put("Run name: it becomes a folder name, so use letters, digits, spaces, '.', '_' and '-' "
                    + "(up to 100, starting with a letter or digit)", List.of(FormField.RUN_NAME));
        }
        return builder.build();
    }

    private ModelArchitecture customArchitecture(double drop, Map<String, List<FormField>> found) {
        List<Integer> filters = TOPOLOGY.convFilters();
        try {
            List<Integer> typed = Pattern.compile("\\s*,\\s*").splitAsStream(convFilters.get().strip())
                    .map(Integer::parseInt).toList();
            if (typed.size() == ModelArchitecture.CONV_LAYERS) {
                filters = typed;
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            found.put("filters: give " + ModelArchitecture.CONV_LAYERS + " whole numbers, e.g. 64, 128, 256",
                    List.of(FormField.SIZES));
        }
        int units = wholeNumber(lstmUnits, TOPOLOGY.lstmUnits(), FormField.SIZES, found);
        // The attention projections are as wide as the BLSTM output, as in both presets.
        int inputFrames = autoFrames.get() ? TOPOLOGY.frames() : wholeNumber(frames, TOPOLOGY.frames(), FormField.FRAMES, found);
        return new ModelArchitecture(TOPOLOGY.nMels(), inputFrames,
                filters, TOPOLOGY.convKernels(), wholeNumber(bottleneck, TOPOLOGY.bottleneck(), FormField.SIZES, found),
                units, TOPOLOGY.lstmLayers(), wholeNumber(heads, TOPOLOGY.heads(), FormField.SIZES, found),
                2 * units, drop);
    }

    private static double number(NumberField field, double fallback, FormField where, Map<String, List<FormField>> found) {
        return field.isValid() ? field.value().get() : note(field, fallback, where, found);
    }

    private static int wholeNumber(NumberField field, int fallback, FormField where, Map<String, List<FormField>> found) {
        if (!field.isValid()) {
            return note(field, fallback, where, found).intValue();
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, field.wholeValue()));
    }

    /** Records an unreadable field and stands in a valid value, so the rest of the form is still checked. */
    private static <N extends Number> N note(NumberField field, N fallback, FormField where,
                                             Map<String, List<FormField>> found) {
        found.put(field.problem().get(), List.of(where));
        return fallback;
    }

    /** What the form calls the configuration's fields, where it names them otherwise. */
    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("formatVersion", "Format"), Map.entry("targetCorpus", "Target corpus"),
            Map.entry("heldOutSpeakers", "Test speakers"), Map.entry("gamma", "γ (emotion)"),
            Map.entry("theta", "θ (speaker)"), Map.entry("gamma and theta", "γ and θ"),
            Map.entry("architecture", "Network"), Map.entry("architecture.dropout", "Dropout"), Map.entry("architecture.nMels", "The network's Mel bands"),
            Map.entry("architecture.frames", "The network's frames"), Map.entry("features", "Features"),
            Map.entry("maxFrames", "Frames per clip"), Map.entry("padValue", "Padding value"),
            Map.entry("epochs", "Epochs"), Map.entry("batchSize", "Batch"), Map.entry("optimiser", "Optimiser"),
            Map.entry("learningRate", "Learning rate"), Map.entry("validationSpeakers", "Validation speakers"),
            Map.entry("earlyStoppingPatience", "Early stopping"), Map.entry("warmupEpochs", "Warm-up epochs"),
            Map.entry("gradientClipNorm", "Gradient clipping"));
    private static final Pattern ADDED_SUBJECT = Pattern.compile("addedCorpora\\[(\\d+)](\\.fraction)?");

    /**
     * A problem as the form says it: its subject in the form's words, e.g. "Share of SAVEE (en, 112 clips) clips
     * must be between 0 and 1, got 1.5" for {@code addedCorpora[0].fraction}.
     */
    private String inWords(ConfigProblem problem) {
        Matcher added = ADDED_SUBJECT.matcher(problem.subject());
        List<AddedCorpusChoice> included = addedCorpora.stream().filter(c -> c.includedProperty().get()).toList();
        if (added.matches() && Integer.parseInt(added.group(1)) < included.size()) {
            String corpus = included.get(Integer.parseInt(added.group(1))).label();
            return (added.group(2) == null ? "Added corpus " + corpus : "Share of " + corpus + " clips")
                    + problem.complaint();
        }
        return SUBJECTS.getOrDefault(problem.subject(), problem.subject()) + problem.complaint();
    }

    /** Makes the run's fold plan (for {@link #plannedRunProperty()}); the reason when there can be none. */
    private Optional<String> planProblem() {
        List<Corpus> added = addedCorpora.stream().filter(c -> c.includedProperty().get())
                .map(AddedCorpusChoice::corpus).toList();
        try {
            madePlan = FoldPlan.of(config, target.get(), added);
            return Optional.empty();
        } catch (FoldPlanException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    // ---- outputs

    /** Whether the form makes a valid configuration that can be split into folds. */
    /** A valid form's run: its configuration and the folds it would train. */
    public record PlannedRun(TrainingConfig config, FoldPlan plan) {
    }

    /** The run the form describes; null while the form has problems. A new value whenever a choice changes. */
    public ReadOnlyObjectProperty<PlannedRun> plannedRunProperty() {
        return plannedRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Every problem, in the order of the form's fields; empty when valid. */
    public ObservableList<String> problems() {
        return readOnlyProblems;
    }

    /** The problems shown beside one field, one a line; empty when it has none. */
    public ReadOnlyStringProperty problemOf(FormField field) {
        return fieldProblems.get(field).getReadOnlyProperty();
    }

    /**
     * The configuration the form makes.
     *
     * @throws IllegalStateException when the form is not valid
     */
    public TrainingConfig config() {
        if (!valid.get()) {
            throw new IllegalStateException("the training form has problems: " + String.join("; ", problems));
        }
        return config;
    }

    /** The typed run name, or one made from the target, the configuration and {@code now}. */
    public String runName(LocalDateTime now) {
        String typed = runName.get().strip();
        if (!typed.isEmpty()) {
            return typed;
        }
        String corpus = target.get() == null ? "run" : target.get().kind().id();
        String kind = (config.theta() == 0 ? "single-task" : "multitask")
                + (config.addedCorpora().isEmpty() ? "" : "-cross-language");
        return corpus + "-" + kind + "-" + RUN_TIME.format(now);
    }

    // ---- inputs

    /** The corpora to choose from: the open ones, then folders chosen here. */
    public ObservableList<Corpus> corpora() {
        return readOnlyCorpora;
    }

    public ObjectProperty<Corpus> targetProperty() {
        return target;
    }

    /** Empty held-out speakers: one fold per speaker. */
    public BooleanProperty leaveOneSpeakerOutProperty() {
        return leaveOneSpeakerOut;
    }

    /** The target corpus's speakers, each with whether it is held out (used when not leave-one-speaker-out). */
    public ObservableList<SpeakerChoice> speakers() {
        return readOnlySpeakers;
    }

    /** The other corpora, each with whether it is added to training and the share of its clips. */
    public ObservableList<AddedCorpusChoice> addedCorpora() {
        return readOnlyAddedCorpora;
    }

    /** The first open corpus in another language than the target, which the cross-language presets add. */
    public ReadOnlyObjectProperty<Corpus> otherLanguageCorpusProperty() {
        return otherLanguageCorpus.getReadOnlyProperty();
    }

    public NumberField gamma() {
        return gamma;
    }

    public NumberField theta() {
        return theta;
    }

    /** Paper or compact fix the sizes (shown in the size fields); custom takes them from the fields. */
    public ObjectProperty<ArchitecturePreset> presetProperty() {
        return preset;
    }

    /** Whether the size fields are the user's to edit (preset custom). */
    public ReadOnlyBooleanProperty customSizesProperty() {
        return customSizes.getReadOnlyProperty();
    }

    /** The three convolutions' filters, comma-separated, e.g. "64, 128, 256". */
    public StringProperty convFiltersProperty() {
        return convFilters;
    }

    /** Frames per clip after cutting or padding, when not {@link #autoFramesProperty() auto}. */
    public NumberField frames() {
        return frames;
    }

    /** Whether the input is sized to the data (the longest clip, at most 256 frames). */
    public BooleanProperty autoFramesProperty() {
        return autoFrames;
    }

    /** The recipe the choices came from (recorded with the run; the choices themselves rule). */
    public ReadOnlyObjectProperty<Recipe> recipeProperty() {
        return recipe;
    }

    public ObjectProperty<Normalisation> normalisationProperty() {
        return normalisation;
    }

    /** Whether the network ignores padded frames. */
    public BooleanProperty maskPaddingProperty() {
        return maskPadding;
    }

    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
    }

    public NumberField warmupEpochs() {
        return warmupEpochs;
    }

    /** The largest gradient norm; 0 turns clipping off. */
    public NumberField clipNorm() {
        return clipNorm;
    }

    public NumberField bottleneck() {
        return bottleneck;
    }

    /** LSTM units per direction; the attention is twice as wide. */
    public NumberField lstmUnits() {
        return lstmUnits;
    }

    public NumberField heads() {
        return heads;
    }

    public NumberField epochs() {
        return epochs;
    }

    public NumberField batchSize() {
        return batchSize;
    }

    public NumberField learningRate() {
        return learningRate;
    }

    public NumberField dropout() {
        return dropout;
    }

    public NumberField seed() {
        return seed;
    }

    public ObjectProperty<ModelSelection> modelSelectionProperty() {
        return modelSelection;
    }

    /** The run folder's name under the runs folder; blank makes one up when training starts. */
    public StringProperty runNameProperty() {
        return runName;
    }
}
