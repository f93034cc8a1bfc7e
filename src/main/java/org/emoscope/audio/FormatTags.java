package org.emoscope.audio;

import java.util.Map;

/** Names of the WAVE format tags a user is likely to meet, for error messages. */
final class FormatTags {
    static final int PCM = 0x0001;
    static final int IEEE_FLOAT = 0x0003;
    static final int EXTENSIBLE = 0xFFFE;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x0001, "PCM"),
            Map.entry(0x0002, "Microsoft ADPCM"),
            Map.entry(0x0003, "IEEE float"),
            Map.entry(0x0006, "A-law"),
            Map.entry(0x0007, "\u00b5-law"),
            Map.entry(0x0011, "IMA ADPCM"),
            Map.entry(0x0016, "ITU G.723 ADPCM"),
            Map.entry(0x0031, "GSM 6.10"),
            Map.entry(0x0040, "ITU G.721 ADPCM"),
            Map.entry(0x0050, "MPEG"),
            Map.entry(0x0055, "MPEG Layer 3"),
            Map.entry(0x0092, "Dolby AC-3 SPDIF"),
            Map.entry(0x0161, "Windows Media Audio"),
            Map.entry(0x0162, "Windows Media Audio Pro"),
            Map.entry(0x2000, "Dolby AC-3"),
            Map.entry(0xF1AC, "FLAC"),
            Map.entry(0xFFFE, "WAVE_FORMAT_EXTENSIBLE"));

    private FormatTags() {
    }

    /** e.g. {@code "IMA ADPCM (format tag 0x0011)"} or {@code "format tag 0x1234"}. */
    static String describe(int tag) {
        String hex = String.format("0x%04X", tag);
        String name = NAMES.get(tag);
        return name == null ? "format tag " + hex : name + " (format tag " + hex + ")";
    }
}
