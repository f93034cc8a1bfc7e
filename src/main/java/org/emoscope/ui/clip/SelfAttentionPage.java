package org.emoscope.ui.clip;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emoscope.ui.controls.SelfAttentionImage;
import org.emoscope.ui.controls.SelfAttentionView;

/**
 * The clip view's self-attention page: a head chooser (1..H), the head's map with a read-out of the
 * weight under the mouse, and beside it every head small ({@link HeadOverview}). FX thread only;
 * data from the {@link SelfAttentionViewModel}.
 */
final class SelfAttentionPage extends BorderPane {
    private final SelfAttentionViewModel heads;
    private final SelfAttentionView map = new SelfAttentionView();

    SelfAttentionPage(SelfAttentionViewModel heads) {
        this.heads = heads;
        getStyleClass().add("self-attention-page");
        setTop(controls());
        Label caption = new Label("All heads, each scaled to its own largest weight; click one to show it");
        caption.getStyleClass().add("placeholder");
        caption.setWrapText(true);
        caption.visibleProperty().bind(heads.headCountProperty().greaterThan(0));
        VBox overview = new VBox(4, caption, new HeadOverview(heads));
        overview.setPadding(new Insets(0, 8, 0, 8));
        HBox.setHgrow(overview, Priority.ALWAYS);
        setCenter(new HBox(8, map, overview));
        Label hover = new Label();
        hover.textProperty().bind(Bindings.createStringBinding(() -> map.hoverTextProperty().get().isEmpty()
                ? "Point at the map to read a weight" : map.hoverTextProperty().get(), map.hoverTextProperty()));
        hover.getStyleClass().add("hover-readout");
        setBottom(hover);
        setMargin(hover, new Insets(0, 0, 4, 8));
        heads.imageProperty().addListener((obs, old, image) -> show());
        heads.messageProperty().addListener((obs, old, message) -> show());
        show();
    }

    private HBox controls() {
        SpinnerValueFactory.IntegerSpinnerValueFactory numbers =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, Math.max(1, heads.headCountProperty().get()),
                        heads.selectedHeadProperty().get());
        heads.headCountProperty().addListener((obs, old, count) -> numbers.setMax(Math.max(1, count.intValue())));
        heads.selectedHeadProperty().addListener((obs, old, head) -> numbers.setValue(head.intValue()));
        numbers.valueProperty().addListener((obs, old, head) -> {
            if (head != null) {
                heads.selectHead(head);
            }
        });
        Spinner<Integer> head = new Spinner<>(numbers);
        head.setPrefWidth(72);
        head.disableProperty().bind(heads.headCountProperty().isEqualTo(0));
        Label of = new Label();
        of.textProperty().bind(Bindings.createStringBinding(() -> "of " + heads.headCountProperty().get(),
                heads.headCountProperty()));
        Label share = new Label();
        share.getStyleClass().add("placeholder");
        share.textProperty().bind(Bindings.createStringBinding(() -> {
            SelfAttentionImage image = heads.imageProperty().get();
            return image == null ? heads.messageProperty().get() : String.format(Locale.ROOT,
                    "Each row sums to 1 over the model's %d steps; %.0f %% of it lands on this clip, "
                            + "the rest on the padding after it", image.steps().steps(), 100 * image.shareOnClip());
        }, heads.imageProperty(), heads.messageProperty()));
        share.setWrapText(true);
        HBox.setHgrow(share, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label("Head"), head, of, share);
        controls.getStyleClass().add("tool-bar-row");
        return controls;
    }

    private void show() {
        SelfAttentionImage image = heads.imageProperty().get();
        if (image != null) {
            map.setMap(image);
        } else {
            map.showMessage(heads.messageProperty().get());
        }
    }
}
