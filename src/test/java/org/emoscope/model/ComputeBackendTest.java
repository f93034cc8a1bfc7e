package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The device names the backend badge and the run provenance show. */
class ComputeBackendTest {
    @Test
    void gpuDevicesAreNamedByTheirCudaDeviceName() {
        Object info = List.of(Map.of("cuda.deviceName", "NVIDIA H200", "cuda.totalMemory", 150_000_000_000L),
                Map.of("cuda.deviceName", "NVIDIA A100"));

        assertThat(ComputeBackend.gpuNames(info)).isEqualTo("NVIDIA H200, NVIDIA A100");
    }

    @Test
    void gpuInformationOfAnotherShapeIsShownAsGiven() {
        assertThat(ComputeBackend.gpuNames("Tesla T4")).isEqualTo("Tesla T4");
        assertThat(ComputeBackend.gpuNames(null)).isEqualTo("CUDA device");
    }

    @Test
    void theCpuBackendOfThisBuildNamesTheProcessorAndItsCores() {
        ComputeBackend backend = ComputeBackend.current();

        assertThat(backend.kind()).isEqualTo("CPU");
        assertThat(backend.device()).endsWith(Runtime.getRuntime().availableProcessors() + " cores");
    }
}
