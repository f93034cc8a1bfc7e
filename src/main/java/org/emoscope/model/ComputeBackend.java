package org.emoscope.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J backend that really loaded (CPU through nd4j-native, or GPU through nd4j-cuda) and the
 * device it runs on, for run provenance and the UI's backend badge. Asking loads ND4J.
 *
 * @param kind   "CPU" or "GPU"
 * @param name   the backend class, e.g. "CpuBackend"
 * @param device the processor or GPU model
 */
public record ComputeBackend(String kind, String name, String device) {

    public static ComputeBackend current() {
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        boolean gpu = backend.toLowerCase(Locale.ROOT).contains("cuda") || backend.contains("JCublas");
        Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
        String device = gpu ? gpuNames(info.get("cuda.devicesInformation"))
                : cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores";
        return new ComputeBackend(gpu ? "GPU" : "CPU", backend, device);
    }

    /**
     * The problem when this build was made for the GPU ({@code mvn -Pcuda}) but ND4J fell back to the
     * CPU (no CUDA 11.6 runtime or driver found), to be shown loudly; empty otherwise.
     *
     * @param builtFor the backend the build was made for, {@code "cpu"} or {@code "gpu"} ({@code AppVersion.builtBackend()})
     */
    public Optional<String> fallbackWarning(String builtFor) {
        if ("gpu".equals(builtFor) && kind.equals("CPU")) {
            return Optional.of("GPU requested (built with -Pcuda) but ND4J loaded the CPU backend: training runs on "
                    + device + ". Check the CUDA 11.6 runtime and the NVIDIA driver (nvidia-smi).");
        }
        return Optional.empty();
    }

    /** E.g. "CPU (CpuBackend)". */
    public String label() {
        return kind + " (" + name + ")";
    }

    /**
     * The GPU names in ND4J's CUDA device information (a list with one map per device, each naming it
     * under {@code cuda.deviceName}), e.g. "NVIDIA H200"; devices without a name are shown as ND4J gives them.
     */
    static String gpuNames(Object devicesInformation) {
        if (!(devicesInformation instanceof List<?> devices) || devices.isEmpty()) {
            return devicesInformation == null ? "CUDA device" : String.valueOf(devicesInformation);
        }
        return devices.stream()
                .map(device -> device instanceof Map<?, ?> properties && properties.get("cuda.deviceName") != null
                        ? String.valueOf(properties.get("cuda.deviceName")) : String.valueOf(device))
                .collect(Collectors.joining(", "));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
