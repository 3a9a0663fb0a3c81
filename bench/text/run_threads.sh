#!/bin/sh
# Both cores in the text pipeline (issue 10, item 5; docs/textmodels.md "Threads"): the whole
# `genlens evaluate text` process on 10,000 real + 10,000 generated texts, --threads 1 against
# --threads 2 (the default on this 2-core machine is all cores), median of RUNS runs each, wall and
# CPU (user + sys) and peak RSS from /usr/bin/time -v. Checks that both give the same JSON
# (timings aside) and prints the wall-time ratio. Usage, from the repository root:
#   cmake --preset ci && cmake --build --preset ci --target genlens
#   bench/text/run_threads.sh [path/to/genlens]        (env: RUNS=5 N=10000 THREADS="1 2")
set -eu
BIN=${1:-build/ci/genlens}
RUNS=${RUNS:-5}
N=${N:-10000}
THREADS=${THREADS:-1 2}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${DATA:-/tmp/genlens_text_threads_$N}
PY=/usr/bin/python3

if [ ! -x "$BIN" ]; then
    echo "run_threads.sh: $BIN is not an executable genlens (pass its path)" >&2
    exit 1
fi
mkdir -p "$DATA"
if [ ! -f "$DATA/real.txt" ] || [ ! -f "$DATA/generated.txt" ]; then
    "$PY" "$HERE/make_texts.py" "$DATA" "$N"
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

echo "genlens evaluate text: $N real + $N generated texts ($DATA), $RUNS runs per thread count"
echo "machine: $(nproc) cores; $(uptime)"
for t in $THREADS; do
    r=1
    while [ "$r" -le "$RUNS" ]; do
        /usr/bin/time -v -o "$OUT/time_${t}_$r.txt" "$BIN" evaluate text --real "$DATA/real.txt" \
            --generated "$DATA/generated.txt" --json - --threads "$t" \
            > "$OUT/out_${t}_$r.json" 2> /dev/null
        r=$((r + 1))
    done
done
echo "after the runs: $(uptime)"

"$PY" - "$OUT" "$RUNS" $THREADS << 'EOF'
import json
import statistics
import sys

out, runs, threads = sys.argv[1], int(sys.argv[2]), sys.argv[3:]


def parse_time(path):
    fields = {}
    for line in open(path):
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    clock = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    wall = sum(float(part) * 60 ** i for i, part in enumerate(reversed(clock)))
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return wall, cpu, int(fields["Maximum resident set size (kbytes)"]) / 1024


def result(path):
    doc = json.load(open(path))
    timings = doc.pop("timings_ms", {})
    return json.dumps(doc, sort_keys=True), timings


medians = {}
reference = None
for t in threads:
    rows = [parse_time(f"{out}/time_{t}_{r}.txt") for r in range(1, runs + 1)]
    wall = statistics.median(w for w, _, _ in rows)
    cpu = statistics.median(c for _, c, _ in rows)
    rss = max(m for _, _, m in rows)
    medians[t] = wall
    walls = " ".join(f"{w:.2f}" for w, _, _ in rows)
    print(f"--threads {t}: wall median {wall:7.2f} s  CPU (user+sys) median {cpu:7.2f} s  "
          f"CPU/wall {cpu / wall:4.2f}  peak RSS {rss:6.0f} MiB   (walls: {walls})")
    # Stage timings of the run closest to the median wall time.
    best = min(range(runs), key=lambda i: abs(rows[i][0] - wall))
    text, timings = result(f"{out}/out_{t}_{best + 1}.json")
    stages = ", ".join(f"{k} {v / 1000:.2f}" for k, v in sorted(timings.items()) if v >= 50)
    print(f"    stages (s): {stages}")
    for r in range(1, runs + 1):
        same, _ = result(f"{out}/out_{t}_{r}.json")
        if reference is None:
            reference = same
        elif same != reference:
            print(f"    MISMATCH: run {r} with --threads {t} differs from the first run")
            sys.exit(1)
print("results: identical JSON (timings aside) for every run and thread count")
if "1" in medians:
    for t, wall in medians.items():
        if t != "1":
            print(f"wall-time ratio --threads 1 / --threads {t}: {medians['1'] / wall:.2f}")
EOF
