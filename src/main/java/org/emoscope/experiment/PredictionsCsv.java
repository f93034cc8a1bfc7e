package org.emoscope.experiment;

import org.emoscope.evaluation.Prediction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code predictions.csv}: header {@code corpus,clip,fold,speaker,true,predicted,prob_<label>...}, one
 * record per prediction: the corpus folder the clip path is relative to, true and predicted classes
 * as label names, probabilities in label order. Files written before the corpus column (header from
 * {@code clip}) read the same. Stateless and thread-safe.
 */
final class PredictionsCsv {
    private static final String CORPUS = "corpus";
    private static final List<String> FIXED = List.of("clip", "fold", "speaker", "true", "predicted");
    private static final String PROBABILITY_PREFIX = "prob_";

    private PredictionsCsv() {
    }

    /** @param corpus the folder of the corpus the clips were tested from, written on every record */
    static String format(List<String> labels, List<Prediction> predictions, Path corpus) {
        if (new HashSet<>(labels).size() != labels.size() || labels.isEmpty()) {
            throw new IllegalArgumentException("labels must be non-empty and distinct: " + labels);
        }
        List<String> header = new ArrayList<>(List.of(CORPUS));
        header.addAll(FIXED);
        labels.forEach(label -> header.add(PROBABILITY_PREFIX + label));
        StringBuilder csv = new StringBuilder(CsvFormat.record(header));
        for (Prediction p : predictions) {
            double[] probabilities = p.probabilities();
            if (probabilities.length != labels.size()) {
                throw new IllegalArgumentException(p.clipId() + ": " + probabilities.length
                        + " probabilities for " + labels.size() + " labels " + labels);
            }
            List<String> fields = new ArrayList<>(List.of(corpus.toString(), p.clipId(), p.foldId(), p.speaker(),
                    labels.get(p.trueClass()), labels.get(p.predictedClass())));
            for (double probability : probabilities) {
                fields.add(CsvFormat.number(probability));
            }
            csv.append(CsvFormat.record(fields));
        }
        return csv.toString();
    }

    static PredictionTable parse(String text, Path file) throws ExperimentFolderException {
        List<List<String>> records = CsvFormat.parse(text, file);
        if (records.isEmpty()) {
            throw new ExperimentFolderException(file, "is empty (no header)");
        }
        // The corpus column is informative: the run's environment.json decides which clips are its own.
        int skip = !records.get(0).isEmpty() && records.get(0).get(0).equals(CORPUS) ? 1 : 0;
        List<String> labels = labels(records.get(0).subList(skip, records.get(0).size()), file);
        Map<String, Integer> classOf = new HashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            classOf.put(labels.get(c), c);
        }
        List<Prediction> predictions = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r).subList(Math.min(skip, records.get(r).size()), records.get(r).size());
            String where = "record " + (r + 1);
            if (fields.size() != FIXED.size() + labels.size()) {
                throw new ExperimentFolderException(file, where + ": has " + fields.size() + " fields, the header "
                        + (FIXED.size() + labels.size()));
            }
            double[] probabilities = new double[labels.size()];
            for (int c = 0; c < probabilities.length; c++) {
                probabilities[c] = CsvFormat.parseNumber(fields.get(FIXED.size() + c), file, where,
                        "probability of " + labels.get(c));
            }
            predictions.add(new Prediction(fields.get(0), fields.get(1), fields.get(2),
                    classIndex(classOf, fields.get(3), file, where), classIndex(classOf, fields.get(4), file, where),
                    probabilities));
        }
        return new PredictionTable(labels, predictions);
    }

    private static List<String> labels(List<String> header, Path file) throws ExperimentFolderException {
        if (header.size() <= FIXED.size() || !header.subList(0, FIXED.size()).equals(FIXED)) {
            throw new ExperimentFolderException(file, "the header must start with " + FIXED
                    + " and name at least one probability column, but is " + header);
        }
        List<String> labels = new ArrayList<>();
        for (String column : header.subList(FIXED.size(), header.size())) {
            if (!column.startsWith(PROBABILITY_PREFIX)) {
                throw new ExperimentFolderException(file, "header column \"" + column + "\" is not "
                        + PROBABILITY_PREFIX + "<label>");
            }
            labels.add(column.substring(PROBABILITY_PREFIX.length()));
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new ExperimentFolderException(file, "the header names a label twice: " + labels);
        }
        return labels;
    }

    private static int classIndex(Map<String, Integer> classOf, String label, Path file, String where)
            throws ExperimentFolderException {
        Integer index = classOf.get(label);
        if (index == null) {
            throw new ExperimentFolderException(file, where + ": class \"" + label + "\" is not among the labels "
                    + classOf.keySet());
        }
        return index;
    }
}
