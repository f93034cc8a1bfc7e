#!/usr/bin/env python3
"""An independent F0 reference for ProsodyTrackerTest: Boersma's (1993) autocorrelation method, not YIN.

Each 10 ms frame takes the 50 ms of audio centred on it (zero outside the clip), applies a Hann window,
divides the normalised autocorrelation by the window's own (Boersma's correction), and takes a peak between
the lags of 600 Hz and 50 Hz, refined by parabolic interpolation; an octave cost (as Praat's) favours the
shorter lag among peaks of similar height. A frame is voiced when that peak exceeds 0.45 (Praat's default voicing threshold) and its RMS is within 45 dB of the clip's loudest frame.

    pitch_reference.py IN.wav OUT.csv      # writes time_s,f0_hz (empty when unvoiced)
"""
import sys
import wave

import numpy as np

HOP_S, WINDOW_S, MIN_HZ, MAX_HZ, VOICING, SILENCE_DB = 0.01, 0.05, 50.0, 600.0, 0.45, 45.0
# Praat's default is 0.01, but Praat also finds a path through time (octave-jump cost) that this reference
# lacks; without it 0.01 and 0.03 still pick the lower octave on a few frames of speech16k.wav.
OCTAVE_COST = 0.05


def read_pcm16(path):
    with wave.open(path, "rb") as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768.0
        return data, w.getframerate()


def autocorrelation(x):
    n = len(x)
    spectrum = np.fft.rfft(x, 2 * n)
    return np.fft.irfft(spectrum * np.conj(spectrum))[:n]


def track(samples, rate):
    hop, window = round(HOP_S * rate), round(WINDOW_S * rate)
    frames = 1 + (len(samples) - 1) // hop
    padded = np.concatenate([np.zeros(window), samples, np.zeros(window)])
    hann = np.hanning(window)
    window_ac = autocorrelation(hann)
    window_ac /= window_ac[0]
    low, high = int(np.floor(rate / MAX_HZ)), int(np.ceil(rate / MIN_HZ))
    chunks = [padded[window + i * hop - window // 2: window + i * hop - window // 2 + window] for i in range(frames)]
    rms = np.array([np.sqrt(np.mean(c * c)) for c in chunks])
    db = 20 * np.log10(np.maximum(rms, 1e-6))
    f0 = np.full(frames, np.nan)
    for i, chunk in enumerate(chunks):
        if db[i] < db.max() - SILENCE_DB or rms[i] == 0:
            continue
        centred = (chunk - chunk.mean()) * hann
        ac = autocorrelation(centred)
        if ac[0] <= 0:
            continue
        r = ac / ac[0] / window_ac
        peaks = [lag for lag in range(low + 1, high) if r[lag] >= r[lag - 1] and r[lag] > r[lag + 1]]
        if not peaks:
            continue
        # Praat's octave cost: a longer lag (a lower octave) must correlate clearly better to win.
        lag = max(peaks, key=lambda lag: r[lag] - OCTAVE_COST * np.log2(MIN_HZ * lag / rate))
        if r[lag] < VOICING:
            continue
        a, b, c = r[lag - 1], r[lag], r[lag + 1]
        shift = 0.5 * (a - c) / (a - 2 * b + c)
        f0[i] = rate / (lag + shift)
    return hop / rate, f0


if __name__ == "__main__":
    samples, rate = read_pcm16(sys.argv[1])
    hop_s, f0 = track(samples, rate)
    with open(sys.argv[2], "w") as out:
        out.write("time_s,f0_hz\n")
        for i, hz in enumerate(f0):
            out.write(f"{i * hop_s:.3f},{'' if np.isnan(hz) else f'{hz:.3f}'}\n")
