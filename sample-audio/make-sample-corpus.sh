#!/usr/bin/env bash
# Regenerates Emoscope's bundled SYNTHETIC sample corpus (espeak-ng + sox).
#
# Output, laid out like the real corpora so Emoscope's readers accept it:
#   savee/AudioData/<SPK>/<code><NN>.wav   English, 44.1 kHz, 16-bit, mono
#   emodb/wav/<SS><TTT><E><V>.wav          German,  16 kHz,   16-bit, mono
#
# Each emotion is a fixed prosody recipe (pitch level and range, rate,
# level, voice quality) taken from the acoustic literature on emotional
# speech; each clip adds a small jitter derived from a checksum of its file
# name, so the output is identical on every run.
#
# Usage: bash sample-audio/make-sample-corpus.sh   (needs espeak-ng and sox)
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly here
readonly size_limit_bytes=$((15 * 1000 * 1000))

# Clips per speaker and emotion. Chosen to fit the size budget above;
# 44.1 kHz mono costs 88 KB/s, 16 kHz costs 32 KB/s.
readonly savee_clips=4
readonly emodb_clips=4

for tool in espeak-ng sox soxi; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install espeak-ng sox)" >&2; exit 1; }
done

# --- Sentences: short, emotionally neutral, same texts for every emotion ---
english=(
  "Open the door."
  "The car is red."
  "It is nine o'clock."
  "Bring the paper."
  "The shop is closed."
  "Take the cup."
)
german_ids=(a01 a02 a04 a05 a07 b01)
german=(
  "Die Tür ist offen."
  "Das Auto ist rot."
  "Es ist neun Uhr."
  "Der Laden ist zu."
  "Nimm die Tasse."
  "Das Buch liegt dort."
)

# --- Speakers: espeak voice+variant, base pitch (-p), base rate (-s wpm) ---
savee_speakers=(DC JE JK KL)
declare -A voice=(
  [DC]="en+m3"             [JE]="en-us+m1"  [JK]="en-gb-scotland+m2" [KL]="en-gb-x-rp+m7"
  [03]="de+m2"             [08]="de+f3"     [09]="de+f1"             [10]="de+m5"
)
declare -A base_pitch=([DC]=45 [JE]=36 [JK]=64 [KL]=50 [03]=44 [08]=52 [09]=40 [10]=36)
declare -A base_rate=( [DC]=170 [JE]=182 [JK]=162 [KL]=176 [03]=168 [08]=178 [09]=160 [10]=172)
emodb_speakers=(03 08 09 10)
versions=(a b c d)

# --- Emotion recipes ---------------------------------------------------------
# Fields: pitch% range% rate% peak_dB word_gap(x10ms) sox-voice-quality-effects
# pitch/range/rate are espeak-ng SSML <prosody> percentages of the speaker's
# default (unsigned: espeak-ng reads "+N%" as relative but "N%" as a
# multiple, so 100 is the speaker's own value); peak_dB is the peak level
# after processing; word_gap is espeak-ng's -g pause between words.
declare -A recipe=(
  [neutral]="100  100  100  -6   0  "
  [anger]="125  170  130  -1   0  overdrive 30 10 gain -20 compand 0.01,0.15 -60,-60,-30,-12,0,-3 treble 4"
  [happiness]="135  220  110  -5   0  treble 3"
  [fear]="200  55   135  -5   0  tremolo 8 45 highpass 250"
  [sadness]="78   40   76   -15  1  lowpass 1800"
  [boredom]="85   12   80   -11  0  lowpass 3500"
  [disgust]="75   110  80   -8   5  tremolo 28 55 lowpass 3000"
  [surprise]="150  260  108  -2   0  treble 2"
)
# Surprise ends on a question mark and lifts its last word a further 40 %,
# so the contour rises at the end as in surprised speech.
sentence_for() { # emotion text
  if [[ $1 == surprise ]]; then
    local text=${2%.}
    printf '%s <prosody pitch="140%%" range="150%%">%s?</prosody>' "${text% *}" "${text##* }"
  else
    printf '%s' "$2"
  fi
}

declare -A savee_code=([anger]=a [disgust]=d [fear]=f [happiness]=h [neutral]=n [sadness]=sa [surprise]=su)
declare -A emodb_code=([anger]=W [boredom]=L [disgust]=E [fear]=A [happiness]=F [sadness]=T [neutral]=N)
savee_emotions=(anger disgust fear happiness neutral sadness surprise)
emodb_emotions=(anger boredom disgust fear happiness sadness neutral)

# Deterministic jitter in [-span, +span] from a checksum of key and salt.
jitter() { # key salt span
  local sum
  sum=$(printf '%s/%s' "$1" "$2" | cksum | cut -d' ' -f1)
  echo $(( sum % (2 * $3 + 1) - $3 ))
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# render SPEAKER EMOTION TEXT RATE_HZ OUT
render() {
  local spk=$1 emo=$2 text=$3 rate_hz=$4 out=$5
  local pitch range rate peak gap fx key
  read -r pitch range rate peak gap fx <<<"${recipe[$emo]}"
  key=$(basename "$out")
  pitch=$(( pitch + $(jitter "$key" pitch 6) ))
  range=$(( range + $(jitter "$key" range 10) ))
  rate=$(( rate + $(jitter "$key" rate 5) ))
  local ssml="<speak><prosody pitch=\"${pitch}%\" range=\"${range}%\" rate=\"${rate}%\">$(sentence_for "$emo" "$text")</prosody></speak>"
  espeak-ng -m -z -v "${voice[$spk]}" -p "${base_pitch[$spk]}" -s "${base_rate[$spk]}" -g "$gap" \
    -w "$tmp/raw.wav" "$ssml"
  # Trim leading/trailing silence, apply the voice-quality effects, resample,
  # set the emotion's peak level and leave 40 ms of silence at each end.
  # -R and -D keep sox free of randomness (no dither); 12 dB of headroom
  # keeps the harsh recipes from clipping between effects.
  # shellcheck disable=SC2086  # fx is a list of sox effect words
  sox -R -D "$tmp/raw.wav" -b 16 -c 1 "$out" \
    silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse \
    gain -12 $fx rate -v "$rate_hz" norm "$peak" pad 0.04 0.04
}

savee_root="$here/savee"
emodb_root="$here/emodb"
rm -rf "$savee_root" "$emodb_root"

s=0
for spk in "${savee_speakers[@]}"; do
  mkdir -p "$savee_root/AudioData/$spk"
  e=0
  for emo in "${savee_emotions[@]}"; do
    for ((i = 0; i < savee_clips; i++)); do
      t=$(( (i + s + e) % ${#english[@]} ))
      out=$(printf '%s/AudioData/%s/%s%02d.wav' "$savee_root" "$spk" "${savee_code[$emo]}" $((i + 1)))
      render "$spk" "$emo" "${english[$t]}" 44100 "$out"
    done
    e=$((e + 1))
  done
  s=$((s + 1))
done

mkdir -p "$emodb_root/wav"
s=0
for spk in "${emodb_speakers[@]}"; do
  e=0
  for emo in "${emodb_emotions[@]}"; do
    for ((i = 0; i < emodb_clips; i++)); do
      t=$(( (i + s + e) % ${#german[@]} ))
      # A text repeated within one speaker and emotion becomes version b, c, ...
      version=${versions[i / ${#german[@]}]}
      out="$emodb_root/wav/${spk}${german_ids[$t]}${emodb_code[$emo]}${version}.wav"
      render "$spk" "$emo" "${german[$t]}" 16000 "$out"
    done
    e=$((e + 1))
  done
  s=$((s + 1))
done

# --- Size check: the sample audio (the demo run aside) must stay under the budget ---
total=$(du -sb --exclude=demo-run "$here" | cut -f1)
savee_count=$(find "$savee_root" -name '*.wav' | wc -l)
emodb_count=$(find "$emodb_root" -name '*.wav' | wc -l)
echo "sample corpus: $savee_count SAVEE-layout clips, $emodb_count EMO-DB-layout clips, $total bytes in $here"
if (( total >= size_limit_bytes )); then
  echo "sample-audio is $total bytes, over the $size_limit_bytes byte budget" >&2
  exit 1
fi
