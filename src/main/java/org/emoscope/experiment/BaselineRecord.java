package org.emoscope.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code baseline.json}, beside {@code config.json} in a baseline run: what the classifier was and what
 * it chose in every fold, for provenance. A network run has no such file. Immutable.
 *
 * @param model          {@link org.emoscope.training.baseline.BaselineSettings#MODEL}
 * @param library        the classifier library and version, e.g. "Smile 3.1.1"
 * @param classifier     the classifier and its optimiser, in words
 * @param inputs         what the classifier reads, in words
 * @param functionals    the per-band statistics, in feature order
 * @param deltaWindow    frames either side of the delta regression
 * @param featureCount   length of a clip's feature vector
 * @param normalisation  the log-Mel normalisation, as for a network run
 * @param lambdaRule     how each fold's λ was chosen
 * @param lambdas        the candidate λ
 * @param fallbackLambda λ when one is given or a fold cannot spare a speaker
 * @param tolerance      L-BFGS tolerance
 * @param maxIterations  L-BFGS iteration cap
 * @param folds          what each fold chose, in fold order
 */
public record BaselineRecord(String model, String library, String classifier, String inputs, List<String> functionals,
                             int deltaWindow, int featureCount, String normalisation, String lambdaRule,
                             List<Double> lambdas, double fallbackLambda, double tolerance, int maxIterations,
                             List<Fold> folds) {
    public static final String FILE = "baseline.json";

    public BaselineRecord {
        functionals = functionals == null ? List.of() : List.copyOf(functionals);
        lambdas = lambdas == null ? List.of() : List.copyOf(lambdas);
        folds = folds == null ? List.of() : List.copyOf(folds);
    }

    /**
     * One fold's choice.
     *
     * @param fold            the fold id
     * @param lambda          the λ of the model that predicted the test clips
     * @param validationUa    UA on the speakers λ was chosen on, for each candidate; empty when λ was fixed
     * @param selectedOn      those speakers; empty when λ was fixed
     * @param trainingClips   clips the final model was fitted on
     * @param seconds         wall time of the fold
     */
    public record Fold(String fold, double lambda, List<Candidate> validationUa, List<String> selectedOn,
                       int trainingClips, double seconds) {
        public Fold {
            selectedOn = selectedOn == null ? List.of() : List.copyOf(selectedOn);
            validationUa = validationUa == null ? List.of() : List.copyOf(validationUa);
        }
    }

    /** One candidate λ and the validation UA it reached. */
    public record Candidate(double lambda, double ua) {
    }

    /** Writes the record into a run folder, atomically. */
    void write(Path runDirectory) throws java.io.IOException {
        JsonFiles.write(runDirectory.resolve(FILE), this);
    }

    /** The record of a run, or empty when it is not a baseline run. */
    public static Optional<BaselineRecord> read(Path runDirectory) throws ExperimentFolderException {
        Path file = runDirectory.resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(JsonFiles.read(file, BaselineRecord.class)) : Optional.empty();
    }
}
