package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emoscope.audio.SampleBytes.float32;
import static org.emoscope.audio.SampleBytes.float64;
import static org.emoscope.audio.SampleBytes.signed16;
import static org.emoscope.audio.SampleBytes.signed24;
import static org.emoscope.audio.SampleBytes.signed32;
import static org.emoscope.audio.SampleBytes.unsigned8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.emoscope.testing.WavBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, WavBuilder wav) throws IOException {
        return wav.writeTo(dir.resolve(name));
    }

    private static WavBuilder pcm(int bits, byte[] data) {
        return new WavBuilder().bitsPerSample(bits).data(data);
    }

    private static WavBuilder ieee(int bits, byte[] data) {
        return new WavBuilder().formatTag(3).bitsPerSample(bits).data(data);
    }

    @Test
    void decodesUnsigned8BitAroundMidpoint128() throws Exception {
        DecodedAudio audio = WavReader.decode(write("u8.wav", pcm(8, unsigned8(0, 128, 255, 64))));

        assertThat(audio.samples()).containsExactly(-1f, 0f, 127 / 128f, -0.5f);
        assertThat(audio.info().bitsPerSample()).isEqualTo(8);
    }

    @Test
    void decodesSigned16BitDividingBy32768() throws Exception {
        DecodedAudio audio = WavReader.decode(write("s16.wav",
                pcm(16, signed16(-32768, 0, 16384, 32767, -1))));

        assertThat(audio.samples()).containsExactly(-1f, 0f, 0.5f, 32767 / 32768f, -1 / 32768f);
    }

    @Test
    void decodesSigned24BitIncludingNegativeValues() throws Exception {
        DecodedAudio audio = WavReader.decode(write("s24.wav",
                pcm(24, signed24(-8_388_608, 4_194_304, 8_388_607, -1, 0))));

        assertThat(audio.samples()).containsExactly(-1f, 0.5f, 8_388_607 / 8_388_608f, -1 / 8_388_608f, 0f);
    }

    @Test
    void decodesSigned32BitDividingBy2Pow31() throws Exception {
        DecodedAudio audio = WavReader.decode(write("s32.wav",
                pcm(32, signed32(Integer.MIN_VALUE, 1 << 30, -(1 << 29), 0))));

        assertThat(audio.samples()).containsExactly(-1f, 0.5f, -0.25f, 0f);
        assertThat(audio.info().encoding()).isEqualTo(SampleEncoding.PCM_INTEGER);
    }

    @Test
    void decodesIeeeFloat32AsStored() throws Exception {
        DecodedAudio audio = WavReader.decode(write("f32.wav", ieee(32, float32(0.25f, -1.5f, 1e-7f))));

        assertThat(audio.samples()).containsExactly(0.25f, -1.5f, 1e-7f);
        assertThat(audio.info().encoding()).isEqualTo(SampleEncoding.IEEE_FLOAT);
    }

    @Test
    void decodesIeeeFloat64RoundedToFloat() throws Exception {
        DecodedAudio audio = WavReader.decode(write("f64.wav", ieee(64, float64(0.1, -0.75))));

        assertThat(audio.samples()).containsExactly(0.1f, -0.75f);
        assertThat(audio.info().bitsPerSample()).isEqualTo(64);
    }

    @Test
    void downmixesChannelsByTheirMean() throws Exception {
        // Three channels, two frames: (0.5, 0.25, -0.75) and (1/32768 * 3, 0, 0).
        DecodedAudio audio = WavReader.decode(write("3ch.wav",
                pcm(16, signed16(16384, 8192, -24576, 3, 0, 0)).channels(3)));

        assertThat(audio.samples()).containsExactly(0f, 1 / 32768f);
        assertThat(audio.info().channels()).isEqualTo(3);
        assertThat(audio.info().frames()).isEqualTo(2);
    }

    @Test
    void downmixesStereoFloat() throws Exception {
        DecodedAudio audio = WavReader.decode(write("stereo.wav",
                ieee(32, float32(1f, 0f, -0.5f, -0.25f)).channels(2)));

        assertThat(audio.samples()).containsExactly(0.5f, -0.375f);
    }

    @Test
    void decodesExtensiblePcmAndFloat() throws Exception {
        DecodedAudio pcm = WavReader.decode(write("ext-pcm.wav",
                pcm(24, signed24(4_194_304, 0, 0, -4_194_304)).channels(2).extensible(true)));
        DecodedAudio flt = WavReader.decode(write("ext-float.wav",
                ieee(32, float32(0.125f, -0.5f)).extensible(true)));

        assertThat(pcm.samples()).containsExactly(0.25f, -0.25f);
        assertThat(flt.samples()).containsExactly(0.125f, -0.5f);
        assertThat(flt.info().encoding()).isEqualTo(SampleEncoding.IEEE_FLOAT);
    }

    @Test
    void keepsSampleRateFromHeader() throws Exception {
        DecodedAudio audio = WavReader.decode(write("rate.wav",
                pcm(16, signed16(1, 2, 3)).sampleRate(11_025)));

        assertThat(audio.sampleRate()).isEqualTo(11_025);
        assertThat(audio.info().sampleRate()).isEqualTo(11_025);
    }

    @Test
    void skipsUnknownChunksIncludingOddSizedOnesWithPadByte() throws Exception {
        WavBuilder wav = pcm(16, signed16(100, -200))
                .chunkBeforeFmt("JUNK", new byte[5])
                .chunkBeforeData("LIST", "INFOISFT\u0003\u0000\u0000\u0000ab".getBytes(StandardCharsets.ISO_8859_1))
                .chunkBeforeData("fact", new byte[] {2, 0, 0, 0});

        DecodedAudio audio = WavReader.decode(write("chunks.wav", wav));

        assertThat(audio.samples()).containsExactly(100 / 32768f, -200 / 32768f);
    }

    @Test
    void readsOddSizedDataChunkFollowedByPadByteAndTrailingChunk() throws Exception {
        byte[] file = pcm(8, unsigned8(128, 192, 64)).bytes(); // 3 data bytes, then a pad byte
        byte[] trailing = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN)
                .put("id3 ".getBytes(StandardCharsets.US_ASCII)).putInt(2).put((byte) 1).put((byte) 2).array();
        Path path = dir.resolve("odd.wav");
        Files.write(path, concat(file, trailing));

        DecodedAudio audio = WavReader.decode(path);

        assertThat(audio.samples()).containsExactly(0f, 0.5f, -0.5f);
        assertThat(audio.info().truncated()).isFalse();
    }

    @Test
    void ignoresIncompleteTrailingFrame() throws Exception {
        byte[] data = Arrays.copyOf(signed16(1000, -1000, 7), 5); // two frames and half of a third
        DecodedAudio audio = WavReader.decode(write("partial.wav", pcm(16, data)));

        assertThat(audio.samples()).containsExactly(1000 / 32768f, -1000 / 32768f);
        assertThat(audio.info().frames()).isEqualTo(2);
    }

    @Test
    void decodesWhatIsThereWhenDataChunkIsTruncated() throws Exception {
        Path path = write("truncated.wav", pcm(16, signed16(1, 2, 3, 4)).declaredDataSize(16_000));

        DecodedAudio audio = WavReader.decode(path);

        assertThat(audio.samples()).containsExactly(1 / 32768f, 2 / 32768f, 3 / 32768f, 4 / 32768f);
        assertThat(audio.info().truncated()).isTrue();
        assertThat(audio.info().frames()).isEqualTo(4);
        assertThat(WavReader.probe(path)).isEqualTo(audio.info());
    }

    @Test
    void treatsStreamingDataSizeAsRunningToEndOfFile() throws Exception {
        Path path = write("stream.wav", pcm(16, signed16(5, 6, 7)).declaredDataSize(0xFFFF_FFFF));

        DecodedAudio audio = WavReader.decode(path);

        assertThat(audio.samples()).containsExactly(5 / 32768f, 6 / 32768f, 7 / 32768f);
        assertThat(audio.info().truncated()).isTrue();
    }

    @Test
    void probeReportsHeaderWithoutDecoding() throws Exception {
        Path path = write("probe.wav", pcm(24, new byte[6 * 1000]).channels(2).sampleRate(48_000));

        AudioInfo info = WavReader.probe(path);

        assertThat(info).isEqualTo(new AudioInfo(48_000, 2, 24, SampleEncoding.PCM_INTEGER, 1000, false));
        assertThat(info.seconds()).isEqualTo(1000 / 48_000.0);
    }

    @Test
    void decodesLongFilesAcrossReadBlocks() throws Exception {
        int n = 700_000; // more than one 1 MiB read block of 16-bit samples
        short[] pcm = new short[n];
        for (int i = 0; i < n; i++) {
            pcm[i] = (short) (i * 7);
        }
        DecodedAudio audio = WavReader.decode(write("long.wav", WavBuilder.pcm16(16_000, pcm)));

        assertThat(audio.samples()).hasSize(n);
        assertThat(audio.samples()[0]).isEqualTo(0f);
        assertThat(audio.samples()[600_001]).isEqualTo((short) (600_001 * 7) / 32768f);
        assertThat(audio.samples()[n - 1]).isEqualTo((short) ((n - 1) * 7) / 32768f);
    }

    // --- bad input -------------------------------------------------------------------------

    private void assertRejected(String name, byte[] bytes, String problem) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        for (ThrowingRead read : new ThrowingRead[] {WavReader::probe, WavReader::decode}) {
            assertThatThrownBy(() -> read.apply(path))
                    .isInstanceOf(AudioFormatException.class)
                    .hasMessage(path + ": " + problem)
                    .satisfies(e -> assertThat(((AudioFormatException) e).file()).isEqualTo(path));
        }
    }

    private interface ThrowingRead {
        Object apply(Path path) throws Exception;
    }

    @Test
    void rejectsNonRiffFileWithFileName() throws Exception {
        assertRejected("text.wav", "hello, this is not audio".getBytes(StandardCharsets.US_ASCII),
                "not a RIFF/WAVE file");
        assertRejected("empty.wav", new byte[0], "not a RIFF/WAVE file");
    }

    @Test
    void rejectsRiffOfAnotherType() throws Exception {
        byte[] avi = pcm(16, signed16(1)).bytes();
        System.arraycopy("AVI ".getBytes(StandardCharsets.US_ASCII), 0, avi, 8, 4);
        assertRejected("movie.wav", avi, "not a RIFF/WAVE file (RIFF type AVI )");
    }

    @Test
    void rejectsMissingFmtChunk() throws Exception {
        assertRejected("nofmt.wav", pcm(16, signed16(1)).withoutFmt().bytes(), "no fmt chunk");
    }

    @Test
    void rejectsMissingDataChunk() throws Exception {
        assertRejected("nodata.wav", pcm(16, signed16(1)).withoutData().bytes(), "no data chunk");
    }

    @Test
    void rejectsUnsupportedEncodingsByName() throws Exception {
        assertRejected("ima.wav", new WavBuilder().formatTag(0x11).bitsPerSample(4).data(new byte[8]).bytes(),
                "unsupported encoding: IMA ADPCM (format tag 0x0011)");
        assertRejected("ulaw.wav", new WavBuilder().formatTag(7).bitsPerSample(8).data(new byte[8]).bytes(),
                "unsupported encoding: \u00b5-law (format tag 0x0007)");
        assertRejected("alaw.wav", new WavBuilder().formatTag(6).bitsPerSample(8).data(new byte[8]).bytes(),
                "unsupported encoding: A-law (format tag 0x0006)");
        assertRejected("odd.wav", new WavBuilder().formatTag(0x1234).data(new byte[8]).bytes(),
                "unsupported encoding: format tag 0x1234");
        assertRejected("ext-ulaw.wav", new WavBuilder().formatTag(7).bitsPerSample(8).extensible(true)
                        .data(new byte[8]).bytes(),
                "unsupported encoding: WAVE_FORMAT_EXTENSIBLE with sub-format \u00b5-law (0x0007)");
    }

    @Test
    void rejectsFileWithoutSamples() throws Exception {
        assertRejected("silent.wav", pcm(16, new byte[0]).bytes(), "no audio samples");
        assertRejected("cut-at-data.wav", pcm(16, new byte[0]).declaredDataSize(1000).bytes(), "no audio samples");
    }

    @Test
    void rejectsAbsurdHeaderValues() throws Exception {
        assertRejected("ch0.wav", pcm(16, signed16(1)).channels(0).blockAlign(2).bytes(),
                "implausible channel count 0 (expected 1 to 64)");
        assertRejected("ch65.wav", pcm(16, new byte[130]).channels(65).bytes(),
                "implausible channel count 65 (expected 1 to 64)");
        assertRejected("rate0.wav", pcm(16, signed16(1)).sampleRate(0).bytes(),
                "implausible sample rate 0 Hz (expected 4,000 to 1,000,000 Hz)");
        assertRejected("rate1.wav", pcm(16, signed16(1)).sampleRate(1).bytes(),
                "implausible sample rate 1 Hz (expected 4,000 to 1,000,000 Hz)");
        assertRejected("rate2M.wav", pcm(16, signed16(1)).sampleRate(2_000_000).bytes(),
                "implausible sample rate 2,000,000 Hz (expected 4,000 to 1,000,000 Hz)");
        assertRejected("bits12.wav", pcm(12, signed16(1)).bytes(),
                "unsupported 12 bits per sample for PCM (expected 8, 16, 24 or 32)");
        assertRejected("float16.wav", ieee(16, signed16(1)).bytes(),
                "unsupported 16 bits per sample for float (expected 32 or 64)");
        assertRejected("align.wav", pcm(16, signed16(1, 2)).channels(2).blockAlign(2).bytes(),
                "block align 2 does not match 2 channels of 16 bits");
    }

    @Test
    void rejectsRecordingsLongerThanAClipCanBe() throws Exception {
        byte[] elevenMinutesAt4k = new byte[2 * 4_000 * 660];
        assertRejected("long.wav", pcm(16, elevenMinutesAt4k).sampleRate(4_000).bytes(),
                "11.0 minutes long; Emoscope reads clips of up to 10 minutes");
    }

    @Test
    void rejectsNonFiniteFloatSamplesNamingWhereTheyStart() throws Exception {
        assertRejected("nan.wav", ieee(32, float32(0.1f, 0.2f, Float.NaN, Float.POSITIVE_INFINITY))
                        .sampleRate(8_000).bytes(),
                "2 samples are not a finite number (NaN or infinity), the first at 0.000 s");
        byte[] late = float64(new double[8_001]);
        ByteBuffer.wrap(late).order(ByteOrder.LITTLE_ENDIAN).putDouble(8 * 8_000, Double.NEGATIVE_INFINITY);
        assertRejected("inf.wav", ieee(64, late).sampleRate(8_000).bytes(),
                "1 sample is not a finite number (NaN or infinity), the first at 1.000 s");
    }

    @Test
    void rejectsExtensibleWhoseGuidIsNotPcmOrFloat() throws Exception {
        byte[] wav = pcm(16, signed16(1, 2)).extensible(true).bytes();
        wav[20 + 24 + 6] = 0x11; // fmt body at byte 20, GUID at 24 in it: its third group, 0010 in KSDATAFORMAT GUIDs
        assertRejected("foreign-guid.wav", wav, "unsupported encoding: WAVE_FORMAT_EXTENSIBLE with sub-format "
                + "00000001-0000-0011-8000-00AA00389B71, not a PCM or IEEE float GUID");
    }

    @Test
    void findsDataChunkAfterAnOddChunkWithoutItsPadByte() throws Exception {
        WavBuilder wav = pcm(16, signed16(100, -200)).unpaddedChunkBeforeData("LIST", new byte[] {1, 2, 3});

        DecodedAudio audio = WavReader.decode(write("unpadded.wav", wav));

        assertThat(audio.samples()).containsExactly(100 / 32768f, -200 / 32768f);
    }

    @Test
    void rejectsASecondDataChunkAsAmbiguous() throws Exception {
        byte[] wav = pcm(16, signed16(1, 2)).bytes();
        byte[] second = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(4).putShort((short) 3).putShort((short) 4)
                .array();
        assertRejected("two-data.wav", concat(wav, second),
                "two data chunks (at bytes 36 and 48); which one holds the clip is ambiguous");
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void rejectsANamedPipeWithoutBlockingOnIt() throws Exception {
        Path fifo = dir.resolve("pipe.wav");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        for (ThrowingRead read : new ThrowingRead[] {WavReader::probe, WavReader::decode}) {
            assertThatThrownBy(() -> read.apply(fifo)).isInstanceOf(AudioFormatException.class)
                    .hasMessage(fifo + ": not a regular file (a named pipe, socket or device); only regular files are read");
        }
    }

    @Test
    void namesADanglingSymbolicLinkAndAFolderForWhatTheyAre() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.wav"), dir.resolve("deleted.wav"));
        Path folder = Files.createDirectory(dir.resolve("folder.wav"));

        assertThatThrownBy(() -> WavReader.probe(link)).isInstanceOf(AudioFormatException.class)
                .hasMessage(link + ": symbolic link to a missing file (" + dir.resolve("deleted.wav") + ")");
        assertThatThrownBy(() -> WavReader.decode(folder)).isInstanceOf(AudioFormatException.class)
                .hasMessage(folder + ": a folder, not an audio file");
    }

    @Test
    void rejectsShortFmtChunks() throws Exception {
        assertRejected("fmt14.wav", pcm(16, signed16(1)).fmtChunkSize(14).bytes(),
                "fmt chunk too short (14 bytes, need 16)");
        assertRejected("ext18.wav", pcm(16, signed16(1)).extensible(true).fmtChunkSize(18).bytes(),
                "fmt chunk too short for WAVE_FORMAT_EXTENSIBLE (18 bytes, need 40)");
    }

    @Test
    void rejectsFilesShorterThanTheirHeaders() throws Exception {
        byte[] whole = pcm(16, signed16(1, 2)).bytes();
        assertRejected("cut8.wav", Arrays.copyOf(whole, 8), "file ends inside its RIFF header");
        assertRejected("cut20.wav", Arrays.copyOf(whole, 20), "file ends inside its fmt chunk");
        assertRejected("cut40.wav", Arrays.copyOf(whole, 40),
                "file ends inside a chunk header, before any data chunk");
    }

    @Test
    void reportsMissingFileAsIoException() {
        Path missing = dir.resolve("missing.wav");
        assertThatThrownBy(() -> WavReader.decode(missing)).isInstanceOf(IOException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
