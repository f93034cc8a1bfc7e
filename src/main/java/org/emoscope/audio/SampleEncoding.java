package org.emoscope.audio;

/** The sample encodings Emoscope decodes. */
public enum SampleEncoding {
    /** Integer PCM: 8-bit unsigned, 16/24/32-bit signed little-endian. */
    PCM_INTEGER,
    /** IEEE 754 float, 32 or 64 bit. */
    IEEE_FLOAT
}
