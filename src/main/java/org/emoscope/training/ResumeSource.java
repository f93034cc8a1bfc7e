package org.emoscope.training;

import java.util.Optional;

/** What an interrupted run already has, fold by fold; read on the training thread. */
public interface ResumeSource {
    /** Nothing to resume: every fold starts from scratch. */
    ResumeSource NONE = new ResumeSource() {
        @Override
        public Optional<FoldResult> finished(Fold fold) {
            return Optional.empty();
        }

        @Override
        public Optional<FoldResume> interrupted(Fold fold, FoldNormalisation normalisation) {
            return Optional.empty();
        }
    };

    /** The result of a fold that was finished before the interruption. */
    Optional<FoldResult> finished(Fold fold) throws Exception;

    /** The state of a fold that was interrupted after at least one checkpointed epoch. */
    Optional<FoldResume> interrupted(Fold fold, FoldNormalisation normalisation) throws Exception;
}
