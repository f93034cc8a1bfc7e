package org.emoscope.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.emoscope.io.AtomicFiles;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The on-disk form of an {@link EmotionNet}: one zip file holding
 * <ul>
 *   <li>{@code model.json}: format name and version, architecture, class counts, seed and the name and
 *       shape of every parameter array;</li>
 *   <li>{@code parameters/NAME.f32}: each array as little-endian float32 in C order (stored uncompressed);</li>
 *   <li>{@code extra/NAME}: opaque entries supplied by the caller;</li>
 *   <li>checkpoints only: {@code training/state.json} (steps taken, dropout masks drawn, which RMSProp
 *       accumulators exist) and {@code training/rmsprop/NAME.f32} (each accumulator, like a parameter).</li>
 * </ul>
 * A checkpoint is a model file with training state: {@link #read} ignores the state, so any checkpoint
 * also loads as a plain model.
 * The network is rebuilt from the architecture on load; the arrays keep the names and layouts of the first
 * SameDiff version (the LSTM's those of ND4J's {@code lstmLayer}), so files written before the network was
 * written by hand load unchanged and the format version stays 1. Files are written through {@link AtomicFiles}, so
 * readers never see a half-written model, even after a power cut. Unknown JSON fields are ignored.
 */
final class ModelFile {
    static final String FORMAT = "emoscope-model";
    static final int FORMAT_VERSION = 1;
    static final String HEADER_ENTRY = "model.json";
    static final String PARAMETER_PREFIX = "parameters/";
    static final String EXTRA_PREFIX = "extra/";
    static final String TRAINING_STATE_ENTRY = "training/state.json";
    static final String ACCUMULATOR_PREFIX = "training/rmsprop/";
    /** JSON and label entries are kilobytes; a megabyte-sized one is damage. */
    static final long MAX_SMALL_ENTRY_BYTES = 16L << 20;
    private static final int MAX_CLASSES = 65_536;
    private static final Pattern EXTRA_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record ParameterEntry(String name, long[] shape) {
    }

    record Header(String format, int formatVersion, ModelArchitecture architecture, int emotions, int speakers,
                  long seed, List<ParameterEntry> parameters) {
    }

    record TrainingStateEntry(long stepsTaken, long masksDrawn, List<String> accumulators) {
    }

    private ModelFile() {
    }

    static void write(EmotionNet net, Path file, Map<String, byte[]> extraEntries) throws IOException {
        write(net, file, extraEntries, false);
    }

    /** Writes the network with its complete training state (see {@link EmotionNet#saveCheckpoint}). */
    static void writeCheckpoint(EmotionNet net, Path file, Map<String, byte[]> extraEntries) throws IOException {
        write(net, file, extraEntries, true);
    }

    private static void write(EmotionNet net, Path file, Map<String, byte[]> extraEntries, boolean withTrainingState)
            throws IOException {
        for (String name : extraEntries.keySet()) {
            if (!EXTRA_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Extra entry name '" + name + "' must match " + EXTRA_NAME);
            }
        }
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            List<ParameterEntry> entries = net.parameterSpecs().stream()
                    .map(spec -> new ParameterEntry(spec.name(), spec.shape())).toList();
            Header header = new Header(FORMAT, FORMAT_VERSION, net.architecture(), net.emotions(),
                    net.speakers(), net.seed(), entries);
            zip.putNextEntry(new ZipEntry(HEADER_ENTRY));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(header));
            zip.closeEntry();
            for (ParameterEntry entry : entries) {
                writeStored(zip, PARAMETER_PREFIX + entry.name() + ".f32", toBytes(net.parameter(entry.name())));
            }
            if (withTrainingState) {
                writeTrainingState(zip, net.trainingState());
            }
            for (Map.Entry<String, byte[]> extra : extraEntries.entrySet()) {
                zip.putNextEntry(new ZipEntry(EXTRA_PREFIX + extra.getKey()));
                zip.write(extra.getValue());
                zip.closeEntry();
            }
            zip.finish(); // not close(): AtomicFiles still forces the stream to disk
        });
    }

    private static void writeTrainingState(ZipOutputStream zip, TrainingState state) throws IOException {
        List<String> names = state.accumulators().keySet().stream().sorted().toList();
        zip.putNextEntry(new ZipEntry(TRAINING_STATE_ENTRY));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                new TrainingStateEntry(state.stepsTaken(), state.masksDrawn(), names)));
        zip.closeEntry();
        for (String name : names) {
            writeStored(zip, ACCUMULATOR_PREFIX + name + ".f32", toBytes(state.accumulators().get(name)));
        }
    }

    private static void writeStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] toBytes(INDArray array) {
        float[] values = Tensors.flat(array);
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static EmotionNet read(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            Header header = readHeader(zip, file);
            return EmotionNet.restore(header.architecture(), header.emotions(), header.speakers(), header.seed(),
                    readParameters(zip, file, header), TrainingState.FRESH);
        }
    }

    /**
     * Reads a file written by {@link #writeCheckpoint}, training state included.
     *
     * @throws ModelFileException naming the file if it has no training state or the state is malformed
     */
    static EmotionNet readCheckpoint(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            Header header = readHeader(zip, file);
            if (zip.getEntry(TRAINING_STATE_ENTRY) == null) {
                throw new ModelFileException(file, "a model without training state, not a checkpoint (no "
                        + TRAINING_STATE_ENTRY + ")");
            }
            TrainingStateEntry entry;
            try {
                entry = JSON.readValue(readEntry(zip, file, TRAINING_STATE_ENTRY, MAX_SMALL_ENTRY_BYTES), TrainingStateEntry.class);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new ModelFileException(file, "unreadable " + TRAINING_STATE_ENTRY + ": " + e.getOriginalMessage(), e);
            }
            List<String> accumulatorNames = entry.accumulators() == null ? List.of() : entry.accumulators();
            if (entry.stepsTaken() < 0 || entry.masksDrawn() < 0) {
                throw new ModelFileException(file, TRAINING_STATE_ENTRY + " has negative counters");
            }
            Map<String, ParameterSpec> specs = new LinkedHashMap<>();
            NetworkParameters.of(header.architecture(), header.emotions(), header.speakers())
                    .forEach(spec -> specs.put(spec.name(), spec));
            Map<String, INDArray> accumulators = new LinkedHashMap<>();
            for (String name : accumulatorNames) {
                ParameterSpec spec = specs.get(name);
                if (spec == null) {
                    throw new ModelFileException(file, "RMSProp accumulator for unknown parameter " + name);
                }
                accumulators.put(name, readArray(zip, file, ACCUMULATOR_PREFIX + name + ".f32", spec));
            }
            TrainingState state = new TrainingState(entry.stepsTaken(), entry.masksDrawn(), accumulators);
            return EmotionNet.restore(header.architecture(), header.emotions(), header.speakers(), header.seed(),
                    readParameters(zip, file, header), state);
        }
    }

    private static Map<String, INDArray> readParameters(ZipFile zip, Path file, Header header) throws IOException {
        Map<String, INDArray> parameters = new LinkedHashMap<>();
        for (ParameterSpec spec : NetworkParameters.of(header.architecture(), header.emotions(), header.speakers())) {
            parameters.put(spec.name(), readArray(zip, file, PARAMETER_PREFIX + spec.name() + ".f32", spec));
        }
        return parameters;
    }

    private static INDArray readArray(ZipFile zip, Path file, String entryName, ParameterSpec spec) throws IOException {
        long expected = spec.length() * Float.BYTES;
        byte[] bytes = readEntry(zip, file, entryName, expected);
        if (bytes.length != expected) {
            throw new ModelFileException(file, entryName + " has " + bytes.length / Float.BYTES
                    + " values, the architecture needs " + spec.length() + " (shape " + Arrays.toString(spec.shape()) + ")");
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        for (float value : values) {
            if (!Float.isFinite(value)) {
                throw new ModelFileException(file, entryName + " holds NaN or infinite values: the model cannot predict"
                        + " (a training that diverged, or a damaged file)");
            }
        }
        return Tensors.array(values, spec.shape());
    }

    static void verify(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            Header header = readHeader(zip, file);
            for (ParameterSpec spec : NetworkParameters.of(header.architecture(), header.emotions(), header.speakers())) {
                String name = PARAMETER_PREFIX + spec.name() + ".f32";
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new ModelFileException(file, "missing entry " + name);
                }
                if (entry.getSize() != spec.length() * Float.BYTES) {
                    throw new ModelFileException(file, name + " is " + entry.getSize() + " bytes, the architecture needs "
                            + spec.length() * Float.BYTES);
                }
            }
        }
    }

    static Map<String, byte[]> readExtraEntries(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            readHeader(zip, file);
            Map<String, byte[]> extras = new LinkedHashMap<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(EXTRA_PREFIX)) {
                    extras.put(entry.getName().substring(EXTRA_PREFIX.length()),
                            readEntry(zip, file, entry.getName(), MAX_SMALL_ENTRY_BYTES));
                }
            }
            return extras;
        }
    }

    private static ZipFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, "no such model file");
        }
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ModelFileException(file, "not an Emoscope model file (not a complete zip archive: damaged or cut short)", e);
        }
    }

    private static Header readHeader(ZipFile zip, Path file) throws IOException {
        Header header;
        try {
            header = JSON.readValue(readEntry(zip, file, HEADER_ENTRY, MAX_SMALL_ENTRY_BYTES), Header.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ModelFileException(file, "unreadable " + HEADER_ENTRY + ": " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(header.format())) {
            throw new ModelFileException(file, "not an Emoscope model file (format '" + header.format() + "')");
        }
        if (header.formatVersion() > FORMAT_VERSION) {
            throw new ModelFileException(file, "model format version " + header.formatVersion()
                    + " is newer than this program reads (" + FORMAT_VERSION + ")");
        }
        if (header.architecture() == null) {
            throw new ModelFileException(file, HEADER_ENTRY + " has no architecture");
        }
        List<String> problems = header.architecture().validate();
        if (!problems.isEmpty()) {
            throw new ModelFileException(file, "invalid architecture: " + String.join("; ", problems));
        }
        if (header.emotions() < 2 || header.speakers() < 1 || header.emotions() > MAX_CLASSES
                || header.speakers() > MAX_CLASSES) {
            throw new ModelFileException(file, "invalid class counts: " + header.emotions() + " emotions, "
                    + header.speakers() + " speakers");
        }
        return header;
    }

    /**
     * An entry's bytes, refusing one larger than {@code maxBytes} before reading it: a damaged or
     * hostile file must not exhaust the heap. The declared size is checked first and the bytes read
     * are bounded too, as a zip may lie about sizes.
     */
    private static byte[] readEntry(ZipFile zip, Path file, String name, long maxBytes) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ModelFileException(file, "missing entry " + name);
        }
        if (entry.getSize() > maxBytes) {
            throw new ModelFileException(file, name + " is " + entry.getSize() + " bytes, more than the "
                    + maxBytes + " it can be");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ModelFileException(file, name + " holds more than the " + maxBytes + " bytes it can be");
            }
            return bytes;
        }
    }
}
