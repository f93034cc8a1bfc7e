package org.emoscope.training;

import java.time.Duration;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.model.ModelArchitecture;

/**
 * How long a run will take, from the training speed measured for its network on this machine. Every epoch of
 * every fold trains on the fold's training clips and then scores a probe of them, the validation clips and the
 * test clips; scoring a clip (a forward pass) costs about a third of training on it (forward and backward).
 * Feature extraction, which the cache makes a one-off, is not counted.
 *
 * @param duration           the estimate
 * @param trainedClips       clip passes of training in the whole run (clips × epochs × folds)
 * @param frames             the frames each clip is cut or padded to
 * @param clipsPerSecond     the measured training speed it rests on
 */
public record DurationEstimate(Duration duration, long trainedClips, int frames, double clipsPerSecond) {
    private static final double FORWARD_SHARE = 1 / 3.0;

    /**
     * @param trainingClipsPerSecond clips per second of training steps of {@link #network} at the config's batch
     */
    public static DurationEstimate of(TrainingConfig config, FoldPlan plan, double trainingClipsPerSecond) {
        double clipSeconds = 0;
        long trained = 0;
        for (Fold fold : plan.folds()) {
            int training = fold.trainingClips().size();
            int scored = Math.min(Trainer.TRAIN_PROBE_CLIPS, training) + fold.validationClips().size()
                    + (fold.validationIsTest() ? 0 : fold.testClips().size());
            trained += (long) training * config.epochs();
            clipSeconds += config.epochs() * (training + FORWARD_SHARE * scored);
        }
        long seconds = Math.round(clipSeconds / trainingClipsPerSecond);
        return new DurationEstimate(Duration.ofSeconds(seconds), trained, inputFrames(config, plan), trainingClipsPerSecond);
    }

    /** The network whose speed the estimate needs: the config's, at the frames the run will use. */
    public static ModelArchitecture network(TrainingConfig config, FoldPlan plan) {
        return ArchitecturePreset.withFrames(config.architecture(), inputFrames(config, plan));
    }

    /** The frames the run will use, from the clips' durations (as training finds them from their features). */
    static int inputFrames(TrainingConfig config, FoldPlan plan) {
        MelSpectrogramConfig features = config.features();
        int longest = plan.clips().stream()
                .mapToInt(clip -> features.frameCount((int) Math.round(clip.seconds() * features.sampleRate())))
                .max().orElse(1);
        return Trainer.inputFrames(config, longest);
    }

    /** E.g. "about 23 min", "about 2 h 10 min", "under a minute". */
    public String describe() {
        long minutes = Math.round(duration.toSeconds() / 60.0);
        if (minutes < 1) {
            return "under a minute";
        }
        return minutes < 60 ? "about " + minutes + " min" : "about " + minutes / 60 + " h " + minutes % 60 + " min";
    }
}
