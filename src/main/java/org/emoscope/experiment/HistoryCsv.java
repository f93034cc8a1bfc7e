package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code history.csv}: one record per epoch, columns named by {@link #HEADER}. Reading finds
 * columns by name, so added or reordered columns do no harm; a missing score column reads as NaN,
 * a missing {@code selected} as false. Stateless and thread-safe.
 */
final class HistoryCsv {
    static final List<String> HEADER = List.of("fold", "epoch", "gamma_emotion_loss", "theta_speaker_loss",
            "total_loss", "train_wa", "train_ua", "val_wa", "val_ua", "speaker_accuracy", "seconds", "selected", "test_wa", "test_ua");

    private HistoryCsv() {
    }

    static String format(List<EpochSummary> rows) {
        StringBuilder csv = new StringBuilder(CsvFormat.record(HEADER));
        for (EpochSummary r : rows) {
            csv.append(CsvFormat.record(List.of(r.foldId(), Integer.toString(r.epoch()),
                    CsvFormat.number(r.gammaLossEmotion()), CsvFormat.number(r.thetaLossSpeaker()),
                    CsvFormat.number(r.totalLoss()), CsvFormat.number(r.trainWa()), CsvFormat.number(r.trainUa()),
                    CsvFormat.number(r.validationWa()), CsvFormat.number(r.validationUa()),
                    CsvFormat.number(r.trainSpeakerAccuracy()), CsvFormat.number(r.seconds()), Boolean.toString(r.selected()), CsvFormat.number(r.testWa()),
                    CsvFormat.number(r.testUa()))));
        }
        return csv.toString();
    }

    static List<EpochSummary> parse(String text, Path file) throws ExperimentFolderException {
        List<List<String>> records = CsvFormat.parse(text, file);
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0);
        for (int c = 0; c < header.size(); c++) {
            columns.putIfAbsent(header.get(c), c);
        }
        for (String required : List.of("fold", "epoch")) {
            if (!columns.containsKey(required)) {
                throw new ExperimentFolderException(file, "the header has no \"" + required + "\" column: " + header);
            }
        }
        List<EpochSummary> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            rows.add(new Row(records.get(r), columns, file, "record " + (r + 1)).toEpochSummary());
        }
        return rows;
    }

    /** One parsed record, looking its fields up by column name. */
    private record Row(List<String> fields, Map<String, Integer> columns, Path file, String where) {

        EpochSummary toEpochSummary() throws ExperimentFolderException {
            return new EpochSummary(text("fold"), CsvFormat.parseInt(text("epoch"), file, where, "epoch"),
                    number("gamma_emotion_loss"), number("theta_speaker_loss"), number("total_loss"),
                    number("train_wa"), number("train_ua"), number("val_wa"), number("val_ua"),
                    number("test_wa"), number("test_ua"), number("speaker_accuracy"), number("seconds"),
                    Boolean.parseBoolean(text("selected")));
        }

        private String text(String column) throws ExperimentFolderException {
            Integer index = columns.get(column);
            if (index == null) {
                return "";
            }
            if (index >= fields.size()) {
                throw new ExperimentFolderException(file, where + ": has " + fields.size() + " fields, the header "
                        + columns.size());
            }
            return fields.get(index);
        }

        private double number(String column) throws ExperimentFolderException {
            return CsvFormat.parseNumber(text(column), file, where, column);
        }
    }
}
