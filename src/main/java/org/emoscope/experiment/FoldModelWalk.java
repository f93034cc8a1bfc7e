package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.evaluation.Prediction;
import org.emoscope.task.TaskContext;
import org.emoscope.training.TrainedModel;

/**
 * A finished run's test clips, each read by the model of the fold that held its speaker out: one fold model in
 * memory at a time, progress per clip, cancellation between clips. A clip that cannot be read or a fold without its
 * model file is listed as a problem and the walk goes on. Runs on the caller's (background) thread.
 */
final class FoldModelWalk {
    /** What is done with one clip. */
    interface ClipVisit {
        void visit(TrainedModel model, Prediction prediction, Path wav) throws AudioFormatException, IOException;
    }

    private final RunResults results;
    private final PredictionTable table;
    private final Path corpus;

    private FoldModelWalk(RunResults results, PredictionTable table, Path corpus) {
        this.results = results;
        this.table = table;
        this.corpus = corpus;
    }

    /**
     * @param purpose what the walk is for, for the messages ("attention to survey")
     * @throws IllegalArgumentException when the run has no test predictions, keeps no network (a baseline) or does
     *                                  not say which corpus it tested on
     */
    static FoldModelWalk of(RunResults results, String purpose) {
        PredictionTable table = results.predictions().orElseThrow(() -> new IllegalArgumentException(
                "run " + results.name() + " has no test predictions yet"));
        if (results.model().isPresent()) {
            throw new IllegalArgumentException("run " + results.name() + " is a " + results.model().get()
                    + " run: it keeps no network, so it has no " + purpose);
        }
        Path corpus = results.testCorpusRoot().orElseThrow(() -> new IllegalArgumentException(
                "run " + results.name() + " does not say which corpus folder it tested on"));
        return new FoldModelWalk(results, table, corpus);
    }

    /** The run's class names; a prediction's class indices index them. */
    List<String> labels() {
        return table.labels();
    }

    /**
     * Visits every test clip in fold order.
     *
     * @param doing what is done to a clip, for the progress message ("Reading attention of")
     * @return what could not be read, one line each naming the file or fold
     */
    List<String> visitEach(TaskContext context, String doing, ClipVisit visit) {
        Map<String, List<Prediction>> byFold = new LinkedHashMap<>();
        table.predictions().forEach(p -> byFold.computeIfAbsent(p.foldId(), fold -> new ArrayList<>()).add(p));
        List<String> problems = new ArrayList<>();
        int done = 0;
        int total = table.predictions().size();
        for (Map.Entry<String, List<Prediction>> fold : byFold.entrySet()) {
            Optional<Path> modelFile = results.modelFor(fold.getKey());
            if (modelFile.isEmpty()) {
                problems.add("fold " + fold.getKey() + ": the run kept no model file, so its "
                        + fold.getValue().size() + " clips are left out");
                done += fold.getValue().size();
                continue;
            }
            try (TrainedModel model = TrainedModel.load(modelFile.get())) {
                for (Prediction prediction : fold.getValue()) {
                    context.checkCancelled();
                    context.progress(done++, total, doing + " " + prediction.clipId());
                    Path wav = corpus.resolve(prediction.clipId());
                    try {
                        visit.visit(model, prediction, wav);
                    } catch (AudioFormatException e) {
                        problems.add(e.getMessage());
                    } catch (IOException e) {
                        problems.add(wav + ": cannot be read (" + e.getMessage() + ")");
                    }
                }
            } catch (IOException e) {
                problems.add(modelFile.get() + ": cannot be loaded (" + e.getMessage() + "), so fold "
                        + fold.getKey() + "'s clips are left out");
            }
        }
        return problems;
    }
}
