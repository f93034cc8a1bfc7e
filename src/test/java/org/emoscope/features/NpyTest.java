package org.emoscope.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpyTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsFloat32() throws IOException {
        float[][] m = {{1.5f, -2f, Float.MIN_VALUE}, {Float.MAX_VALUE, -0f, 3.25e-7f}};
        Path file = dir.resolve("m.npy");
        Npy.writeFloat32(file, m);
        assertThat(Npy.readFloat32(file)).isDeepEqualTo(m);
        assertThat(Npy.readFloat64(file)[1][2]).isEqualTo((double) 3.25e-7f);
    }

    @Test
    void roundTripsFloat64() throws IOException {
        double[][] m = {{Math.PI, -1e-300}, {Double.MAX_VALUE, 0.1}, {7, 8}};
        Path file = dir.resolve("m.npy");
        Npy.writeFloat64(file, m);
        assertThat(Npy.readFloat64(file)).isDeepEqualTo(m);
    }

    @Test
    void writesNumpyVersion1HeaderAlignedTo64Bytes() throws IOException {
        Path file = dir.resolve("m.npy");
        Npy.writeFloat32(file, new float[128][321]);
        byte[] bytes = Files.readAllBytes(file);
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(bytes[0]).isEqualTo((byte) 0x93);
        assertThat(new String(bytes, 1, 5, StandardCharsets.US_ASCII)).isEqualTo("NUMPY");
        assertThat(bytes[6]).isEqualTo((byte) 1);
        assertThat((10 + headerLength) % 64).isZero();
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (128, 321), }").endsWith("\n");
        assertThat(bytes.length).isEqualTo(10 + headerLength + 128 * 321 * 4);
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("m.npy");
        Npy.writeFloat32(file, new float[][] {{1}});
        Npy.writeFloat32(file, new float[][] {{2, 3}});
        assertThat(Npy.readFloat32(file)).isDeepEqualTo(new float[][] {{2, 3}});
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesToNarrowFloat64WhenFloat32IsAsked() throws IOException {
        Path file = dir.resolve("d.npy");
        Npy.writeFloat64(file, new double[][] {{1}});
        assertThatThrownBy(() -> Npy.readFloat32(file)).isInstanceOf(NpyFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("float32");
    }

    @Test
    void rejectsTruncatedFileWithFileName() throws IOException {
        Path file = dir.resolve("t.npy");
        Npy.writeFloat32(file, new float[4][4]);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        assertThatThrownBy(() -> Npy.readFloat32(file)).isInstanceOf(NpyFormatException.class)
                .hasMessageContaining("t.npy").hasMessageContaining("truncated");
    }

    @Test
    void rejectsFileThatIsNotNpy() throws IOException {
        Path file = dir.resolve("x.npy");
        Files.writeString(file, "hello, world");
        assertThatThrownBy(() -> Npy.readFloat64(file)).isInstanceOf(NpyFormatException.class)
                .hasMessageContaining("x.npy").hasMessageContaining("not a NumPy");
    }

    @Test
    void readsFortranOrderAsTheSameMatrix() throws IOException {
        Path file = dir.resolve("f.npy");
        byte[] c = Npy.encodeFloat32(new float[][] {{1, 2, 3}, {4, 5, 6}});
        String header = new String(c, 10, c.length - 10 - 24, StandardCharsets.US_ASCII);
        byte[] f = c.clone();
        byte[] fortranHeader = header.replace("False", "True ").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(fortranHeader, 0, f, 10, fortranHeader.length);
        float[] columnMajor = {1, 4, 2, 5, 3, 6};
        var data = java.nio.ByteBuffer.wrap(f, f.length - 24, 24).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float v : columnMajor) {
            data.putFloat(v);
        }
        Files.write(file, f);
        assertThat(Npy.readFloat32(file)).isDeepEqualTo(new float[][] {{1, 2, 3}, {4, 5, 6}});
    }

    @Test
    void rejectsRaggedMatrix() {
        assertThatThrownBy(() -> Npy.writeFloat32(dir.resolve("r.npy"), new float[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ragged");
    }
}
