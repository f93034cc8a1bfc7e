package org.emoscope.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An {@link AttentionSurvey} as three CSV tables (RFC 4180, CRLF, NaN as an empty field, as the run files):
 * <ul>
 * <li>{@code attention-profiles.csv}: {@code grouping,group,bin,relative_time,mean,sd,clips} — the mean profile of
 *     α relative to even, per emotion, per speaker and over all clips;</li>
 * <li>{@code attention-peaks.csv}: {@code grouping,group,from,to,share} — the share of clips whose heaviest step lies
 *     in each tenth of relative time;</li>
 * <li>{@code attention-clips.csv}: {@code clip,speaker,emotion,predicted,peak_position,entropy_ratio,top_tenth_mass,
 *     r_energy,r_f0} — one row per clip.</li>
 * </ul>
 * Stateless.
 */
public final class AttentionSurveyCsv {
    public static final String PROFILES = "attention-profiles.csv";
    public static final String PEAKS = "attention-peaks.csv";
    public static final String CLIPS = "attention-clips.csv";

    private AttentionSurveyCsv() {
    }

    public static String profiles(AttentionSurvey survey) {
        StringBuilder csv = new StringBuilder(CsvFormat.record(List.of("grouping", "group", "bin", "relative_time",
                "mean", "sd", "clips")));
        eachGroup(survey, (grouping, group) -> {
            for (int bin = 0; bin < AttentionGroup.PROFILE_BINS; bin++) {
                csv.append(CsvFormat.record(List.of(grouping, group.name(), Integer.toString(bin),
                        CsvFormat.number(AttentionGroup.binCentre(bin, AttentionGroup.PROFILE_BINS)),
                        CsvFormat.number(group.profileMean()[bin]), CsvFormat.number(group.profileSd()[bin]),
                        Integer.toString(group.clips()))));
            }
        });
        return csv.toString();
    }

    public static String peaks(AttentionSurvey survey) {
        StringBuilder csv = new StringBuilder(CsvFormat.record(List.of("grouping", "group", "from", "to", "share")));
        eachGroup(survey, (grouping, group) -> {
            for (int bin = 0; bin < AttentionGroup.PEAK_BINS; bin++) {
                csv.append(CsvFormat.record(List.of(grouping, group.name(),
                        CsvFormat.number(bin / (double) AttentionGroup.PEAK_BINS),
                        CsvFormat.number((bin + 1) / (double) AttentionGroup.PEAK_BINS),
                        CsvFormat.number(group.peakShare()[bin]))));
            }
        });
        return csv.toString();
    }

    public static String clips(AttentionSurvey survey) {
        StringBuilder csv = new StringBuilder(CsvFormat.record(List.of("clip", "speaker", "emotion", "predicted",
                "peak_position", "entropy_ratio", "top_tenth_mass", "r_energy", "r_f0")));
        for (ClipAttention clip : survey.clips()) {
            List<String> fields = new ArrayList<>(List.of(clip.clipId(), clip.speaker(), clip.emotion(), clip.predicted()));
            for (Function<ClipAttention, Double> figure : List.<Function<ClipAttention, Double>>of(
                    ClipAttention::peakPosition, ClipAttention::entropyRatio, ClipAttention::topTenthMass,
                    ClipAttention::energyCorrelation, ClipAttention::pitchCorrelation)) {
                fields.add(CsvFormat.number(figure.apply(clip)));
            }
            csv.append(CsvFormat.record(fields));
        }
        return csv.toString();
    }

    private interface GroupVisitor {
        void visit(String grouping, AttentionGroup group);
    }

    private static void eachGroup(AttentionSurvey survey, GroupVisitor visitor) {
        visitor.visit("all", survey.all());
        survey.byEmotion().forEach(group -> visitor.visit("emotion", group));
        survey.bySpeaker().forEach(group -> visitor.visit("speaker", group));
    }
}
