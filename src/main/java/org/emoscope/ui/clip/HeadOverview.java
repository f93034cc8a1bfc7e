package org.emoscope.ui.clip;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.emoscope.ui.controls.FxImages;
import org.emoscope.ui.controls.SelfAttentionImage;

/**
 * Every self-attention head as a small map (each scaled to its own largest weight), the chosen one
 * framed; clicking a map chooses that head. FX thread only.
 */
final class HeadOverview extends TilePane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final SelfAttentionViewModel heads;

    HeadOverview(SelfAttentionViewModel heads) {
        super(6, 6);
        this.heads = heads;
        getStyleClass().add("head-overview");
        setPrefColumns(4);
        heads.overview().addListener((ListChangeListener<SelfAttentionImage>) change -> show(heads.overview()));
        heads.selectedHeadProperty().addListener((obs, old, head) -> markSelected());
        show(heads.overview());
    }

    private void show(List<SelfAttentionImage> maps) {
        getChildren().setAll(maps.stream().map(this::tile).toList());
        markSelected();
    }

    private VBox tile(SelfAttentionImage map) {
        ImageView image = new ImageView(FxImages.of(map.image()));
        image.setFitWidth(SelfAttentionViewModel.THUMBNAIL_PIXELS);
        image.setFitHeight(SelfAttentionViewModel.THUMBNAIL_PIXELS);
        image.setSmooth(false);
        VBox tile = new VBox(2, image, new Label("head " + map.head()));
        tile.getStyleClass().add("head-tile");
        tile.setUserData(map.head());
        Tooltip.install(tile, new Tooltip("Show head " + map.head()));
        tile.setOnMouseClicked(event -> heads.selectHead(map.head()));
        return tile;
    }

    private void markSelected() {
        int selected = heads.selectedHeadProperty().get();
        getChildren().forEach(tile -> tile.pseudoClassStateChanged(SELECTED, tile.getUserData().equals(selected)));
    }

}
