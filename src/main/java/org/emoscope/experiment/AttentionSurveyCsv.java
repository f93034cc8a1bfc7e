package org.emoscope.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link AttentionSurvey} as three tables (written as the run files' CSV):
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

    public static CsvTable profiles(AttentionSurvey survey) {
        List<List<String>> rows = new ArrayList<>();
        eachGroup(survey, (grouping, group) -> {
            for (int bin = 0; bin < AttentionGroup.PROFILE_BINS; bin++) {
                rows.add(List.of(grouping, group.name(), Integer.toString(bin),
                        CsvTable.number(AttentionGroup.binCentre(bin, AttentionGroup.PROFILE_BINS)),
                        CsvTable.number(group.profileMean()[bin]), CsvTable.number(group.profileSd()[bin]),
                        Integer.toString(group.clips())));
            }
        });
        return new CsvTable(List.of("grouping", "group", "bin", "relative_time", "mean", "sd", "clips"), rows);
    }

    public static CsvTable peaks(AttentionSurvey survey) {
        List<List<String>> rows = new ArrayList<>();
        eachGroup(survey, (grouping, group) -> {
            for (int bin = 0; bin < AttentionGroup.PEAK_BINS; bin++) {
                rows.add(List.of(grouping, group.name(), CsvTable.number(bin / (double) AttentionGroup.PEAK_BINS),
                        CsvTable.number((bin + 1) / (double) AttentionGroup.PEAK_BINS),
                        CsvTable.number(group.peakShare()[bin])));
            }
        });
        return new CsvTable(List.of("grouping", "group", "from", "to", "share"), rows);
    }

    public static CsvTable clips(AttentionSurvey survey) {
        List<List<String>> rows = survey.clips().stream().map(clip -> List.of(clip.clipId(), clip.speaker(),
                clip.emotion(), clip.predicted(), CsvTable.number(clip.peakPosition()),
                CsvTable.number(clip.entropyRatio()), CsvTable.number(clip.topTenthMass()),
                CsvTable.number(clip.energyCorrelation()), CsvTable.number(clip.pitchCorrelation()))).toList();
        return new CsvTable(List.of("clip", "speaker", "emotion", "predicted", "peak_position", "entropy_ratio",
                "top_tenth_mass", "r_energy", "r_f0"), rows);
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
