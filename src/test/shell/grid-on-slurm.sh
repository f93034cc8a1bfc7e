#!/usr/bin/env bash
# Integration test of `emoscope grid` on a live Slurm cluster and on GNU parallel; installs nothing.
#   src/test/shell/grid-on-slurm.sh JAR
# Skips (exit 0, saying why) without sbatch on the PATH or a cluster answering sinfo. On the bundled
# sample corpus: a grid of 2 configurations (θ 0, θ 1; compact, 1 epoch) × 4 leave-one-speaker-out folds
# goes through submit.sh; one running task is requeued once; after merge.sbatch, each merged run must
# equal a one-process `train` of its configuration (predictions.csv and metrics.json byte for byte), and
# the same grid through GNU parallel must give the same predictions.
set -euo pipefail
jar=$(realpath "${1:?the emoscope jar}")
cd "$(dirname "$0")/../../.."
if ! command -v sbatch >/dev/null; then
  echo "grid-on-slurm: SKIPPED: sbatch is not on the PATH (install slurm-wlm and start a cluster, see .ci/run)"
  exit 0
fi
if ! sinfo -h >/dev/null 2>&1; then
  echo "grid-on-slurm: SKIPPED: no Slurm cluster answers sinfo (SLURM_CONF=${SLURM_CONF:-unset})"
  exit 0
fi
start=$SECONDS
work=$(mktemp -d /tmp/emoscope-grid-XXXXXX)
emoscope() { java -jar "$jar" "$@"; }
fail() { echo "grid-on-slurm: FAILED: $*" >&2; tail -n 20 "$work"/G/logs/*.log >&2 || true; exit 1; }
export OMP_WAIT_POLICY=PASSIVE XDG_CACHE_HOME=$work/cache
flags=(--target sample-audio/emodb --preset compact --epochs 1)

emoscope grid plan "${flags[@]}" --sweep theta=0,1 --cpus-per-task 1 --mem 1500M --time 0:20:00 \
  --out "$work/G" | tee "$work/plan.txt"
grep -q "8 tasks = 2 configurations × 1 seed × 4 folds" "$work/plan.txt" || fail "the plan is not 8 tasks"
bash "$work/G/submit.sh" | tee "$work/submit.txt"
array=$(sed -n 's/^array job \([0-9]*\),.*/\1/p' "$work/submit.txt")
[[ -n $array ]] || fail "no array job id"

# Requeue task 0 once, while it runs.
for _ in $(seq 1 600); do
  state=$(squeue -h -j "${array}_0" -o %T 2>/dev/null || true)
  [[ $state == RUNNING ]] && break
  sleep 0.1
done
[[ $state == RUNNING ]] || fail "task 0 never ran (state '$state')"
scontrol requeue "${array}_0"
echo "grid-on-slurm: requeued task 0 of array $array while it ran"

for _ in $(seq 1 900); do
  [[ -z $(squeue -h -u "$(id -un)" 2>/dev/null) ]] && break
  sleep 1
done
[[ -z $(squeue -h -u "$(id -un)") ]] || fail "jobs still queued after 15 minutes"
grep -q "requeued 1 time" "$work/G/logs/task-0.log" || fail "task 0 does not say it was requeued"
emoscope grid status "$work/G" || fail "not every task is done"
for configuration in theta-0 theta-1; do
  [[ -f $work/G/merged/$configuration/metrics.json ]] || fail "merge.sbatch did not merge $configuration"
done

# The same configurations in one process each, on one CPU as the tasks were (--cpus-per-task 1): another
# thread count sums in another order and changes probabilities in their last float digits.
one_cpu() { OMP_NUM_THREADS=1 java -XX:ActiveProcessorCount=1 -jar "$jar" "$@"; }
one_cpu train "${flags[@]}" --theta 0 --out "$work/one/theta-0" >/dev/null 2>&1
one_cpu train "${flags[@]}" --theta 1 --out "$work/one/theta-1" >/dev/null 2>&1
for configuration in theta-0 theta-1; do
  for file in predictions.csv metrics.json; do
    cmp "$work/G/merged/$configuration/$file" "$work/one/$configuration/$file" \
      || fail "$configuration/$file of the merged grid differs from one process"
  done
done

# The same grid through GNU parallel, without a scheduler.
if command -v parallel >/dev/null; then
  emoscope grid plan "${flags[@]}" --sweep theta=0,1 --out "$work/P" >/dev/null
  OMP_NUM_THREADS=1 parallel --will-cite --jobs 2 --joblog "$work/P/parallel.log" \
    java -XX:ActiveProcessorCount=1 -jar "$jar" grid task "$work/P" --index {} \
    :::: "$work/P/tasks.txt" >/dev/null 2>&1 || fail "a task failed under GNU parallel"
  emoscope grid merge "$work/P" >/dev/null
  for configuration in theta-0 theta-1; do
    cmp "$work/P/merged/$configuration/predictions.csv" "$work/G/merged/$configuration/predictions.csv" \
      || fail "GNU parallel and Slurm give other predictions for $configuration"
  done
  echo "grid-on-slurm: GNU parallel gives the same predictions"
else
  echo "grid-on-slurm: GNU parallel not installed; that half skipped"
fi
rm -rf "$work"
echo "grid-on-slurm: passed in $((SECONDS - start)) s"
