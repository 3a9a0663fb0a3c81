#!/usr/bin/env bash
# End-to-end test of sharded extraction on a real Slurm (issue 11): starts a private one-node
# Slurm cluster from Debian's packages (slurm-wlm, munge) on this machine, submits a 4-task job
# array over a small image folder with submit-features.sh, waits, and checks that the merged
# features, paths and statistics equal the single-process result byte for byte. Then stops the
# daemons and removes everything it made.
#   packaging/cluster/test-slurm.sh GENLENS_EXECUTABLE [WORK_DIR]
# Runs as root (as CI does) or as any user (the daemons run as that user). Idempotent: daemons left
# by an earlier interrupted run in WORK_DIR are stopped first. Uses its own ports, munge socket
# and configuration, so an installed Slurm or munge on the machine is not touched.
# Exit codes: 0 passed, 1 failed, 77 skipped (the Slurm or munge programs are not installed; CTest
# reports SKIPPED, never "passed").
set -euo pipefail

genlens=${1:?usage: test-slurm.sh GENLENS_EXECUTABLE [WORK_DIR]}
genlens=$(realpath "$genlens")
work=${2:-${TMPDIR:-/tmp}/genlens-slurm-test-$(id -u)}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shards=4
timeout_s=${GENLENS_SLURM_TIMEOUT:-300}

missing=()
for program in slurmctld slurmd sbatch squeue scontrol munged mungekey; do
    command -v "$program" >/dev/null 2>&1 || [ -x "/usr/sbin/$program" ] || missing+=("$program")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "test-slurm: SKIPPED: ${missing[*]} not installed (packaging/install-deps.sh installs slurm-wlm and munge)" >&2
    exit 77
fi
export PATH="$PATH:/usr/sbin:/sbin"

log() { echo "test-slurm: $*" >&2; }

stop_daemons() {
    local pidfile pid
    for pidfile in "$work"/run/slurmd.pid "$work"/run/slurmctld.pid "$work"/run/munged.pid; do
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile" 2>/dev/null || true)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$pidfile"
    done
}

dump_logs() {
    local f
    for f in "$work"/log/*.log "$work"/jobs/*.log; do
        [ -f "$f" ] || continue
        echo "----- $f (last 30 lines)" >&2
        tail -n 30 "$f" >&2
    done
}

finish() {
    local status=$?
    if [ $status -ne 0 ]; then
        log "FAILED (exit $status)"
        dump_logs
    fi
    stop_daemons
    if [ $status -eq 0 ] && [ -z "${GENLENS_SLURM_KEEP:-}" ]; then
        rm -rf "$work"
    fi
    exit $status
}

# A previous run killed half-way may have left daemons behind: stop them before starting anew.
stop_daemons
rm -rf "$work"
mkdir -p "$work"/{run,log,spool,state,munge,jobs,out}
trap finish EXIT
trap 'exit 130' INT TERM

user=$(id -un)
host=$(hostname -s)
cpus=$(nproc)
# Ports derived from the work folder, so that test runs of several build trees on one machine do
# not collide (and a real Slurm's 6817/6818 is never used); override with the variables.
port_base=$((20000 + ($(printf '%s' "$work" | cksum | cut -d' ' -f1) % 20000) * 2))
ctld_port=${GENLENS_SLURMCTLD_PORT:-$port_base}
slurmd_port=${GENLENS_SLURMD_PORT:-$((port_base + 1))}

# munge: a generated key and a private socket.
mungekey --create --keyfile="$work/munge/munge.key" >/dev/null 2>&1 \
    || dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 700 "$work/munge"
chmod 600 "$work/munge/munge.key"
munged --key-file="$work/munge/munge.key" --socket="$work/munge/munge.socket" \
    --pid-file="$work/run/munged.pid" --log-file="$work/log/munged.log" \
    --seed-file="$work/munge/munge.seed" --force

# slurm.conf: one node (this machine) in one partition; no cgroups, no accounting database.
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=genlens-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/munge.socket
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$work/log/jobcomp.txt
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=30
MinJobAge=600
NodeName=genlens-node NodeHostname=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=genlens Nodes=genlens-node Default=YES MaxTime=60 State=UP
CONF

slurmctld -i -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF" -N genlens-node
log "started munged, slurmctld and slurmd in $work"

# Wait until the node takes jobs.
deadline=$((SECONDS + 60))
until sinfo -h -N -o '%T' 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; do
    if [ $SECONDS -ge $deadline ]; then
        log "the node did not become idle: $(sinfo -h -N -o '%N %T %E' 2>&1)"
        exit 1
    fi
    sleep 1
done

# A small image folder: the demo's real images (and one undecodable file, which a shard must
# report as skipped rather than lose).
"$genlens" demo --data "$work/demo" --quiet
images="$work/demo/images/real"
printf 'not an image' > "$images/broken.png"

cd "$work/jobs"
read -r array merge < <(GENLENS="$genlens" "$here/submit-features.sh" "$shards" image "$images" "$work/out/real" \
    --chdir="$work/jobs" --time=10)
log "submitted array job $array ($shards tasks) and merge job $merge"

# Wait for both jobs to leave the queue.
deadline=$((SECONDS + timeout_s))
while [ -n "$(squeue -h -j "$array,$merge" -o '%i' 2>/dev/null)" ]; do
    if [ $SECONDS -ge $deadline ]; then
        log "timed out after ${timeout_s}s; queue: $(squeue -h -o '%i %T %r' 2>&1 | tr '\n' ';')"
        scancel "$array" "$merge" 2>/dev/null || true
        exit 1
    fi
    sleep 2
done
completed=$(grep -c 'JobState=COMPLETED' "$work/log/jobcomp.txt" || true)
if [ "$completed" -ne $((shards + 1)) ]; then
    log "expected $((shards + 1)) completed jobs, jobcomp says:"
    cat "$work/log/jobcomp.txt" >&2 || true
    exit 1
fi

# The single-process result, and the comparison: features, paths and statistics byte for byte.
"$genlens" features image --input "$images" --out "$work/out/single.npy" --quiet
"$genlens" stats --quiet --input "$work/out/single.npy" --out "$work/out/single.npz"
cmp "$work/out/single.npy" "$work/out/real.npy"
cmp "$work/out/single.paths.txt" "$work/out/real.paths.txt"
/usr/bin/python3 - "$work/out/single.npz" "$work/out/real.npz" <<'PY' || { log "statistics differ"; exit 1; }
import sys
import numpy as np
a, b = np.load(sys.argv[1]), np.load(sys.argv[2])
assert sorted(a.files) == sorted(b.files), (a.files, b.files)
for key in a.files:
    assert np.array_equal(a[key], b[key], equal_nan=True), key
PY
rows=$(wc -l < "$work/out/real.paths.txt")
log "PASSED: $shards Slurm array tasks merged into the single-process result ($rows rows, 1 skipped file)"
