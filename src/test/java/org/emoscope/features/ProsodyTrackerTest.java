package org.emoscope.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProsodyTrackerTest {
    private static final int RATE = 16_000;

    @Test
    void steadyTonesAreTrackedWithinAFewCents() {
        for (double hz : new double[] {60, 110, 220, 440}) {
            ProsodyContour contour = ProsodyTracker.track(tone(hz, 1.0, 0.5), RATE);
            // Frames whose window reaches past the clip's ends see part silence; inside, every frame is voiced.
            for (int frame = 5; frame < contour.frames() - 5; frame++) {
                assertThat(contour.voiced(frame)).as("%s Hz, frame %d voiced", hz, frame).isTrue();
                assertThat(cents(contour.f0Hz()[frame], hz)).as("%s Hz, frame %d", hz, frame).isLessThan(5);
            }
        }
    }

    @Test
    void anExponentialSweepIsFollowedWithinOnePercent() {
        // 100 → 400 Hz over 2 s: two octaves, the range of an excited voice.
        double start = 100;
        double end = 400;
        double seconds = 2;
        double rate = Math.log(end / start) / seconds;
        float[] samples = new float[(int) (seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            double t = i / (double) RATE;
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * start * (Math.exp(rate * t) - 1) / rate));
        }
        ProsodyContour contour = ProsodyTracker.track(samples, RATE);
        for (int frame = 5; frame < contour.frames() - 5; frame++) {
            double expected = start * Math.exp(rate * contour.seconds(frame));
            assertThat(contour.f0Hz()[frame] / expected).as("frame %d (%.0f Hz)", frame, expected)
                    .isCloseTo(1, within(0.01));
        }
    }

    @Test
    void silenceAndNoiseAreUnvoicedAndTheLevelIsRmsInDbfs() {
        float[] clip = new float[RATE * 2];
        float[] tone = tone(200, 0.5, 1.0);
        System.arraycopy(tone, 0, clip, RATE / 2, tone.length);
        Random random = new Random(3);
        for (int i = RATE * 3 / 2; i < clip.length; i++) {
            clip[i] = (float) (0.3 * random.nextGaussian());
        }
        ProsodyContour contour = ProsodyTracker.track(clip, RATE);

        assertThat(contour.frames()).isEqualTo(200);
        assertThat(contour.seconds(100)).isEqualTo(1.0, within(1e-12));
        assertThat(contour.voiced(20)).as("digital silence").isFalse();
        assertThat(contour.energyDb()[20]).isEqualTo(ProsodyTracker.FLOOR_DB);
        assertThat(contour.voiced(75)).as("the tone").isTrue();
        // A full-scale sine's RMS is 1/√2, −3.01 dBFS.
        assertThat(contour.energyDb()[75]).isCloseTo(-3.01f, within(0.05f));
        long voicedNoise = IntStream.range(155, 200).filter(contour::voiced).count();
        assertThat(voicedNoise).as("voiced frames of white noise").isLessThanOrEqualTo(2);
        assertThat(contour.medianF0()).isCloseTo(200, within(1.0));
    }

    @Test
    void speechAgreesWithAnIndependentAutocorrelationReference() throws IOException {
        float[] speech = Fixtures.readPcm16Mono(Fixtures.resource("speech16k.wav"));
        ProsodyContour contour = ProsodyTracker.track(speech, RATE);
        List<String> reference = Files.readAllLines(Fixtures.resource("speech16k_f0_reference.csv")).subList(1, 166);
        assertThat(contour.frames()).isEqualTo(reference.size());

        int bothVoiced = 0;
        int withinOnePercent = 0;
        int withinFivePercent = 0;
        int sameDecision = 0;
        for (int frame = 0; frame < reference.size(); frame++) {
            String[] fields = reference.get(frame).split(",", -1);
            boolean referenceVoiced = !fields[1].isEmpty();
            sameDecision += referenceVoiced == contour.voiced(frame) ? 1 : 0;
            if (referenceVoiced && contour.voiced(frame)) {
                double error = Math.abs(contour.f0Hz()[frame] / Double.parseDouble(fields[1]) - 1);
                bothVoiced++;
                withinOnePercent += error < 0.01 ? 1 : 0;
                withinFivePercent += error < 0.05 ? 1 : 0;
            }
        }
        // The two methods differ by 1–4 % where F0 moves fast inside the 50-ms window (voicing onsets and
        // offsets), and the reference jumps to 580 Hz on two frames of a voiced fricative; elsewhere they agree.
        assertThat(bothVoiced).as("frames both call voiced").isGreaterThanOrEqualTo(80);
        assertThat(withinOnePercent / (double) bothVoiced).as("share of those within 1 %").isGreaterThanOrEqualTo(0.8);
        assertThat(withinFivePercent / (double) bothVoiced).as("share within 5 % (no octave errors)")
                .isGreaterThanOrEqualTo(0.95);
        assertThat(sameDecision / (double) reference.size()).as("frames with the same voicing decision")
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void anEmptyClipHasAnEmptyContour() {
        ProsodyContour contour = ProsodyTracker.track(new float[0], RATE);
        assertThat(contour.frames()).isZero();
        assertThat(contour.voicedShare()).isZero();
        assertThat(contour.medianF0()).isNaN();
    }

    private static float[] tone(double hz, double seconds, double amplitude) {
        float[] samples = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return samples;
    }

    private static double cents(double measured, double expected) {
        return Math.abs(1200 * Math.log(measured / expected) / Math.log(2));
    }
}
