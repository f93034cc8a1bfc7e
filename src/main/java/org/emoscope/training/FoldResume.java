package org.emoscope.training;

import java.util.List;
import org.emoscope.model.EmotionNet;

/**
 * Where an interrupted fold goes on from: the network as checkpointed after {@code history}'s last
 * epoch, and the kept model so far (whose test predictions stand unless a later epoch beats it).
 * The trainer takes ownership of both nets and closes them.
 */
public record FoldResume(List<EpochSummary> history, EmotionNet net, EmotionNet selectedNet) {
    public FoldResume {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a resumed fold has at least one finished epoch");
        }
    }

    int completedEpochs() {
        return history.get(history.size() - 1).epoch();
    }
}
