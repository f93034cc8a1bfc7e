#!/usr/bin/env python3
"""Checks the synthetic sample corpus and prints per-emotion acoustic figures.

Checks: every WAV has the corpus's format (SAVEE part 44.1 kHz, EMO-DB part
16 kHz; both 16-bit mono PCM), no file is empty or clipped, every speaker has
the same number of clips per emotion. Then prints per-emotion means of
duration, RMS level, F0 median and F0 spread (10th..90th percentile, in
semitones), and a leave-one-speaker-out nearest-centroid accuracy on simple
prosodic and spectral features as a sanity check that emotions are learnable
across speakers.

Usage: python3 sample-audio/check-sample-corpus.py   (needs numpy and scipy)
Exit status 1 when a check fails.
"""
import re
import sys
import wave
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent
SAVEE = re.compile(r"^(a|d|f|h|n|sa|su)(\d\d)\.wav$")
EMODB = re.compile(r"^(\d\d)([a-z]\d\d)([WLEAFTN])([a-z])\.wav$")
SAVEE_NAMES = {"a": "anger", "d": "disgust", "f": "fear", "h": "happiness",
               "n": "neutral", "sa": "sadness", "su": "surprise"}
EMODB_NAMES = {"W": "anger", "L": "boredom", "E": "disgust", "A": "fear",
               "F": "happiness", "T": "sadness", "N": "neutral"}
CLIPPED_RUN = 3  # this many consecutive full-scale samples count as clipping


def read_pcm16_mono(path, expected_rate, problems):
    with wave.open(str(path)) as w:
        rate, bits, channels = w.getframerate(), 8 * w.getsampwidth(), w.getnchannels()
        frames = w.readframes(w.getnframes())
    if (rate, bits, channels) != (expected_rate, 16, 1):
        problems.append(f"{path}: {rate} Hz {bits}-bit {channels} ch, expected {expected_rate} Hz 16-bit mono")
    x = np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32768.0
    if x.size == 0 or np.max(np.abs(x)) < 1e-3:
        problems.append(f"{path}: empty or silent")
    full = np.abs(x) >= 32767 / 32768.0
    if np.any(np.convolve(full, np.ones(CLIPPED_RUN), "valid") >= CLIPPED_RUN):
        problems.append(f"{path}: clipped")
    return x, rate


def f0_track(x, rate, fmin=60.0, fmax=600.0, hop_s=0.01, win_s=0.04):
    """Normalised-autocorrelation F0 (Hz) of the voiced, non-quiet frames."""
    n, hop = int(win_s * rate), int(hop_s * rate)
    level = np.sqrt(np.mean(x ** 2))
    lo, hi = int(rate / fmax), int(rate / fmin)
    f0 = []
    for start in range(0, len(x) - n - hi, hop):
        frame = x[start:start + n + hi]
        head = frame[:n]
        if np.sqrt(np.mean(head ** 2)) < 0.3 * level:
            continue
        lagged = np.lib.stride_tricks.sliding_window_view(frame, n)[lo:hi]
        r = lagged @ head / np.sqrt(np.sum(lagged ** 2, axis=1) * np.dot(head, head) + 1e-12)
        if r.max() < 0.6:
            continue
        # the first lag near the best peak, so subharmonics are not picked
        i = int(np.nonzero(r >= 0.9 * r.max())[0][0])
        while i + 1 < len(r) and r[i + 1] > r[i]:
            i += 1
        f0.append(rate / (lo + i))
    return np.array(f0)


def features(x, rate):
    """Small utterance-level feature vector: prosody, final F0 rise, spectral flatness, coarse spectrum."""
    f0 = f0_track(x, rate)
    semis = 12 * np.log2(f0) if f0.size else np.zeros(1)
    frame = int(0.025 * rate)
    frames = np.lib.stride_tricks.sliding_window_view(x, frame)[:: frame // 2]
    energy = 10 * np.log10(np.mean(frames ** 2, axis=1) + 1e-10)
    spec = np.abs(np.fft.rfft(x[: len(x) // 2 * 2], n=16384))
    freqs = np.fft.rfftfreq(16384, 1 / rate)
    edges = [0, 250, 500, 1000, 2000, 3000, 4000, 8000]
    bands = [np.log10(np.sum(spec[(freqs >= a) & (freqs < b)] ** 2) + 1e-10)
             for a, b in zip(edges[:-1], edges[1:])]
    bands = np.array(bands) - np.mean(bands)
    voiced_ratio = f0.size / max(1, len(energy) / 2)
    quarter = max(1, semis.size // 4)
    final_rise = np.median(semis[-quarter:]) - np.median(semis[: max(1, semis.size // 2)])
    flatness = np.exp(np.mean(np.log(spec + 1e-12))) / (np.mean(spec) + 1e-12)
    return np.concatenate([[len(x) / rate, np.median(semis), np.percentile(semis, 90) - np.percentile(semis, 10),
                            np.std(np.diff(semis)) if semis.size > 1 else 0, np.mean(energy), np.std(energy),
                            voiced_ratio, final_rise, flatness], bands])


def loso_accuracy(rows):
    """Leave-one-speaker-out nearest-centroid accuracy on per-speaker z-scored features."""
    rows = [dict(r) for r in rows]
    for spk in {r["speaker"] for r in rows}:  # speaker normalisation, as SER systems do
        mine = np.array([r["feat"] for r in rows if r["speaker"] == spk])
        mu, sd = mine.mean(0), mine.std(0) + 1e-9
        for r in rows:
            if r["speaker"] == spk:
                r["z"] = (r["feat"] - mu) / sd
    correct = total = 0
    for held in sorted({r["speaker"] for r in rows}):
        train = [r for r in rows if r["speaker"] != held]
        centroids = {e: np.mean([r["z"] for r in train if r["emotion"] == e], 0)
                     for e in {r["emotion"] for r in train}}
        for r in (r for r in rows if r["speaker"] == held):
            guess = min(centroids, key=lambda e: np.sum((r["z"] - centroids[e]) ** 2))
            correct += guess == r["emotion"]
            total += 1
    return correct / total


def collect(problems):
    parts = {"SAVEE": [], "EMO-DB": []}
    for path in sorted((ROOT / "savee" / "AudioData").glob("*/*.wav")):
        m = SAVEE.match(path.name)
        if not m:
            problems.append(f"{path}: name not in SAVEE layout")
            continue
        parts["SAVEE"].append((path, path.parent.name, SAVEE_NAMES[m[1]], 44100))
    for path in sorted((ROOT / "emodb" / "wav").glob("*.wav")):
        m = EMODB.match(path.name)
        if not m:
            problems.append(f"{path}: name not in EMO-DB layout")
            continue
        parts["EMO-DB"].append((path, m[1], EMODB_NAMES[m[3]], 16000))
    return parts


def main():
    problems = []
    for part, clips in collect(problems).items():
        counts = Counter((spk, emo) for _, spk, emo, _ in clips)
        speakers = sorted({s for s, _ in counts})
        emotions = sorted({e for _, e in counts})
        print(f"\n{part}: {len(clips)} clips, speakers {' '.join(speakers)}")
        if len(set(counts.values())) != 1 or len(counts) != len(speakers) * len(emotions):
            problems.append(f"{part}: unbalanced clip counts {dict(counts)}")
        else:
            print(f"  {next(iter(counts.values()))} clips per speaker and emotion, {len(emotions)} emotions")
        rows, by_emotion = [], defaultdict(list)
        for path, spk, emo, rate in clips:
            x, sr = read_pcm16_mono(path, rate, problems)
            f0 = f0_track(x, sr)
            rms_db = 20 * np.log10(np.sqrt(np.mean(x ** 2)) + 1e-12)
            spread = 12 * np.log2(np.percentile(f0, 90) / np.percentile(f0, 10)) if f0.size else 0.0
            by_emotion[emo].append((len(x) / sr, rms_db, 20 * np.log10(np.max(np.abs(x)) + 1e-12),
                                    np.median(f0) if f0.size else 0.0, spread))
            rows.append({"speaker": spk, "emotion": emo, "feat": features(x, sr)})
        print(f"  {'emotion':<10} {'n':>3} {'dur s':>6} {'RMS dB':>7} {'peak dB':>8} {'F0 Hz':>6} {'F0 spread st':>13}")
        for emo in emotions:
            m = np.mean(by_emotion[emo], axis=0)
            print(f"  {emo:<10} {len(by_emotion[emo]):>3} {m[0]:>6.2f} {m[1]:>7.1f} {m[2]:>8.1f} {m[3]:>6.0f} {m[4]:>13.1f}")
        print(f"  leave-one-speaker-out nearest-centroid accuracy: {loso_accuracy(rows):.2f}"
              f" (chance {1 / len(emotions):.2f})")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print("\nall checks passed" if not problems else f"\n{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
