package org.emoscope.ui.audit;

import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.emoscope.experiment.Verdict;

/**
 * The audit bar under the clip view: the run's prediction for the clip, four verdict toggles
 * (keys 1–4), a note, the save status, and export. Clicking the chosen verdict again clears it.
 */
public final class AuditView extends HBox {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private final TextField note = new TextField();

    public AuditView(AuditViewModel viewModel) {
        getStyleClass().addAll("audit-bar", "status-bar");
        setSpacing(6);

        Label title = new Label("Audit");
        title.getStyleClass().add("audit-title");
        title.setMinWidth(Region.USE_PREF_SIZE);

        Label hint = new Label();
        hint.textProperty().bind(viewModel.hintProperty());
        hint.setId("audit-hint");
        hint.getStyleClass().add("audit-hint");
        hint.setMinWidth(120);

        ToggleGroup verdicts = new ToggleGroup();
        HBox buttons = new HBox(4);
        Verdict[] values = Verdict.values();
        for (int i = 0; i < values.length; i++) {
            buttons.getChildren().add(verdictButton(values[i], i + 1, verdicts, viewModel));
        }
        followEachOther(verdicts, viewModel);

        note.setId("audit-note");
        note.setPromptText("Note (N)");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        note.disableProperty().bind(viewModel.editableProperty().not());
        note.setPrefColumnCount(14);
        HBox.setHgrow(note, Priority.ALWAYS);

        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setId("audit-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip details = new Tooltip();
        details.textProperty().bind(viewModel.problemsProperty());
        status.tooltipProperty().bind(Bindings.when(viewModel.problemsProperty().isEmpty())
                .then((Tooltip) null).otherwise(details));
        viewModel.problemsProperty().addListener((obs, old, problems) ->
                status.pseudoClassStateChanged(PROBLEM, !problems.isEmpty()));

        Button export = new Button("Export…");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(Bindings.not(viewModel.exportableProperty()));
        export.setTooltip(new Tooltip("Save this run's verdicts and notes as CSV"));
        export.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the verdicts of " + viewModel.runName());
            chooser.setInitialFileName(viewModel.runName() + "-audit.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                viewModel.exportTo(file.toPath());
            }
        });

        getChildren().addAll(title, hint, buttons, note, status, export);
    }

    /** Gives the note field the keyboard focus, when it can be edited. */
    public void focusNote() {
        if (!note.isDisabled()) {
            note.requestFocus();
        }
    }

    /** The style class that colours a verdict wherever it is shown, e.g. {@code verdict-model-wrong}. */
    public static String styleClass(Verdict verdict) {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ToggleButton verdictButton(Verdict verdict, int key, ToggleGroup group, AuditViewModel viewModel) {
        Label keycap = new Label(Integer.toString(key));
        keycap.getStyleClass().add("keycap");
        String label = verdict.label();
        ToggleButton button = new ToggleButton(label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1),
                keycap);
        button.setUserData(verdict);
        button.setId("audit-" + styleClass(verdict));
        button.setToggleGroup(group);
        button.getStyleClass().addAll("verdict", styleClass(verdict));
        button.setTooltip(new Tooltip("Key " + key + "; click again to clear"));
        button.disableProperty().bind(viewModel.editableProperty().not());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** The selected toggle and the view model's verdict follow each other. */
    private static void followEachOther(ToggleGroup group, AuditViewModel viewModel) {
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            Verdict chosen = toggle == null ? null : (Verdict) toggle.getUserData();
            if (chosen != viewModel.verdictProperty().get()) {
                viewModel.verdictProperty().set(chosen);
            }
        });
        viewModel.verdictProperty().addListener((obs, old, verdict) -> selectToggle(group, verdict));
        selectToggle(group, viewModel.verdictProperty().get());
    }

    private static void selectToggle(ToggleGroup group, Verdict verdict) {
        group.getToggles().stream().filter(t -> t.getUserData() == verdict).findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
    }
}
