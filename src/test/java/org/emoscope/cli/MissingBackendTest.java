package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4jBackend;

class MissingBackendTest {

    @Test
    void explainsNd4jsFailedInitialisationWithoutAStackTrace() {
        Throwable failure = new ExceptionInInitializerError(new RuntimeException(
                new Nd4jBackend.NoAvailableBackendException("Please ensure that you have an nd4j backend on your classpath")));

        assertThat(MissingBackend.explain(failure)).hasValueSatisfying(message ->
                assertThat(message).startsWith("ND4J could not load a compute backend.").contains("README"));
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(MissingBackend.explain(new NoClassDefFoundError("org/example/Missing"))).isEmpty();
    }
}
