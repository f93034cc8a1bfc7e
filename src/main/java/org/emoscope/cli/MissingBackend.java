package org.emoscope.cli;

import java.util.Optional;
import org.emoscope.AppVersion;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * Recognises ND4J failing to load any compute backend (it surfaces as an {@code ExceptionInInitializerError}
 * or {@code NoClassDefFoundError} from ND4J's first use, with {@code NoAvailableBackendException} inside)
 * and says what to do instead of a stack trace. It happens with a GPU build ({@code -Pcuda}) on a machine
 * without a usable CUDA 11.6 runtime and driver.
 */
final class MissingBackend {
    private MissingBackend() {
    }

    static Optional<String> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Nd4jBackend.NoAvailableBackendException) {
                String build = "gpu".equals(AppVersion.builtBackend())
                        ? "This is a GPU build (mvn -Pcuda), whose only backend is CUDA; ND4J's log above says why it"
                        + " was skipped. Check nvidia-smi and the CUDA 11.6 / cuDNN 8.3 libraries, or build with"
                        + " -Pcpu,cuda to fall back to the CPU, or use the CPU build (see README, GPU not found)."
                        : "Check that target/lib holds nd4j-native and its linux-x86_64 jar (see README).";
                return Optional.of("ND4J could not load a compute backend. " + build);
            }
        }
        return Optional.empty();
    }
}
