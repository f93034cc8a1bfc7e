package org.emoscope.ui.training;

import java.nio.file.Path;
import org.emoscope.training.TrainingConfig;

/** The paper's four configurations, each made by its {@link TrainingConfig} factory. */
public enum PaperConfiguration {
    SINGLE_TASK("Single task", false),
    MULTITASK("Multitask", false),
    CROSS_LANGUAGE("Cross-language", true),
    MULTITASK_CROSS_LANGUAGE("Multitask cross-language", true);

    private final String label;
    private final boolean addsOtherLanguage;

    PaperConfiguration(String label, boolean addsOtherLanguage) {
        this.label = label;
        this.addsOtherLanguage = addsOtherLanguage;
    }

    public String label() {
        return label;
    }

    /** Whether it trains on a corpus of another language too. */
    public boolean addsOtherLanguage() {
        return addsOtherLanguage;
    }

    /** The configuration; {@code otherLanguage} is used only by the cross-language ones. */
    TrainingConfig config(Path target, Path otherLanguage) {
        return switch (this) {
            case SINGLE_TASK -> TrainingConfig.singleTask(target);
            case MULTITASK -> TrainingConfig.multitask(target);
            case CROSS_LANGUAGE -> TrainingConfig.crossLanguage(target, otherLanguage);
            case MULTITASK_CROSS_LANGUAGE -> TrainingConfig.multitaskCrossLanguage(target, otherLanguage);
        };
    }
}
