package org.emoscope.training.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import smile.classification.LogisticRegression;

/**
 * How the baseline's logistic regression is fitted. Smile minimises the summed negative
 * log-likelihood plus {@code ½·λ·‖W‖²} (the intercepts are not penalised) with L-BFGS; the inputs
 * are standardised with the training clips' mean and standard deviation first, so one λ means the
 * same for every feature.
 *
 * <p>λ rule: with more than one candidate, each fold chooses λ on speakers it neither tests nor
 * fits the candidates on, by the best UA (ties go to the larger λ). A fold with validation speakers
 * (model selection {@code validation}) uses them, the speakers a network of the same configuration picks
 * its epoch on, and keeps the model fitted on its training clips, as the network does. A fold without
 * (the default recipe's {@code last_epoch}, or {@code test_oracle}) holds one training speaker of the
 * target corpus back, the next after the test speaker in sorted order, chooses λ on it, and refits on
 * all its training clips. The test speaker never chooses λ. {@link #fallbackLambda} is used when a
 * single λ is given or no speaker can be spared. Immutable.
 *
 * @param lambdas        the candidate L2 weights, each ≥ 0, at least one
 * @param fallbackLambda λ when a single one is given, or when a fold cannot spare a speaker to choose on
 * @param tolerance      L-BFGS convergence tolerance, positive
 * @param maxIterations  L-BFGS iteration cap, positive
 */
public record BaselineSettings(List<Double> lambdas, double fallbackLambda, double tolerance, int maxIterations) {
    /** What {@code config.json} says the run's model is; {@link #isBaseline} recognises it. */
    public static final String MODEL = "baseline: logistic regression on log-Mel functionals";
    /** The candidate λ of {@link #defaults()}: one decade apart around the fallback. */
    public static final List<Double> DEFAULT_LAMBDAS = List.of(10.0, 100.0, 1000.0, 10000.0);
    public static final double DEFAULT_FALLBACK_LAMBDA = 1000.0;
    public static final double DEFAULT_TOLERANCE = 1e-5;
    public static final int DEFAULT_MAX_ITERATIONS = 500;

    public BaselineSettings {
        lambdas = List.copyOf(lambdas);
    }

    public static BaselineSettings defaults() {
        return new BaselineSettings(DEFAULT_LAMBDAS, DEFAULT_FALLBACK_LAMBDA, DEFAULT_TOLERANCE,
                DEFAULT_MAX_ITERATIONS);
    }

    /** These settings with one fixed λ: no selection, every fold uses {@code lambda}. */
    public BaselineSettings withFixedLambda(double lambda) {
        return new BaselineSettings(List.of(lambda), lambda, tolerance, maxIterations);
    }

    /** These settings choosing among {@code candidates} (one candidate: fixed). */
    public BaselineSettings withLambdas(List<Double> candidates) {
        return candidates.size() == 1 ? withFixedLambda(candidates.get(0))
                : new BaselineSettings(candidates, fallbackLambda, tolerance, maxIterations);
    }

    /** Whether folds with validation speakers choose λ among several. */
    public boolean selectsLambda() {
        return lambdas.size() > 1;
    }

    /** Every problem at once; empty when the settings can be used. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (lambdas.isEmpty()) {
            problems.add("at least one λ is needed");
        }
        for (double lambda : lambdas) {
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                problems.add("λ must be a finite number ≥ 0, got " + lambda);
            }
        }
        if (!(fallbackLambda >= 0) || Double.isInfinite(fallbackLambda)) {
            problems.add("the fallback λ must be a finite number ≥ 0, got " + fallbackLambda);
        }
        if (!(tolerance > 0)) {
            problems.add("the tolerance must be positive, got " + tolerance);
        }
        if (maxIterations < 1) {
            problems.add("at least one iteration is needed, got " + maxIterations);
        }
        return problems;
    }

    /** The rule that picks each fold's λ, in words, for {@code metrics.json} and the run's files. */
    public String lambdaRule() {
        if (!selectsLambda()) {
            return "fixed λ " + format(fallbackLambda);
        }
        return "λ with the best UA among " + lambdas.stream().map(BaselineSettings::format)
                .collect(Collectors.joining(", ")) + " on a speaker neither tested nor fitted on (the fold's"
                + " validation speaker, else one training speaker held back), ties to the larger λ";
    }

    /** The classifier library and its version, e.g. "Smile 3.1.1". */
    public static String library() {
        String version = LogisticRegression.class.getPackage().getImplementationVersion();
        return "Smile " + (version == null ? "(unknown version)" : version);
    }

    static String format(double lambda) {
        return lambda == Math.rint(lambda) && Math.abs(lambda) < 1e15
                ? String.format(Locale.ROOT, "%d", (long) lambda) : String.format(Locale.ROOT, "%g", lambda);
    }

    /** Whether a run's {@code model} description (from {@code config.json}) is a baseline's. */
    public static boolean isBaseline(String model) {
        return model != null && model.startsWith("baseline");
    }
}
