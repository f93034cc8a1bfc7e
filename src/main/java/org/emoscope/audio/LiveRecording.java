package org.emoscope.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * What a live input delivered, kept to be saved as a clip: blocks in order until the next would pass a number of
 * samples; from then on blocks are heard but not kept, so the recording never has a gap. Not thread-safe: fill it
 * from the input's thread.
 */
public final class LiveRecording {
    private final long maxSamples;
    private final List<float[]> blocks = new ArrayList<>();
    private long kept;
    private boolean full;

    /** @param maxSamples the most samples kept; at most {@link Integer#MAX_VALUE}, what one array holds */
    public LiveRecording(long maxSamples) {
        this.maxSamples = Math.min(maxSamples, Integer.MAX_VALUE);
    }

    /** Keeps {@code block} unless it, or one before it, would pass the limit. */
    public void add(float[] block) {
        full |= kept + block.length > maxSamples;
        if (!full) {
            blocks.add(block);
            kept += block.length;
        }
    }

    /** Everything kept, in one array. */
    public float[] samples() {
        float[] all = new float[(int) kept];
        int at = 0;
        for (float[] block : blocks) {
            System.arraycopy(block, 0, all, at, block.length);
            at += block.length;
        }
        return all;
    }
}
