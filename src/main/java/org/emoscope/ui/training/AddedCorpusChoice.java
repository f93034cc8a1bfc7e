package org.emoscope.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.emoscope.corpus.Corpus;
import org.emoscope.training.AddedCorpus;

/**
 * An open corpus that the form may add to the training data, with the share of its clips added
 * (the language mix). FX thread.
 */
public final class AddedCorpusChoice {
    private final Corpus corpus;
    private final BooleanProperty included = new SimpleBooleanProperty(false);
    private final NumberField fraction;

    AddedCorpusChoice(Corpus corpus) {
        this.corpus = corpus;
        this.fraction = NumberField.decimal(corpus.kind().displayName() + " share", AddedCorpus.WHOLE);
    }

    public Corpus corpus() {
        return corpus;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** The share of the corpus's clips added, in [0, 1]. */
    public NumberField fraction() {
        return fraction;
    }

    /** E.g. "EMO-DB (de, 112 clips)". */
    public String label() {
        return TrainingForm.describe(corpus);
    }
}
