#!/usr/bin/env bash
# Install test on a clean Debian 12 (issue 14 item 4). Run as root (CI does):
#   bash packaging/test-install.sh [genlens_VERSION_ARCH.deb]    (default: the newest build/*/genlens_*.deb)
#
# 1. A minimal bookworm root (mmdebstrap --variant=apt: essential packages and apt, nothing else)
#    from this machine's configured Debian package source, cached as a tarball in
#    $GENLENS_CI_CACHE (default /var/cache/genlens-ci) and rebuilt when missing. Downloaded
#    packages are cached there too, so a second run needs no download.
# 2. In a fresh copy of it: apt-get install --no-install-recommends ./genlens_*.deb, so only the
#    package's declared dependencies come in.
# 3. There, without a display: genlens --version and --help, genlens demo, genlens report,
#    evaluations of test fixtures (image features against the JSON contract's values, trec_eval's
#    recommendation test files), the window's --screenshots on the offscreen platform; stderr of
#    each must hold no Qt warning.
# 4. apt-get purge genlens; every file the package listed (dpkg -L) must be gone, and every
#    directory of the list must be gone unless it existed before the install.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
started=$(date +%s)

if [ "$(id -u)" -ne 0 ]; then
    echo "test-install: needs root (chroot, mounts)" >&2
    exit 1
fi
deb=${1:-$(ls -t "$here"/build/*/genlens_*.deb 2>/dev/null | head -1 || true)}
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "test-install: no package; build it with packaging/build-deb.sh" >&2
    exit 1
fi
deb=$(readlink -f "$deb")
version=$(dpkg-deb --field "$deb" Version)

cache=${GENLENS_CI_CACHE:-/var/cache/genlens-ci}
tarball=$cache/bookworm-apt.tar
archives=$cache/archives
mkdir -p "$archives/partial"
# One run at a time per cache (the tarball and apt's download lock are shared).
exec 9>"$cache/lock"
flock 9

step() { echo "test-install: $* ($(($(date +%s) - started)) s)"; }
fail() {
    echo "test-install: FAILED: $*" >&2
    exit 1
}

# The machine's Debian source (deb822 or one-line form), as apt on this machine uses it.
sources=""
for candidate in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    if [ -s "$candidate" ] && grep -qE '^[^#]*(deb|URIs:)' "$candidate"; then
        sources=$candidate
        break
    fi
done
[ -n "$sources" ] || fail "no Debian package source in /etc/apt"

if [ ! -s "$tarball" ]; then
    step "bootstrapping a minimal bookworm root from $sources into $tarball"
    # mmdebstrap chooses the output format by the name's extension: keep ".tar" last.
    mmdebstrap --quiet --variant=apt bookworm "${tarball%.tar}.partial.tar" "$sources"
    mv "${tarball%.tar}.partial.tar" "$tarball"
fi

work=$(mktemp -d /tmp/genlens-install.XXXXXX)
root=$work/root
mounts=()
cleanup() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true
    done
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT
mount_in() { # mount arguments..., target
    mount "$@"
    mounts+=("${*: -1}")
}

step "unpacking the clean root"
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
mount_in -t proc proc "$root/proc"
mount_in --bind /dev "$root/dev"
mount_in --bind "$archives" "$root/var/cache/apt/archives"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# A throw-away root: dpkg need not fsync every file (halves the install time).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/genlens-test-unsafe-io"

# A clean environment: no display, no Qt platform, no runtime folder, like cron or CI.
in_root() {
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# What is on the system before: directories the package may share must survive the purge.
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp \
        -o -path ./var/cache/apt -o -path ./var/lib/apt/lists \) -prune -o -print | sed 's|^\.||' | sort)
}

cp "$deb" "$root/tmp/"
chmod 0644 "$root/tmp/$(basename "$deb")"
mkdir -p "$root/tmp/fixtures"
cp "$here/tests/data/cli/real.npy" "$here/tests/data/cli/generated.npy" \
    "$here/tests/data/recsys/trec_eval/qrels.test.with-comments" \
    "$here/tests/data/recsys/trec_eval/results.comment.test" \
    "$root/tmp/fixtures/"

step "installing $(basename "$deb") with its declared dependencies"
in_root apt-get update -qq
snapshot >"$work/before"
in_root sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$(basename "$deb")" \
    >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "apt-get install"
}
grep -E '^(Need to get|After this operation)' "$work/apt.log" || true
in_root dpkg -L genlens | sort >"$work/package-files"
if grep -E '(^|/)tst_|/tests?/' "$work/package-files"; then
    fail "the package holds test files"
fi
for path in /usr/bin/genlens /usr/share/applications/genlens.desktop \
    /usr/share/metainfo/io.genlens.GenLens.metainfo.xml /usr/share/mime/packages/genlens.xml \
    /usr/share/icons/hicolor/scalable/apps/genlens.svg /usr/share/icons/hicolor/48x48/apps/genlens.png \
    /usr/share/man/man1/genlens.1.gz /usr/share/bash-completion/completions/genlens \
    /usr/share/doc/genlens/copyright; do
    grep -qx "$path" "$work/package-files" || fail "the package does not install $path"
done

# Runs a command in the root; stderr is kept and must hold no Qt or platform warning.
run() { # label, command...
    local label=$1
    shift
    if ! in_root "$@" >"$work/out" 2>"$work/err"; then
        cat "$work/out" "$work/err"
        fail "$label"
    fi
    if grep -E 'QStandardPaths|qt\.|QFont|[Ww]arning|display' "$work/err"; then
        fail "$label printed warnings on stderr"
    fi
    step "ok: $label"
}

run "genlens --version" genlens --version
[ "$(cat "$work/out")" = "genlens $version" ] || fail "--version printed '$(cat "$work/out")'"
run "genlens --help" genlens --help
[ ! -s "$work/err" ] || fail "--help wrote to stderr"
grep -q '^Usage: genlens ' "$work/out" || fail "--help has no usage line"
run "genlens evaluate text --help" genlens evaluate text --help
grep -q '^Usage: genlens evaluate text ' "$work/out" || fail "usage line: $(head -1 "$work/out")"

run "genlens demo" genlens demo --out /tmp/d.genlens --quiet
run "genlens report" genlens report /tmp/d.genlens --out /tmp/r.pdf
[ "$(head -c 5 "$root/tmp/r.pdf")" = "%PDF-" ] || fail "r.pdf is not a PDF"

run "genlens evaluate image (fixtures)" genlens evaluate image --real /tmp/fixtures/real.npy \
    --generated /tmp/fixtures/generated.npy --kid-subset-size 50 --kid-subsets 10 --quiet --json -
cp "$work/out" "$work/image.json"
/usr/bin/python3 - "$work/image.json" "$here/tests/data/cli/expected.json" <<'EOF'
import json, sys
got = json.load(open(sys.argv[1]))["metrics"]["fid"]["value"]
want = json.load(open(sys.argv[2]))["fid"]
if abs(got - want) > 1e-6 * abs(want):
    sys.exit(f"FID {got} differs from the fixture's {want}")
print(f"test-install: FID {got:.6f} as the fixture's scipy value {want:.6f}")
EOF
run "genlens evaluate recsys (trec_eval test files)" genlens evaluate recsys \
    --truth /tmp/fixtures/qrels.test.with-comments --recommendations /tmp/fixtures/results.comment.test \
    --cutoffs 10 --trec-ties --quiet --json -
/usr/bin/python3 - "$work/out" <<'EOF'
import json, sys
metrics = json.load(open(sys.argv[1]))["metrics"]
# trec_eval's own output for these files (tests/data/recsys/trec_eval/out.test.aq, "all").
for key, want in (("precision@10", 0.3000), ("ndcg@10", 0.3016), ("map@10", 0.0259)):
    got = metrics[key]["value"]
    if round(got, 4) != want:
        sys.exit(f"{key} {got} is not trec_eval's {want}")
print("test-install: precision@10, ndcg@10, map@10 as trec_eval prints them")
EOF

run "genlens FILE --screenshots (offscreen window)" env QT_QPA_PLATFORM=offscreen \
    genlens /tmp/d.genlens --screenshots /tmp/shots
shots=$(find "$root/tmp/shots" -name '*.png' -size +1k | wc -l)
[ "$shots" -ge 4 ] || fail "only $shots screenshots"
step "ok: $shots screenshots"

step "purging"
in_root apt-get purge -y -qq genlens >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log"
    fail "apt-get purge"
}
in_root dpkg-query -W -f='${db:Status-Status}\n' genlens 2>/dev/null | grep -qv '^not-installed$' \
    && fail "dpkg still knows genlens after the purge"
left=0
while read -r path; do
    [ -e "$root$path" ] || [ -L "$root$path" ] || continue
    if [ -d "$root$path" ] && grep -qxF "$path" "$work/before"; then
        continue # a shared directory (/usr, /usr/share/man/man1, ...) that was there before
    fi
    if [ -d "$root$path" ] && owner=$(in_root dpkg-query -S "$path" 2>/dev/null); then
        echo "test-install: kept, still used by ${owner%%:*}: $path"
        continue # a directory one of the dependencies also ships
    fi
    echo "left after purge: $path" >&2
    left=$((left + 1))
done <"$work/package-files"
[ "$left" -eq 0 ] || fail "$left paths of the package are left after the purge"
step "ok: purge left none of the $(wc -l <"$work/package-files") paths of the package"
step "PASSED for genlens $version"
