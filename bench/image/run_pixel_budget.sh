#!/bin/bash
# Peak memory of `genlens evaluate image` on folders of 1/4/8/16/32 copies (hard links) of one
# 9000x9000 PNG (issue 15): with the budget of decoded pixels in flight it stays flat in the
# number of images. Also the .npz inflation case: a 1 MB .npz that inflates to 1 GiB and a 4 MB one
# that inflates to 4 GiB against a 64-dimensional real set. One command, prints everything:
#   bench/image/run_pixel_budget.sh [GENLENS] [WORKDIR]
set -euo pipefail
genlens=${1:-build/ci/genlens}
work=${2:-/tmp/genlens_pixel_budget}
mkdir -p "$work"
py=/usr/bin/python3
[ -f "$work/big.png" ] || "$py" - "$work/big.png" <<'PY'
import sys, zlib, struct, numpy as np
h = w = 9000
y = np.arange(h, dtype=np.uint32)[:, None]; x = np.arange(w, dtype=np.uint32)[None, :]
img = np.stack(np.broadcast_arrays((x * 7 + y) % 256, (y * 3 + 0 * x) % 256, (x ^ y) % 256), axis=-1).astype(np.uint8)
raw = np.concatenate([np.zeros((h, 1), np.uint8), img.reshape(h, w * 3)], axis=1).tobytes()
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
open(sys.argv[1], 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                              + chunk(b'IDAT', zlib.compress(raw, 6)) + chunk(b'IEND', b''))
PY
[ -f "$work/bomb4g.npz" ] || "$py" - "$work" <<'PY'
import sys, numpy as np
d = sys.argv[1]
np.save(d + '/real64.npy', np.random.default_rng(0).standard_normal((1000, 64)).astype(np.float32))
np.savez_compressed(d + '/bomb1g.npz', arr_0=np.zeros((262144, 1024), np.float32))
np.savez_compressed(d + '/bomb4g.npz', arr_0=np.zeros((1048576, 1024), np.float32))
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)   genlens: $genlens"
peak() { # label, command...
    local label=$1; shift
    /usr/bin/time -v "$@" > "$work/out.txt" 2> "$work/err.txt" && rc=0 || rc=$?
    printf '%-28s rc=%s peak_rss=%s MiB  cpu(user+sys)=%s s  %s\n' "$label" "$rc" \
        "$(awk '/Maximum resident/ {printf "%d", $NF / 1024}' "$work/err.txt")" \
        "$(awk '/User time|System time/ {s += $NF} END {print s}' "$work/err.txt")" \
        "$(grep -m1 '^genlens:' "$work/err.txt" || true)"
}
for n in 1 4 8 16 32; do
    mkdir -p "$work/n$n"
    for i in $(seq 1 $n); do ln -f "$work/big.png" "$work/n$n/img$i.png"; done
    peak "$n x 9000x9000 PNG" "$genlens" evaluate image --real "$work/n$n" --generated "$work/n$n" --metrics fid --quiet
done
for b in bomb1g bomb4g; do
    peak "$b.npz vs 64-d features" "$genlens" evaluate image --real "$work/real64.npy" --generated "$work/$b.npz" --metrics fid --quiet
done
