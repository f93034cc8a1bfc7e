package org.emoscope.features;

import org.emoscope.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes 2-D NumPy {@code .npy} files (format 1.0 written; 1.0, 2.0 and 3.0 read),
 * little-endian float32 ({@code '<f4'}) and float64 ({@code '<f8'}), C order (Fortran order is
 * accepted when reading). Writes are atomic: the bytes go to a temporary file in the target's
 * directory, are forced to disk and then moved over the target, so a reader never sees a partial
 * file. Stateless and thread-safe.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    public static void writeFloat32(Path file, float[][] matrix) throws IOException {
        AtomicFiles.write(file, encodeFloat32(matrix));
    }

    public static void writeFloat64(Path file, double[][] matrix) throws IOException {
        int cols = columns(matrix.length, matrix.length == 0 ? 0 : matrix[0].length);
        ByteBuffer out = allocate("<f8", matrix.length, cols, 8);
        for (int r = 0; r < matrix.length; r++) {
            requireColumns(matrix[r].length, cols, r);
            for (double v : matrix[r]) {
                out.putDouble(v);
            }
        }
        AtomicFiles.write(file, out.array());
    }

    /** The bytes of a float32 .npy file holding {@code matrix}. */
    public static byte[] encodeFloat32(float[][] matrix) {
        int cols = columns(matrix.length, matrix.length == 0 ? 0 : matrix[0].length);
        ByteBuffer out = allocate("<f4", matrix.length, cols, 4);
        for (int r = 0; r < matrix.length; r++) {
            requireColumns(matrix[r].length, cols, r);
            for (float v : matrix[r]) {
                out.putFloat(v);
            }
        }
        return out.array();
    }

    /**
     * Reads a 2-D float32 file. Float64 files are refused rather than rounded silently.
     *
     * @throws NpyFormatException naming the file when it is not a 2-D {@code '<f4'} .npy file
     */
    public static float[][] readFloat32(Path file) throws IOException {
        Array array = parse(file, Files.readAllBytes(file));
        if (array.itemSize != 4) {
            throw new NpyFormatException(file, "holds " + array.descr + ", expected float32 '<f4'");
        }
        float[][] m = new float[array.rows][array.cols];
        for (int i = 0; i < array.rows * array.cols; i++) {
            float v = array.data.getFloat();
            if (array.fortranOrder) {
                m[i % array.rows][i / array.rows] = v;
            } else {
                m[i / array.cols][i % array.cols] = v;
            }
        }
        return m;
    }

    /**
     * Reads a 2-D float64 or float32 file as float64 (widening is exact).
     *
     * @throws NpyFormatException naming the file when it is not a 2-D float .npy file
     */
    public static double[][] readFloat64(Path file) throws IOException {
        Array array = parse(file, Files.readAllBytes(file));
        double[][] m = new double[array.rows][array.cols];
        for (int i = 0; i < array.rows * array.cols; i++) {
            double v = array.itemSize == 8 ? array.data.getDouble() : array.data.getFloat();
            if (array.fortranOrder) {
                m[i % array.rows][i / array.rows] = v;
            } else {
                m[i / array.cols][i % array.cols] = v;
            }
        }
        return m;
    }

    private static ByteBuffer allocate(String descr, int rows, int cols, int itemSize) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        // numpy pads the header with spaces and a newline so the data starts on a 64-byte boundary.
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        long dataBytes = (long) rows * cols * itemSize;
        long total = MAGIC.length + 4L + headerBytes.length + dataBytes;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("matrix of " + rows + "x" + cols + " is too large for one .npy buffer");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerBytes.length).put(headerBytes);
        return out;
    }

    private static int columns(int rows, int firstRowLength) {
        return rows == 0 ? 0 : firstRowLength;
    }

    private static void requireColumns(int actual, int expected, int row) {
        if (actual != expected) {
            throw new IllegalArgumentException("ragged matrix: row " + row + " has " + actual
                    + " columns, row 0 has " + expected);
        }
    }

    private record Array(String descr, int itemSize, boolean fortranOrder, int rows, int cols, ByteBuffer data) {
    }

    private static Array parse(Path file, byte[] bytes) throws NpyFormatException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || !ByteBuffer.wrap(bytes, 0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            throw new NpyFormatException(file, "not a NumPy .npy file (bad magic)");
        }
        int major = bytes[6];
        in.position(8);
        long headerLength;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(in.getShort());
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new NpyFormatException(file, "truncated .npy header");
            }
            headerLength = Integer.toUnsignedLong(in.getInt());
        } else {
            throw new NpyFormatException(file, "unsupported .npy format version " + major + "." + bytes[7]);
        }
        if (in.position() + headerLength > bytes.length) {
            throw new NpyFormatException(file, "truncated .npy header");
        }
        String header = new String(bytes, in.position(), (int) headerLength, StandardCharsets.ISO_8859_1);
        in.position(in.position() + (int) headerLength);

        String descr = group(file, DESCR, header, "descr");
        int itemSize = switch (descr) {
            case "<f4" -> 4;
            case "<f8" -> 8;
            default -> throw new NpyFormatException(file, "unsupported dtype '" + descr
                    + "' (only little-endian float32 '<f4' and float64 '<f8')");
        };
        boolean fortran = group(file, FORTRAN, header, "fortran_order").equals("True");
        String[] dims = group(file, SHAPE, header, "shape").split(",");
        int[] shape = dims.length == 0 ? new int[0] : new int[dims.length];
        int count = 0;
        for (String dim : dims) {
            if (!dim.isBlank()) {
                try {
                    shape[count++] = Integer.parseInt(dim.trim());
                } catch (NumberFormatException e) {
                    throw new NpyFormatException(file, "bad shape in header: " + header.trim());
                }
            }
        }
        if (count != 2) {
            throw new NpyFormatException(file, "holds a " + count + "-D array, expected 2-D");
        }
        int rows = shape[0];
        int cols = shape[1];
        if (rows < 0 || cols < 0) {
            throw new NpyFormatException(file, "bad shape in header: " + header.trim());
        }
        long expected = (long) rows * cols * itemSize;
        if (in.remaining() != expected) {
            throw new NpyFormatException(file, "data is " + in.remaining() + " bytes, shape (" + rows + ", " + cols
                    + ") of " + descr + " needs " + expected + (in.remaining() < expected ? " (truncated)" : ""));
        }
        return new Array(descr, itemSize, fortran, rows, cols, in.slice().order(ByteOrder.LITTLE_ENDIAN));
    }

    private static String group(Path file, Pattern pattern, String header, String key) throws NpyFormatException {
        Matcher matcher = pattern.matcher(header);
        if (!matcher.find()) {
            throw new NpyFormatException(file, "header has no '" + key + "': " + header.trim());
        }
        return matcher.group(1);
    }
}
