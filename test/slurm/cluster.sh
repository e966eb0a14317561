#!/usr/bin/env bash
# A single-node Slurm cluster for the tests, entirely inside one temporary folder:
#
#   test/slurm/cluster.sh start DIR   writes DIR/slurm.conf and a munge key, starts munged,
#                                     slurmctld and slurmd (127.0.0.1 only), waits until the
#                                     node takes jobs; then `SLURM_CONF=DIR/slurm.conf sbatch …`
#   test/slurm/cluster.sh stop DIR    cancels what is left and stops the daemons THIS script
#                                     started, by the process ids it kept in DIR/*.pid
#
# Runs as root (munged and slurmd need it); needs the Debian packages slurm-wlm and munge.
# Ports: SLURM_TEST_PORT (slurmctld; slurmd takes the next), default 16817.
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

conf="$dir/slurm.conf"
node="$(hostname -s)"
port="${SLURM_TEST_PORT:-16817}"

# Stops the daemon whose process id DIR/NAME.pid holds (if it still runs), then removes the file.
stop_daemon() {
  local pidfile="$dir/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

case "$action" in
start)
  for tool in munged slurmctld slurmd sbatch squeue scontrol; do
    command -v "$tool" >/dev/null || { echo "$0: $tool not found (apt-get install slurm-wlm munge)" >&2; exit 1; }
  done
  mkdir -p "$dir/state" "$dir/spool"
  chmod 700 "$dir"
  # munge: its own key and socket in DIR, so nothing of the machine's is used or changed
  dd if=/dev/urandom of="$dir/munge.key" bs=1024 count=1 status=none
  chmod 400 "$dir/munge.key"
  munged --foreground --force --key-file="$dir/munge.key" --socket="$dir/munge.socket" \
    --pid-file="$dir/munged.own.pid" --log-file="$dir/munged.log" \
    --seed-file="$dir/munged.seed" >/dev/null 2>&1 &
  echo $! >"$dir/munged.pid"

  cpus="$(nproc)"
  cat >"$conf" <<EOF
ClusterName=cutover-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$dir/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.own.pid
SlurmdPidFile=$dir/slurmd.own.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MaxArraySize=10001
MinJobAge=300
KillWait=5
InactiveLimit=0
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
  for _ in $(seq 50); do
    [ -S "$dir/munge.socket" ] && break
    sleep 0.1
  done
  [ -S "$dir/munge.socket" ] || { echo "$0: munged did not start (see $dir/munged.log)" >&2; exit 1; }

  # -i: ignore any state of an earlier run; -D: in the foreground, so $! is the daemon itself
  slurmctld -D -i -f "$conf" >"$dir/slurmctld.out" 2>&1 &
  echo $! >"$dir/slurmctld.pid"
  slurmd -D -f "$conf" -N "$node" >"$dir/slurmd.out" 2>&1 &
  echo $! >"$dir/slurmd.pid"

  # Ready when the node is idle (registered and taking jobs): within 30 s.
  for _ in $(seq 150); do
    state="$(SLURM_CONF="$conf" sinfo -h -n "$node" -o %T 2>/dev/null || true)"
    [ "$state" = "idle" ] && exit 0
    sleep 0.2
  done
  echo "$0: the node did not come up (state \"${state:-}\"; see $dir/slurmctld.log, $dir/slurmd.log)" >&2
  exit 1
  ;;
stop)
  if [ -f "$dir/slurmctld.pid" ] && kill -0 "$(cat "$dir/slurmctld.pid")" 2>/dev/null; then
    SLURM_CONF="$conf" scancel --quiet --user="$(id -un)" 2>/dev/null || true
    for _ in $(seq 50); do
      [ -z "$(SLURM_CONF="$conf" squeue -h -o %i 2>/dev/null)" ] && break
      sleep 0.2
    done
  fi
  stop_daemon slurmd
  stop_daemon slurmctld
  stop_daemon munged
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
