#!/usr/bin/env bash
# A single-node Slurm cluster for the grid integration test, started by hand (no systemd), as root:
#   .ci/slurm-cluster.sh start DIR   munge, slurmctld and slurmd with state, logs and sockets in DIR
#   .ci/slurm-cluster.sh stop DIR    stops them by the PIDs recorded in DIR
# Ports are on 127.0.0.1 and not 2024; the node is "localhost" whatever the host is called.
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?state folder}")

stop() {
  for daemon in slurmd slurmctld munged; do
    if [[ -f "$dir/$daemon.pid" ]]; then
      kill "$(cat "$dir/$daemon.pid")" 2>/dev/null || true
      rm -f "$dir/$daemon.pid"
    fi
  done
}

if [[ $action == stop ]]; then
  stop
  exit 0
fi

mkdir -p "$dir"/{state,spool,munge}
chmod 700 "$dir/munge"
mungekey -c -k "$dir/munge/munge.key" -f >/dev/null 2>&1 || mungekey -c -k "$dir/munge/munge.key"
chmod 400 "$dir/munge/munge.key"
munged --force -S "$dir/munge/socket" --key-file "$dir/munge/munge.key" --pid-file "$dir/munged.pid" \
  --log-file "$dir/munged.log" --seed-file "$dir/munge/seed"
cpus=$(nproc)
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2 ))
cat > "$dir/slurm.conf" <<CONF
ClusterName=emoscope-ci
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/socket
CredType=cred/munge
SlurmctldPort=6917
SlurmdPort=6918
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
ReturnToService=2
MpiDefault=none
JobRequeue=1
InactiveLimit=0
KillWait=30
MinJobAge=300
SlurmctldTimeout=30
SlurmdTimeout=60
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=ci Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$dir/slurm.conf
slurmctld -c -f "$dir/slurm.conf"
slurmd -N localhost -f "$dir/slurm.conf"
for _ in $(seq 1 60); do
  if sinfo -h -o %t 2>/dev/null | grep -q idle; then
    echo "slurm: node idle ($cpus CPUs, $memory MB); export SLURM_CONF=$dir/slurm.conf"
    exit 0
  fi
  sleep 0.5
done
echo "slurm: the node did not come up; logs in $dir" >&2
tail -5 "$dir"/*.log >&2 || true
stop
exit 1
