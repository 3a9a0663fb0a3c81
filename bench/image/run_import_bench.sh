#!/bin/sh
# Importing image sets at the protocol's size (issue 10, items 6 and 7): one command that prints
#   1. `genlens evaluate image --real A --generated B --project p.genlens --metrics $METRICS` on
#      2 x N 128x128 PNGs for each N in $SIZES: peak RSS (flat in N), CPU and wall time, the
#      project's size and where its bytes go per image (project_sizes.py);
#   2. `genlens features image` on a 50,000 x 64 x 64 x 3 uint8 .npz (guided-diffusion's layout,
#      600 MB inflated): peak RSS (the batch is read slice by slice) and whether the features are
#      identical between the two builds;
# for GENLENS and, side by side, BEFORE (an older build, e.g. main's) when given.
# Usage, from the repository root (build first: cmake --build --preset ci --target genlens):
#   bench/image/run_import_bench.sh [GENLENS] [BEFORE]
#   e.g. bench/image/run_import_bench.sh build/ci/genlens /work/main/build/ci/genlens
# Environment: SIZES (default "5000 10000 20000"), WORK (default /tmp/genlens_import_bench; the
# images are made once and reused), METRICS (default fid), NPZ_ROWS (default 50000; 0 skips
# part 2). Time is CPU (user + sys) first: on a shared machine wall time depends on the load,
# which is printed with every run.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
GENLENS=$(realpath "${1:-build/ci/genlens}")
BEFORE=${2:-}
[ -n "$BEFORE" ] && BEFORE=$(realpath "$BEFORE")
SIZES=${SIZES:-"5000 10000 20000"}
WORK=${WORK:-/tmp/genlens_import_bench}
METRICS=${METRICS:-fid}
NPZ_ROWS=${NPZ_ROWS:-50000}
PY=/usr/bin/python3
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$WORK}
mkdir -p "$WORK"
cd "$WORK"

largest=0
for n in $SIZES; do [ "$n" -gt "$largest" ] && largest=$n; done
echo "making 2 x $largest PNGs of 128x128 in $WORK (once)"
$PY "$HERE/make_pngs.py" real "$largest" 128 1 &
$PY "$HERE/make_pngs.py" generated "$largest" 128 2
wait
# The first n images of each side, as folders of links.
for n in $SIZES; do
    for side in real generated; do
        dir=n$n/$side
        if [ ! -d "$dir" ]; then
            mkdir -p "$dir"
            ls "$side" | head -n "$n" | while read -r f; do ln -s "$WORK/$side/$f" "$dir/$f"; done
        fi
    done
done
echo "source PNGs: $(du -sb real | cut -f1) bytes for $(ls real | wc -l) images"

# run LABEL OUTFILE COMMAND...: /usr/bin/time -v around the command; prints one line.
run() {
    label=$1
    out=$2
    shift 2
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v "$@" > "$out.log" 2> "$out.time" || { echo "$label: FAILED"; tail -5 "$out.time"; return 1; }
    awk -v label="$label" -v load="$load" -F': ' '
        /User time/ {user=$2} /System time/ {sys=$2} /Elapsed/ {wall=$2}
        /Maximum resident/ {rss=$2}
        END {printf "%-34s peak RSS %5.0f MiB  CPU %7.1f s  wall %s  (load %s)\n",
             label, rss/1024, user+sys, wall, load}' "$out.time"
}

echo
echo "== 1. evaluate image --project, --metrics $METRICS =="
for n in $SIZES; do
    for build in after before; do
        bin=$GENLENS
        [ "$build" = before ] && bin=$BEFORE
        [ -z "$bin" ] && continue
        rm -f "p_${build}_$n.genlens" "p_${build}_$n.genlens-wal" "p_${build}_$n.genlens-shm"
        run "$build, 2 x $n" "eval_${build}_$n" "$bin" evaluate image --real "n$n/real" \
            --generated "n$n/generated" --project "p_${build}_$n.genlens" --metrics "$METRICS"
        grep -h "^fid" "eval_${build}_$n.log" || true
    done
done
echo
echo "-- project files --"
for n in $SIZES; do
    for build in after before; do
        [ -f "p_${build}_$n.genlens" ] || continue
        $PY "$HERE/project_sizes.py" "p_${build}_$n.genlens" "$build, 2 x $n"
    done
done

if [ "$NPZ_ROWS" -gt 0 ]; then
    echo
    echo "== 2. features image on a $NPZ_ROWS x 64 x 64 x 3 uint8 .npz =="
    batch=batch_$NPZ_ROWS.npz
    [ -f "$batch" ] || $PY "$HERE/make_batch.py" "$batch" "$NPZ_ROWS" 64 3
    echo "$batch: $(du -sb "$batch" | cut -f1) bytes, $((NPZ_ROWS * 64 * 64 * 3)) bytes inflated"
    run "after, features of $NPZ_ROWS" npz_after "$GENLENS" features image --input "$batch" \
        --out features_after.npy
    if [ -n "$BEFORE" ]; then
        run "before, features of $NPZ_ROWS" npz_before "$BEFORE" features image --input "$batch" \
            --out features_before.npy
        cmp -s features_after.npy features_before.npy && echo "features identical" \
            || echo "features DIFFER"
    fi
fi
