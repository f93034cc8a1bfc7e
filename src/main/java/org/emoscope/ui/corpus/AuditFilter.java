package org.emoscope.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.emoscope.experiment.Verdict;

/**
 * The corpus browser's audit-state filter: any clip, the selected run's test clips that have no
 * verdict yet, or those with one given verdict. Immutable; equal when they filter alike.
 */
public final class AuditFilter {
    public static final AuditFilter ANY = new AuditFilter("Any audit state", null, false);
    public static final AuditFilter UNAUDITED = new AuditFilter("Unaudited", null, true);

    private final String label;
    private final Verdict verdict;
    private final boolean unaudited;

    private AuditFilter(String label, Verdict verdict, boolean unaudited) {
        this.label = label;
        this.verdict = verdict;
        this.unaudited = unaudited;
    }

    /** The clips with {@code verdict}. */
    public static AuditFilter of(Verdict verdict) {
        String words = verdict.label();
        return new AuditFilter("Verdict " + words, Objects.requireNonNull(verdict), false);
    }

    /** Every filter, in menu order: any, unaudited, then one per verdict. */
    public static List<AuditFilter> choices() {
        List<AuditFilter> choices = new ArrayList<>(List.of(ANY, UNAUDITED));
        for (Verdict verdict : Verdict.values()) {
            choices.add(of(verdict));
        }
        return List.copyOf(choices);
    }

    /** What a menu shows, e.g. "Unaudited" or "Verdict model wrong". */
    public String label() {
        return label;
    }

    /**
     * @param tested  whether the selected run has a test prediction for the clip
     * @param verdict the clip's verdict, or null
     */
    boolean accepts(boolean tested, Verdict verdict) {
        if (unaudited) {
            return tested && verdict == null;
        }
        return this.verdict == null || this.verdict == verdict;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditFilter other && unaudited == other.unaudited && verdict == other.verdict;
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, unaudited);
    }

    @Override
    public String toString() {
        return label;
    }
}
