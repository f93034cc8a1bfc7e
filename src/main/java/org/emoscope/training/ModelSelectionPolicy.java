package org.emoscope.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the epoch whose weights a fold keeps, and says when to stop early. The score is the
 * validation UA under {@link ModelSelection#VALIDATION} and the test UA under
 * {@link ModelSelection#TEST_ORACLE}; the highest wins, ties go to the earlier epoch, and epochs
 * without a score ({@code NaN}) are never chosen. Immutable and thread-safe.
 *
 * @param selection which score counts
 * @param patience  epochs without a better score after which training stops (as Keras'
 *                  {@code EarlyStopping}); 0 never stops early
 */
public record ModelSelectionPolicy(ModelSelection selection, int patience) {
    public ModelSelectionPolicy {
        Objects.requireNonNull(selection, "selection");
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0, got " + patience);
        }
    }

    /** The policy of a configuration: its model selection and early-stopping patience. */
    public static ModelSelectionPolicy of(TrainingConfig config) {
        return new ModelSelectionPolicy(config.modelSelection(), config.earlyStoppingPatience());
    }

    /** The score this policy ranks an epoch by (the epoch number itself under {@link ModelSelection#LAST_EPOCH}). */
    public double score(EpochSummary epoch) {
        return switch (selection) {
            case VALIDATION -> epoch.validationUa();
            case TEST_ORACLE -> epoch.testUa();
            case LAST_EPOCH -> epoch.epoch();
        };
    }

    /** The selected epoch among {@code history}; empty when no epoch has a score. */
    public Optional<EpochSummary> best(List<EpochSummary> history) {
        EpochSummary best = null;
        for (EpochSummary candidate : history) {
            if (isBetter(candidate, best)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code candidate} would be selected over every epoch of {@code earlier}. */
    public boolean isNewBest(List<EpochSummary> earlier, EpochSummary candidate) {
        Optional<EpochSummary> best = best(earlier);
        return best.isEmpty() ? !Double.isNaN(score(candidate)) : isBetter(candidate, best.get());
    }

    /**
     * Whether training should stop after the last epoch of {@code history}: patience is on and at
     * least {@code patience} epochs have passed since the selected one. Never stops while no epoch has a score.
     */
    public boolean shouldStop(List<EpochSummary> history) {
        if (patience == 0 || history.isEmpty()) {
            return false;
        }
        int last = history.stream().mapToInt(EpochSummary::epoch).max().orElseThrow();
        return best(history).map(best -> last - best.epoch() >= patience).orElse(false);
    }

    private boolean isBetter(EpochSummary candidate, EpochSummary incumbent) {
        double score = score(candidate);
        if (Double.isNaN(score)) {
            return false;
        }
        if (incumbent == null) {
            return true;
        }
        double incumbentScore = score(incumbent);
        return score > incumbentScore || (score == incumbentScore && candidate.epoch() < incumbent.epoch());
    }
}
