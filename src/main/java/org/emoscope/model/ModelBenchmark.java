package org.emoscope.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures the network's training and inference speed on random input of the right shape, and
 * ND4J's own single-precision matrix multiply on the same machine (the practical ceiling). Runs on
 * the calling thread; takes tens of seconds to minutes for the paper preset.
 */
public final class ModelBenchmark {
    private static final int EMOTIONS = 7;
    private static final int SPEAKERS = 10;
    private static final int SGEMM_SIZE = 1024;

    /** Training figures; GFLOP/s counted with {@link FlopCount}. */
    public record TrainingFigures(int batch, int steps, double secondsPerStep, double samplesPerSecond,
                                  double gflopPerClip, double achievedGflops, double sgemmGflops,
                                  double peakRssMegabytes, double firstStepRssMegabytes, double halfwayRssMegabytes,
                                  double lastStepRssMegabytes) {
        public double shareOfSgemm() {
            return achievedGflops / sgemmGflops;
        }
    }

    /** Inference figures. */
    public record InferenceFigures(int batch, double millisecondsPerClip, double peakRssMegabytes) {
    }

    public TrainingFigures training(ModelArchitecture architecture, int batch, int steps) throws IOException {
        float[][][] clips = randomClips(architecture, batch);
        int[] emotions = new int[batch];
        int[] speakers = new int[batch];
        for (int i = 0; i < batch; i++) {
            emotions[i] = i % EMOTIONS;
            speakers[i] = i % SPEAKERS;
        }
        Batch data = new Batch(clips, emotions, speakers);
        double firstRss;
        double halfwayRss = Double.NaN;
        double lastRss;
        long start;
        long end;
        try (EmotionNet net = EmotionNet.create(architecture, EMOTIONS, SPEAKERS, 1)) {
            net.trainStep(data, 1, 1, 1e-4);  // builds the gradient graph: not timed
            firstRss = rssMegabytes("VmRSS");
            start = System.nanoTime();
            for (int i = 1; i <= steps; i++) {
                net.trainStep(data, 1, 1, 1e-4);
                if (i == steps / 2) {
                    // Reading /proc takes microseconds against a step of 0.1–10 s; a leak shows as halfway < last.
                    halfwayRss = rssMegabytes("VmRSS");
                }
            }
            end = System.nanoTime();
            lastRss = rssMegabytes("VmRSS");
        }
        double seconds = (end - start) / 1e9 / steps;
        double gflop = FlopCount.trainingPerClip(architecture, EMOTIONS, SPEAKERS) / 1e9;
        double samplesPerSecond = batch / seconds;
        return new TrainingFigures(batch, steps, seconds, samplesPerSecond, gflop, gflop * samplesPerSecond,
                sgemmGflops(), rssMegabytes("VmHWM"), firstRss, halfwayRss, lastRss);
    }

    public InferenceFigures inference(ModelArchitecture architecture, int batch, int repeats) throws IOException {
        float[][][] clips = randomClips(architecture, batch);
        long start;
        try (EmotionNet net = EmotionNet.create(architecture, EMOTIONS, SPEAKERS, 1)) {
            net.predict(clips, Batch.fullLengths(clips), false);
            start = System.nanoTime();
            for (int i = 0; i < repeats; i++) {
                net.predict(clips, Batch.fullLengths(clips), false);
            }
        }
        double millisecondsPerClip = (System.nanoTime() - start) / 1e6 / repeats / batch;
        return new InferenceFigures(batch, millisecondsPerClip, rssMegabytes("VmHWM"));
    }

    /** The network's float32 GEMM ({@link Gemm}) on square matrices: best of a few runs after a warm-up. */
    public static double sgemmGflops() {
        try (INDArray a = Nd4j.rand(DataType.FLOAT, SGEMM_SIZE, SGEMM_SIZE);
             INDArray b = Nd4j.rand(DataType.FLOAT, SGEMM_SIZE, SGEMM_SIZE);
             INDArray c = Nd4j.create(DataType.FLOAT, SGEMM_SIZE, SGEMM_SIZE)) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                Gemm.into(a, false, b, false, c, 1f, 0f);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            return 2.0 * SGEMM_SIZE * SGEMM_SIZE * SGEMM_SIZE / best / 1e9;
        }
    }

    private static float[][][] randomClips(ModelArchitecture architecture, int batch) {
        SplittableRandom random = new SplittableRandom(7);
        float[][][] clips = new float[batch][architecture.nMels()][architecture.frames()];
        for (float[][] clip : clips) {
            for (float[] band : clip) {
                for (int t = 0; t < band.length; t++) {
                    band[t] = (float) random.nextGaussian();
                }
            }
        }
        return clips;
    }

    /** A line of /proc/self/status in MB (VmRSS: now, VmHWM: peak); NaN where there is no /proc. */
    private static double rssMegabytes(String field) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith(field + ":"))
                .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0)
                .findFirst().orElse(Double.NaN);
    }
}
