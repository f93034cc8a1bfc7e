package org.emoscope.ui.training;

import java.io.File;
import java.time.Duration;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.emoscope.corpus.Corpus;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.training.LearningRateSchedule;
import org.emoscope.training.ModelSelection;
import org.emoscope.training.Normalisation;
import org.emoscope.training.Recipe;
import org.emoscope.ui.controls.Converters;

/**
 * The Training workspace: the form on the left (every problem beside its field and listed below,
 * Start disabled while there is one), progress, backend badge and live curves on the right.
 * FX thread.
 */
public final class TrainingView extends SplitPane {
    /** How long quitting waits for a cancelled training to reach its checkpoint boundary. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final TrainingViewModel viewModel;
    private final TrainingForm form;

    public TrainingView(TrainingViewModel viewModel) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
        getStyleClass().add("training-view");
        ScrollPane formScroll = new ScrollPane(formContent());
        formScroll.setFitToWidth(true);
        // Problems and Start stay in sight below the scrolling form.
        VBox actions = new VBox(8, problemList(), startButtons());
        actions.setPadding(new Insets(8, 10, 10, 10));
        actions.getStyleClass().add("form-actions");
        BorderPane formPane = new BorderPane(formScroll, null, null, actions, null);
        formPane.setMinWidth(380);
        getItems().addAll(formPane, runPane());
        setDividerPositions(0.42);
    }

    /**
     * For {@code stage.setOnCloseRequest}: while a training runs, asks whether to stop it and quit or
     * keep training. Stopping waits in the background for the trainer to reach a batch boundary (the
     * run is marked cancelled and keeps its last checkpoint), then closes the window.
     */
    public void confirmClose(WindowEvent event) {
        if (!viewModel.runningProperty().get()) {
            return;
        }
        event.consume();
        Window window = (Window) event.getSource();
        ButtonType stop = new ButtonType("Stop training and quit", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep training", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Stopping waits for the current batch, marks the run cancelled and keeps its last checkpoint, "
                        + "so it can be resumed from the Results list later.", stop, keep);
        alert.initOwner(window);
        alert.setTitle("Training in progress");
        alert.setHeaderText("A training is running (" + viewModel.currentRunProperty().get().getFileName() + ").");
        if (alert.showAndWait().orElse(keep) == stop) {
            viewModel.stopThen(STOP_WAIT, window::hide);
        }
    }

    // ---- the form

    private Node formContent() {
        VBox content = new VBox(10,
                recipes(),
                paperConfigurations(),
                section("Data", dataGrid()),
                section("Input", inputGrid()),
                section("Loss weights", lossGrid()),
                section("Network", networkGrid()),
                section("Schedule and model selection", scheduleGrid()),
                section("Run", runGrid()));
        content.setPadding(new Insets(10));
        return content;
    }

    private Node recipes() {
        FlowPane buttons = new FlowPane(6, 6);
        for (Recipe recipe : Recipe.values()) {
            Button button = new Button(recipe == Recipe.DEFAULT ? "Emoscope default" : "Paper, exactly");
            button.setId("training-recipe-" + recipe.label());
            button.setOnAction(event -> form.applyRecipe(recipe));
            button.setTooltip(new Tooltip(recipe == Recipe.DEFAULT
                    ? "Input sized to the data, padding masked, per-speaker statistics (transductive), warm-up and "
                            + "cosine decay, gradient clipping, 40 epochs, last epoch kept: learns in minutes on a CPU"
                    : "Fu et al.: 256 frames, padding as input, training-fold statistics, constant RMSProp 1e-3, "
                            + "batch 64, 300 epochs, one validation speaker"));
            buttons.getChildren().add(button);
        }
        Label current = new Label();
        current.textProperty().bind(Bindings.createStringBinding(() -> "from the " + form.recipeProperty().get().label()
                + " recipe", form.recipeProperty()));
        current.getStyleClass().add("placeholder");
        buttons.getChildren().add(current);
        return section("Recipe", buttons);
    }

    private GridPane inputGrid() {
        GridPane grid = grid();
        CheckBox auto = new CheckBox("auto: the longest clip, at most 256");
        auto.setId("training-auto-frames");
        auto.selectedProperty().bindBidirectional(form.autoFramesProperty());
        TextField frames = numberText(form.frames(), "training-frames");
        frames.disableProperty().bind(form.autoFramesProperty());
        HBox framesRow = new HBox(8, auto, frames);
        framesRow.setAlignment(Pos.CENTER_LEFT);
        row(grid, 0, "Frames per clip", framesRow, problemLabel(form.problemOf(FormField.FRAMES)));
        CheckBox mask = new CheckBox("ignore padded frames");
        mask.setId("training-mask-padding");
        mask.setTooltip(new Tooltip("Both LSTM directions, the self-attention and the pooling see only the clip's "
                + "audio. Off: the padding (−1) is input like audio, as in the paper."));
        mask.selectedProperty().bindBidirectional(form.maskPaddingProperty());
        row(grid, 1, "Padding", mask);
        ChoiceBox<Normalisation> normalisation = new ChoiceBox<>();
        normalisation.setId("training-normalisation");
        normalisation.getItems().setAll(Normalisation.values());
        normalisation.valueProperty().bindBidirectional(form.normalisationProperty());
        normalisation.setConverter(Converters.labels(n -> switch (n) {
            case TRAINING_FOLD -> "training-fold statistics";
            case PER_SPEAKER -> "per speaker (transductive)";
            case PER_UTTERANCE -> "per utterance";
        }, null));
        normalisation.setTooltip(new Tooltip("Which statistics standardise each Mel band. Per speaker uses the test "
                + "speaker's unlabelled audio for its own clips (transductive); every result says which was used."));
        row(grid, 2, "Normalisation", normalisation);
        return grid;
    }

    private Node paperConfigurations() {
        FlowPane buttons = new FlowPane(6, 6);
        for (PaperConfiguration paper : PaperConfiguration.values()) {
            Button button = new Button(paper.label());
            button.setOnAction(event -> form.applyPaperConfiguration(paper));
            button.disableProperty().bind(paper.addsOtherLanguage()
                    ? form.otherLanguageCorpusProperty().isNull() : form.targetProperty().isNull());
            button.setTooltip(new Tooltip(paperTooltip(paper)));
            buttons.getChildren().add(button);
        }
        return section("The paper's configurations", buttons);
    }

    private static String paperTooltip(PaperConfiguration paper) {
        return switch (paper) {
            case SINGLE_TASK -> "Emotion loss only: γ = 1, θ = 0";
            case MULTITASK -> "Emotion and speaker loss: γ = 1, θ = 1";
            case CROSS_LANGUAGE -> "γ = 1, θ = 0, with every clip of the open corpus in the other language added";
            case MULTITASK_CROSS_LANGUAGE -> "γ = 1, θ = 1, with every clip of the open corpus in the other language added";
        };
    }

    private GridPane dataGrid() {
        GridPane grid = grid();
        ComboBox<Corpus> target = new ComboBox<>(form.corpora());
        target.setId("training-target");
        target.valueProperty().bindBidirectional(form.targetProperty());
        target.setConverter(Converters.labels(TrainingForm::describe));
        target.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Corpus corpus, boolean empty) {
                super.updateItem(corpus, empty);
                setText(empty || corpus == null ? null : TrainingForm.describe(corpus));
                setTooltip(empty || corpus == null ? null : new Tooltip(corpus.root().toString()));
            }
        });
        target.setPromptText("Open a corpus first");
        target.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(target, Priority.ALWAYS);
        Button folder = new Button("Folder…");
        folder.setTooltip(new Tooltip("Train on a SAVEE or EMO-DB folder that is not open in the Corpus tab"));
        folder.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose a SAVEE or EMO-DB folder to test on");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.openTargetFolder(chosen.toPath());
            }
        });
        row(grid, 0, "Target corpus", new HBox(6, target, folder),
                problemLabel(form.problemOf(FormField.TARGET)), problemLabel(viewModel.folderProblemProperty()));

        ToggleGroup folds = new ToggleGroup();
        RadioButton loso = new RadioButton("Leave one speaker out (one fold per speaker)");
        RadioButton heldOut = new RadioButton("Test only the ticked speakers (one fold):");
        loso.setToggleGroup(folds);
        heldOut.setToggleGroup(folds);
        heldOut.setId("training-held-out");
        (form.leaveOneSpeakerOutProperty().get() ? loso : heldOut).setSelected(true);
        loso.selectedProperty().addListener((obs, old, selected) -> form.leaveOneSpeakerOutProperty().set(selected));
        form.leaveOneSpeakerOutProperty().addListener((obs, old, now) -> (now ? loso : heldOut).setSelected(true));
        FlowPane speakers = new FlowPane(10, 4);
        speakers.setPadding(new Insets(0, 0, 0, 24));
        speakers.setId("training-speakers");
        form.speakers().addListener((ListChangeListener<SpeakerChoice>) change -> showSpeakers(speakers));
        showSpeakers(speakers);
        row(grid, 1, "Test speakers", new VBox(4, loso, heldOut, speakers), problemLabel(form.problemOf(FormField.HELD_OUT)));

        VBox added = new VBox(4);
        form.addedCorpora().addListener((ListChangeListener<AddedCorpusChoice>) change -> showAddedCorpora(added));
        showAddedCorpora(added);
        row(grid, 2, "Added corpora", added, problemLabel(form.problemOf(FormField.ADDED_CORPORA)));
        return grid;
    }

    private void showSpeakers(FlowPane pane) {
        pane.getChildren().setAll(form.speakers().stream().map(speaker -> {
            CheckBox box = new CheckBox(speaker.key());
            box.selectedProperty().bindBidirectional(speaker.heldOutProperty());
            box.disableProperty().bind(form.leaveOneSpeakerOutProperty());
            return box;
        }).toList());
    }

    private void showAddedCorpora(VBox pane) {
        if (form.addedCorpora().isEmpty()) {
            Label none = new Label("Open another corpus (e.g. the other language) to add its clips to training.");
            none.getStyleClass().add("placeholder");
            none.setWrapText(true);
            pane.getChildren().setAll(none);
            return;
        }
        pane.getChildren().setAll(form.addedCorpora().stream().map(choice -> {
            CheckBox include = new CheckBox(choice.label());
            include.selectedProperty().bindBidirectional(choice.includedProperty());
            Label share = new Label("share of clips");
            Slider slider = slider(choice.fraction(), 0, 1);
            slider.setPrefWidth(140);
            TextField text = numberText(choice.fraction());
            HBox mix = new HBox(6, share, slider, text);
            mix.setAlignment(Pos.CENTER_LEFT);
            mix.setPadding(new Insets(0, 0, 0, 24));
            mix.disableProperty().bind(choice.includedProperty().not());
            return new VBox(2, include, mix);
        }).toList());
    }

    private GridPane lossGrid() {
        GridPane grid = grid();
        row(grid, 0, "γ (emotion)", sliderWithText(form.gamma(), 0, 2), problemLabel(form.problemOf(FormField.GAMMA)));
        row(grid, 1, "θ (speaker)", sliderWithText(form.theta(), 0, 2), problemLabel(form.problemOf(FormField.THETA)));
        Label hint = new Label("Loss = γ·L_emotion + θ·L_speaker; θ = 0 trains the emotion head only.");
        hint.getStyleClass().add("placeholder");
        hint.setWrapText(true);
        grid.add(hint, 1, 2);
        return grid;
    }

    private GridPane networkGrid() {
        GridPane grid = grid();
        ChoiceBox<ArchitecturePreset> preset = new ChoiceBox<>();
        preset.setId("training-preset");
        preset.getItems().setAll(ArchitecturePreset.values());
        preset.valueProperty().bindBidirectional(form.presetProperty());
        preset.setConverter(Converters.labels(ArchitecturePreset::label, ArchitecturePreset::fromLabel));
        row(grid, 0, "Preset", preset);

        TextField filters = new TextField();
        filters.setId("training-filters");
        filters.textProperty().bindBidirectional(form.convFiltersProperty());
        filters.setPrefColumnCount(12);
        filters.setTooltip(new Tooltip("Output channels of the three convolutions"));
        GridPane sizes = new GridPane();
        sizes.setHgap(6);
        sizes.setVgap(4);
        sizes.addRow(0, new Label("filters"), filters, new Label("heads"), numberText(form.heads(), "training-heads"));
        sizes.addRow(1, new Label("bottleneck"), numberText(form.bottleneck(), "training-bottleneck"),
                new Label("LSTM units"), numberText(form.lstmUnits(), "training-lstm-units"));
        sizes.disableProperty().bind(form.customSizesProperty().not());
        Tooltip.install(sizes, new Tooltip("Choose preset 'custom' to change the sizes; the attention is 2 × LSTM units wide"));
        row(grid, 1, "Sizes", sizes, problemLabel(form.problemOf(FormField.SIZES)));
        row(grid, 2, "Dropout", numberText(form.dropout()), problemLabel(form.problemOf(FormField.DROPOUT)));
        return grid;
    }

    private GridPane scheduleGrid() {
        GridPane grid = grid();
        row(grid, 0, "Epochs", numberText(form.epochs(), "training-epochs"),
                problemLabel(form.problemOf(FormField.EPOCHS)));
        row(grid, 1, "Batch size", numberText(form.batchSize(), "training-batch-size"),
                problemLabel(form.problemOf(FormField.BATCH_SIZE)));
        row(grid, 2, "Learning rate", numberText(form.learningRate()),
                problemLabel(form.problemOf(FormField.LEARNING_RATE)));
        ChoiceBox<LearningRateSchedule> schedule = new ChoiceBox<>();
        schedule.setId("training-schedule");
        schedule.getItems().setAll(LearningRateSchedule.values());
        schedule.valueProperty().bindBidirectional(form.scheduleProperty());
        schedule.setConverter(Converters.labels(s -> s == LearningRateSchedule.CONSTANT ? "constant" : "warm-up + cosine", null));
        schedule.setTooltip(new Tooltip("Warm-up + cosine: a linear rise over the warm-up epochs, then a half cosine "
                + "down to 0 at the last step"));
        TextField warmup = numberText(form.warmupEpochs(), "training-warmup");
        warmup.setPrefColumnCount(4);
        warmup.disableProperty().bind(form.scheduleProperty().isEqualTo(LearningRateSchedule.CONSTANT));
        HBox scheduleRow = new HBox(8, schedule, new Label("warm-up epochs"), warmup);
        scheduleRow.setAlignment(Pos.CENTER_LEFT);
        row(grid, 3, "LR schedule", scheduleRow, problemLabel(form.problemOf(FormField.SCHEDULE)));
        TextField clip = numberText(form.clipNorm(), "training-clip-norm");
        clip.setTooltip(new Tooltip("A step whose gradient is longer (L2 norm over all weights) is scaled down to it; 0: off"));
        row(grid, 4, "Gradient clip", clip);
        row(grid, 5, "Seed", numberText(form.seed()), problemLabel(form.problemOf(FormField.SEED)));
        ChoiceBox<ModelSelection> selection = new ChoiceBox<>();
        selection.getItems().setAll(ModelSelection.values());
        selection.valueProperty().bindBidirectional(form.modelSelectionProperty());
        selection.setConverter(Converters.labels(s -> switch (s) {
            case LAST_EPOCH -> "last epoch (no validation speaker needed)";
            case VALIDATION -> "validation speaker (honest)";
            case TEST_ORACLE -> "test-oracle (the paper's, optimistic)";
        }, null));
        selection.setTooltip(new Tooltip("Which epoch's weights each fold keeps: the last one, the best on a held-back "
                + "validation speaker, or the best on the test speaker itself as in the paper"));
        row(grid, 6, "Model selection", selection, problemLabel(form.problemOf(FormField.MODEL_SELECTION)));
        return grid;
    }

    private GridPane runGrid() {
        GridPane grid = grid();
        TextField name = new TextField();
        name.setId("training-run-name");
        name.textProperty().bindBidirectional(form.runNameProperty());
        name.setPromptText("automatic: corpus-configuration-date-time");
        Label where = new Label("A new folder in the runs folder.");
        where.getStyleClass().add("placeholder");
        row(grid, 0, "Run name", new VBox(2, name, where), problemLabel(form.problemOf(FormField.RUN_NAME)));
        return grid;
    }

    private Node problemList() {
        Label title = new Label();
        title.textProperty().bind(Bindings.size(form.problems()).asString("Problems to fix before starting (%d)"));
        title.getStyleClass().add("form-section-title");
        VBox lines = new VBox(2);
        form.problems().addListener((ListChangeListener<String>) change -> showProblems(lines));
        showProblems(lines);
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(110);
        scroll.getStyleClass().add("problem-scroll");
        VBox box = new VBox(4, title, scroll);
        box.getStyleClass().add("problem-list");
        box.visibleProperty().bind(form.validProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showProblems(VBox lines) {
        lines.getChildren().setAll(form.problems().stream().map(problem -> {
            Label line = new Label("• " + problem);
            line.setWrapText(true);
            line.getStyleClass().add("field-problem");
            return line;
        }).toList());
    }

    private Node startButtons() {
        Button start = new Button("Start training");
        start.setId("training-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(viewModel.canStartProperty().not());
        start.setOnAction(event -> viewModel.start());
        Button cancel = new Button("Cancel");
        cancel.setId("training-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.setTooltip(new Tooltip("Stops at the next batch; the run keeps its last checkpoint and can be resumed"));
        HBox buttons = new HBox(8, start, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label estimate = new Label();
        estimate.setId("training-estimate");
        estimate.textProperty().bind(viewModel.estimateProperty());
        estimate.setWrapText(true);
        return new VBox(4, buttons, estimate);
    }

    // ---- progress and curves

    private Node runPane() {
        Label status = new Label();
        status.setId("training-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("training-status");

        ProgressBar bar = new ProgressBar();
        bar.setId("training-progress");
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label eta = new Label();
        eta.textProperty().bind(viewModel.etaProperty());
        eta.setMinWidth(Region.USE_PREF_SIZE);
        HBox progressRow = new HBox(8, bar, eta);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        Label progressText = new Label();
        progressText.setId("training-progress-text");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox details = new HBox(8, progressText, spacer, backendBadge());
        details.setAlignment(Pos.CENTER_LEFT);
        VBox progress = new VBox(6, progressRow, details);
        progress.visibleProperty().bind(viewModel.currentRunProperty().isNotNull()
                .or(viewModel.finishedRunProperty().isNotNull()));
        progress.managedProperty().bind(progress.visibleProperty());

        Label curvesTitle = new Label();
        curvesTitle.textProperty().bind(viewModel.curvesTitleProperty());
        curvesTitle.getStyleClass().add("form-section-title");
        TrainingCurves curves = new TrainingCurves(viewModel.curvePoints());
        VBox.setVgrow(curves, Priority.ALWAYS);

        VBox pane = new VBox(8, status, progress, curvesTitle, curves);
        pane.setPadding(new Insets(10));
        return pane;
    }

    /** The backend that really trains; squeezed before the progress text is, with the whole of it in a tooltip. */
    private Node backendBadge() {
        Label badge = new Label();
        badge.textProperty().bind(Bindings.when(viewModel.backendProperty().isEmpty())
                .then("Backend: loading…")
                .otherwise(Bindings.concat("Backend: ", viewModel.backendProperty())));
        badge.getStyleClass().add("backend-badge");
        badge.setMinWidth(120);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.concat(badge.textProperty(), "\n", viewModel.backendWarningProperty()));
        badge.setTooltip(whole);
        viewModel.backendProperty().addListener((obs, old, now) -> {
            badge.getStyleClass().removeAll("gpu", "warning");
            if (now.startsWith("GPU")) {
                badge.getStyleClass().add("gpu");
            }
            if (!viewModel.backendWarningProperty().get().isEmpty()) {
                badge.getStyleClass().add("warning");
            }
        });
        return badge;
    }


    // ---- helpers

    private static Node section(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("form-section-title");
        VBox section = new VBox(6, label, content);
        section.getStyleClass().add("form-section");
        return section;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** A labelled field with its problem labels under it. */
    private static void row(GridPane grid, int row, String label, Node field, Label... problems) {
        Label name = new Label(label);
        GridPane.setValignment(name, VPos.TOP);
        name.setPadding(new Insets(4, 0, 0, 0));
        VBox cell = new VBox(3, field);
        cell.getChildren().addAll(List.of(problems));
        grid.addRow(row, name, cell);
    }

    private static Label problemLabel(ReadOnlyStringProperty problem) {
        Label label = new Label();
        label.textProperty().bind(problem);
        label.setWrapText(true);
        label.getStyleClass().add("field-problem");
        label.visibleProperty().bind(problem.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static TextField numberText(NumberField field) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.text());
        text.setPrefColumnCount(6);
        text.setMaxWidth(Region.USE_PREF_SIZE);
        return text;
    }

    private static TextField numberText(NumberField field, String id) {
        TextField text = numberText(field);
        text.setId(id);
        return text;
    }

    private static Node sliderWithText(NumberField field, double min, double max) {
        HBox box = new HBox(8, slider(field, min, max), numberText(field));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * A slider that moves the field in steps of 0.01 and follows it. Not bound both ways: a slider
     * clamps its value, which would rewrite a typed number outside its range.
     */
    private static Slider slider(NumberField field, double min, double max) {
        Slider slider = new Slider(min, max, field.value().get());
        slider.setMajorTickUnit((max - min) / 4);
        slider.setShowTickMarks(true);
        slider.setPrefWidth(180);
        boolean[] following = {false};
        field.value().addListener((obs, old, now) -> {
            following[0] = true;
            slider.setValue(now.doubleValue());
            following[0] = false;
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!following[0]) {
                field.value().set(Math.round(now.doubleValue() * 100) / 100.0);
            }
        });
        return slider;
    }
}
