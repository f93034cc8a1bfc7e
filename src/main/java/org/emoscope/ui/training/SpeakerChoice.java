package org.emoscope.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A speaker of the target corpus and whether the form holds it out for testing. FX thread. */
public final class SpeakerChoice {
    private final String key;
    private final BooleanProperty heldOut = new SimpleBooleanProperty(false);

    SpeakerChoice(String key) {
        this.key = key;
    }

    /** The speaker key, e.g. {@code "emodb:03"}. */
    public String key() {
        return key;
    }

    public BooleanProperty heldOutProperty() {
        return heldOut;
    }

    @Override
    public String toString() {
        return key;
    }
}
