#!/usr/bin/env bash
# Emoscope against the PyTorch reference port (issue #10 §9), side by side on this machine: each
# configuration runs Emoscope, then PyTorch, ROUNDS times in turn, and the medians and the ratio are
# printed as a Markdown table. Both use 2 threads, random input, RMSProp, the same network.
# Usage: docs/torch-ab.sh [ROUNDS]   (needs a built target/emoscope.jar and ../shared/tools/torch-reference)
set -euo pipefail
rounds=${1:-3}
cd "$(dirname "$0")/.."
ref=../shared/tools/torch-reference
eval "$(bash "$ref/setup.sh" /tmp/torch-reference-blas)"   # Debian's torch 1.13.1 on OpenBLAS 0.3.21
export OMP_WAIT_POLICY=PASSIVE
log=$(mktemp)
# preset, training batch, training steps, frames, inference repeats: the issue's configurations at 256
# frames and at the default recipe's 81. Emoscope's steps and repeats are enough for the JIT to have
# compiled the hot loops, so both sides are timed in their steady state (a training run is hundreds of
# steps; PyTorch has no warm-up beyond its first call). The compact net's first ~20 steps are slower.
configs=("compact 32 40 256 60" "compact 32 60 81 200" "paper 64 2 256 10" "paper 64 3 81 30")
for round in $(seq "$rounds"); do
  for c in "${configs[@]}"; do
    read -r preset batch steps frames repeats <<<"$c"
    java -jar target/emoscope.jar bench train --json --preset "$preset" --batch "$batch" --steps "$steps" \
      --frames "$frames" 2>/dev/null | tr -d '\n' | sed "s/^/train $round /" >>"$log"; echo >>"$log"
    java -jar target/emoscope.jar bench infer --json --preset "$preset" --batch 16 --repeats "$repeats" \
      --frames "$frames" 2>/dev/null | tr -d '\n' | sed "s/^/infer $round /" >>"$log"; echo >>"$log"
    /usr/bin/python3 "$ref/bench_torch.py" "$preset" "$batch" "$steps" 2 "$frames" | sed "s/^/torch $round /" >>"$log"
  done
done
/usr/bin/python3 - "$log" <<'PY'
import json, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    kind, _, text = line.split(" ", 2)
    j = json.loads(text)
    key = (j["preset"], j["frames"])
    r = rows.setdefault(key, {"train": [], "infer": [], "torch_train": [], "torch_infer": [], "batch": None})
    if kind == "train":
        r["train"].append(j["samples_per_s"]); r["batch"] = j["batch"]; device = j["device"]
    elif kind == "infer":
        r["infer"].append(j["ms_per_clip"])
    else:
        r["torch_train"].append(j["clips_per_s"]); r["torch_infer"].append(j["infer_ms_b16"])
med = statistics.median
print(f"machine: {device}; {len(r['train'])} rounds, Emoscope and PyTorch alternated")
print("| preset | frames | training, batch | Emoscope clips/s | PyTorch clips/s | Emoscope ÷ PyTorch "
      "| inference ms/clip (batch 16): Emoscope | PyTorch | PyTorch ÷ Emoscope |")
print("|---|---|---|---|---|---|---|---|---|")
for (preset, frames), r in rows.items():
    e, t, ei, ti = med(r["train"]), med(r["torch_train"]), med(r["infer"]), med(r["torch_infer"])
    print(f"| {preset} | {frames} | {r['batch']} | {e:.1f} | {t:.1f} | {e / t:.2f} | {ei:.1f} | {ti:.1f} | {ti / ei:.2f} |")
PY
echo "raw figures: $log"
