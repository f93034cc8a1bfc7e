package org.emoscope.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.emoscope.evaluation.MeanSd;

/**
 * The attention of a group of clips (one emotion, one speaker): its mean profile over relative time with the
 * spread between clips, where the peaks fall, how concentrated α is, and whether it follows loudness or pitch.
 * Clips without counted steps (see {@link ClipAttention}) are counted in {@code clips} but add no figure.
 *
 * @param name              the emotion or speaker
 * @param clips             how many clips the group has
 * @param profileMean       per bin of relative time ({@link #PROFILE_BINS} equal bins from 0 to 1), the mean over clips
 *                          of α relative to even attention there (1 = even)
 * @param profileSd         the sample standard deviation over clips per bin
 * @param peakShare         per {@link #PEAK_BINS} equal bins of relative time, the share of clips whose heaviest step
 *                          lies there
 * @param peakPosition      the relative time of the heaviest step, over clips
 * @param entropyRatio      α's entropy relative to uniform, over clips
 * @param topTenthMass      the share of α on the heaviest 10 % of steps, over clips (0.1 for even attention)
 * @param energyCorrelation r(α, energy), over clips
 * @param pitchCorrelation  r(α, F0), over the clips where it is defined
 */
public record AttentionGroup(String name, int clips, double[] profileMean, double[] profileSd, double[] peakShare,
                             MeanSd peakPosition, MeanSd entropyRatio, MeanSd topTenthMass, MeanSd energyCorrelation,
                             MeanSd pitchCorrelation) {
    public static final int PROFILE_BINS = 20;
    public static final int PEAK_BINS = 10;

    /** The figures of {@code members}, all of one group. */
    public static AttentionGroup of(String name, List<ClipAttention> members) {
        List<ClipAttention> counted = members.stream().filter(clip -> clip.position().length > 0).toList();
        double[][] profiles = counted.stream().map(AttentionGroup::profile).toArray(double[][]::new);
        double[] mean = new double[PROFILE_BINS];
        double[] sd = new double[PROFILE_BINS];
        for (int bin = 0; bin < PROFILE_BINS; bin++) {
            int column = bin;
            MeanSd figures = MeanSd.of(Arrays.stream(profiles).mapToDouble(profile -> profile[column]).toArray());
            mean[bin] = figures.mean();
            sd[bin] = figures.sd();
        }
        double[] peaks = new double[PEAK_BINS];
        for (ClipAttention clip : counted) {
            peaks[Math.min(PEAK_BINS - 1, (int) (clip.peakPosition() * PEAK_BINS))] += 1.0 / counted.size();
        }
        return new AttentionGroup(name, members.size(), mean, sd, peaks, figure(counted, ClipAttention::peakPosition),
                figure(counted, ClipAttention::entropyRatio), figure(counted, ClipAttention::topTenthMass),
                figure(counted, ClipAttention::energyCorrelation), figure(counted, ClipAttention::pitchCorrelation));
    }

    /** The centre of profile bin {@code bin} in relative time. */
    public static double binCentre(int bin, int bins) {
        return (bin + 0.5) / bins;
    }

    /** One clip's relative weights at the profile bins' centres, interpolated linearly between its steps. */
    static double[] profile(ClipAttention clip) {
        double[] position = clip.position();
        double[] weight = clip.relativeWeight();
        double[] profile = new double[PROFILE_BINS];
        for (int bin = 0; bin < PROFILE_BINS; bin++) {
            double t = binCentre(bin, PROFILE_BINS);
            int after = 0;
            while (after < position.length && position[after] < t) {
                after++;
            }
            if (after == 0) {
                profile[bin] = weight[0];
            } else if (after == position.length) {
                profile[bin] = weight[position.length - 1];
            } else {
                double from = position[after - 1];
                double share = position[after] > from ? (t - from) / (position[after] - from) : 0;
                profile[bin] = weight[after - 1] + share * (weight[after] - weight[after - 1]);
            }
        }
        return profile;
    }

    private static MeanSd figure(List<ClipAttention> clips, ToDoubleFunction<ClipAttention> value) {
        return MeanSd.of(clips.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).toArray());
    }
}
