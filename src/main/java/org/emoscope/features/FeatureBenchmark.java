package org.emoscope.features;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.Resampler;
import org.emoscope.audio.WavWriter;

/**
 * Measures feature-extraction throughput: log-Mel alone on 8-s 16 kHz clips, and the whole
 * pipeline (decode + resample + log-Mel, no cache) on 8-s 16 kHz and 44.1 kHz files, on one thread
 * and on one thread per core. Every workload is warmed up first; each figure is taken over at least
 * {@link #MEASURE_SECONDS} of wall-clock time. Runs on the calling thread (plus its own workers).
 */
public final class FeatureBenchmark {
    static final double WARM_UP_SECONDS = 1.5;
    static final double MEASURE_SECONDS = 3.0;
    private static final int CLIP_SECONDS = 8;
    private static final int CLIP_VARIANTS = 4;

    /** Wall-clock throughputs in clips per second; {@code Double.NaN} where not measured. */
    public record Figures(int cores, double melClipsPerSecondCore, double pipeline16kClipsPerSecondCore,
                          double pipeline44kClipsPerSecondCore, double pipeline44kClipsPerSecondAllCores,
                          double resample44kMillisecondsPerClip, int filesClips,
                          double filesClipsPerSecondCore, double filesClipsPerSecondAllCores) {
    }

    /** One unit of measured work. */
    @FunctionalInterface
    private interface Work {
        void run(int index) throws IOException, AudioFormatException;
    }

    private final MelSpectrogramConfig config = MelSpectrogramConfig.paper();
    private final int cores = Runtime.getRuntime().availableProcessors();

    /**
     * @param scratch a folder for the generated benchmark WAV files
     * @param files   real audio files to push through the pipeline too (may be empty)
     */
    public Figures run(Path scratch, List<Path> files) throws IOException, AudioFormatException {
        List<float[]> clips16k = syntheticClips(16_000);
        List<float[]> clips44k = syntheticClips(44_100);
        List<Path> files16k = write(scratch, "bench16k", clips16k, 16_000);
        List<Path> files44k = write(scratch, "bench44k", clips44k, 44_100);
        LogMelSpectrogram logMel = new LogMelSpectrogram(config);
        ClipFeatureExtractor pipeline = ClipFeatureExtractor.uncached(config);
        Resampler resampler = Resampler.between(44_100, 16_000);

        Work mel = i -> logMel.compute(clips16k.get(i % CLIP_VARIANTS));
        Work resample = i -> resampler.resample(clips44k.get(i % CLIP_VARIANTS));
        Work pipeline16k = i -> pipeline.logMel(files16k.get(i % CLIP_VARIANTS));
        Work pipeline44k = i -> pipeline.logMel(files44k.get(i % CLIP_VARIANTS));
        Work realFiles = i -> pipeline.logMel(files.get(i % files.size()));
        // Warm every code path up before measuring any, so no figure pays for another's JIT compilation.
        for (Work work : files.isEmpty() ? List.of(mel, resample, pipeline44k) : List.of(mel, resample, pipeline44k, realFiles)) {
            runFor(1, work, WARM_UP_SECONDS);
        }
        double filesCore = files.isEmpty() ? Double.NaN : runFor(1, realFiles, MEASURE_SECONDS);
        double filesAll = files.isEmpty() ? Double.NaN : runFor(cores, realFiles, MEASURE_SECONDS);
        return new Figures(cores, runFor(1, mel, MEASURE_SECONDS), runFor(1, pipeline16k, MEASURE_SECONDS),
                runFor(1, pipeline44k, MEASURE_SECONDS), runFor(cores, pipeline44k, MEASURE_SECONDS),
                1000 / runFor(1, resample, MEASURE_SECONDS), files.size(), filesCore, filesAll);
    }

    /** Speech-band noise with a syllable-rate envelope: realistic spectra, nothing cacheable. */
    private static List<float[]> syntheticClips(int sampleRate) {
        SplittableRandom random = new SplittableRandom(sampleRate);
        List<float[]> clips = new ArrayList<>();
        for (int v = 0; v < CLIP_VARIANTS; v++) {
            float[] samples = new float[CLIP_SECONDS * sampleRate];
            double lowPassed = 0;
            for (int i = 0; i < samples.length; i++) {
                lowPassed = 0.8 * lowPassed + 0.2 * (random.nextDouble() * 2 - 1);
                double envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4.0 * i / sampleRate + v);
                samples[i] = (float) (0.3 * envelope * lowPassed
                        + 0.1 * Math.sin(2 * Math.PI * (150 + 20 * v) * i / sampleRate));
            }
            clips.add(samples);
        }
        return clips;
    }

    private static List<Path> write(Path dir, String prefix, List<float[]> clips, int rate) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            Path file = dir.resolve(prefix + "-" + i + ".wav");
            WavWriter.writePcm16(file, clips.get(i), rate);
            files.add(file);
        }
        return files;
    }

    /** Runs {@code work} on {@code threads} threads for about {@code seconds}; completed units per second. */
    private static double runFor(int threads, Work work, double seconds) throws IOException, AudioFormatException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Callable<Long>> loops = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                loops.add(() -> {
                    long done = 0;
                    while (System.nanoTime() < deadline) {
                        work.run((int) (offset + done * threads));
                        done++;
                    }
                    return done;
                });
            }
            long total = 0;
            for (Future<Long> loop : pool.invokeAll(loops)) {
                total += loop.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AudioFormatException format) {
                throw format;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("benchmark failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
