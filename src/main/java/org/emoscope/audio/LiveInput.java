package org.emoscope.audio;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import be.tarsos.dsp.io.jvm.JVMAudioInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Live audio through a TarsosDSP {@link AudioDispatcher}: from a microphone (the default one or one named), or
 * from a WAV file played through the same dispatcher at real-time speed (or as fast as it reads, for tests), so a
 * file is a stand-in for a microphone where there is none. Delivers mono 16-bit blocks as floats at the asked rate.
 * {@link #run} blocks until the input ends or {@link #stop} is called from another thread.
 */
public final class LiveInput {
    /** Samples per block: 64 ms at 16 kHz, short enough for a responsive level meter. */
    static final int BLOCK = 1024;

    private final AudioDispatcher dispatcher;
    private final String description;

    private LiveInput(AudioDispatcher dispatcher, String description) {
        this.dispatcher = dispatcher;
        this.description = description;
    }

    /**
     * The microphone {@code device} names (a part of a mixer's name, case-insensitive), or the default one.
     *
     * @throws IOException naming the devices there are when there is no such input, or none at all
     */
    public static LiveInput microphone(String device, int sampleRate) throws IOException {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        DataLine.Info wanted = new DataLine.Info(TargetDataLine.class, format);
        try {
            TargetDataLine line;
            String name;
            if (device == null) {
                line = (TargetDataLine) AudioSystem.getLine(wanted);
                name = "the default microphone";
            } else {
                Mixer.Info mixer = Arrays.stream(AudioSystem.getMixerInfo())
                        .filter(info -> info.getName().toLowerCase().contains(device.toLowerCase()))
                        .filter(info -> AudioSystem.getMixer(info).isLineSupported(wanted)).findFirst()
                        .orElseThrow(() -> new IOException("no input device matches \"" + device + "\"; inputs: "
                                + inputNames()));
                line = (TargetDataLine) AudioSystem.getMixer(mixer).getLine(wanted);
                name = mixer.getName();
            }
            line.open(format, BLOCK * 4);
            line.start();
            return new LiveInput(new AudioDispatcher(new JVMAudioInputStream(new AudioInputStream(line)), BLOCK, 0),
                    name + " at " + sampleRate + " Hz");
        } catch (IllegalArgumentException | LineUnavailableException | SecurityException e) {
            throw new IOException("no microphone to record from (" + e.getMessage() + "); inputs: " + inputNames(), e);
        }
    }

    /** The names of the devices that can record, or "none". */
    public static String inputNames() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (AudioSystem.getMixer(info).getTargetLineInfo().length > 0) {
                names.add(info.getName());
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * A WAV file as if it were being recorded: decoded and resampled to {@code sampleRate}, then through the
     * dispatcher at real-time speed, or as fast as possible when {@code realTime} is false.
     *
     * @throws AudioFormatException naming the file when it cannot be decoded
     */
    public static LiveInput file(Path wav, int sampleRate, boolean realTime) throws AudioFormatException, IOException {
        float[] samples = AudioLoader.load(wav, sampleRate).samples();
        try {
            AudioDispatcher dispatcher = AudioDispatcherFactory.fromFloatArray(samples, sampleRate, BLOCK, 0);
            // The file's last block as it is, not filled up with silence the file does not have.
            dispatcher.setZeroPadLastBuffer(false);
            if (realTime) {
                dispatcher.addAudioProcessor(new RealTimePace());
            }
            return new LiveInput(dispatcher, wav.getFileName() + (realTime ? " at real-time speed" : ""));
        } catch (UnsupportedAudioFileException e) {
            throw new AudioFormatException(wav, "cannot be streamed: " + e.getMessage());
        }
    }

    /** Where the audio comes from, for messages. */
    public String description() {
        return description;
    }

    /** Hands every block to {@code blocks} (on this thread) until the input ends or is stopped. */
    public void run(Consumer<float[]> blocks) {
        dispatcher.addAudioProcessor(new AudioProcessor() {
            @Override
            public boolean process(AudioEvent event) {
                blocks.accept(event.getFloatBuffer().clone());
                return true;
            }

            @Override
            public void processingFinished() {
            }
        });
        dispatcher.run();
    }

    /** Ends {@link #run} after the block in hand; safe from any thread. */
    public void stop() {
        dispatcher.stop();
    }

    /** Holds each block back until the wall clock reaches its time in the stream. */
    private static final class RealTimePace implements AudioProcessor {
        private long startNanos = -1;

        @Override
        public boolean process(AudioEvent event) {
            long now = System.nanoTime();
            if (startNanos < 0) {
                startNanos = now;
            }
            // A recorder hands a block on once it has been recorded: at its end.
            long due = startNanos + (long) (event.getEndTimeStamp() * 1e9);
            if (due > now) {
                try {
                    Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }

        @Override
        public void processingFinished() {
        }
    }
}
