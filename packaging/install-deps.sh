#!/usr/bin/env bash
# Installs every Debian 12 package GenLens needs to build, test and run.
# Non-interactive and idempotent: packages already present are left alone.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # the libFuzzer targets (fuzz/, preset fuzz): Clang and its sanitizer and libFuzzer runtimes,
    # which --no-install-recommends would leave out
    clang libclang-rt-14-dev
    # Qt 6: Widgets, Charts, Sql (SQLite driver), Concurrent, Test, LinguistTools
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools linguist-qt6 libqt6sql6-sqlite libgl-dev libqt6opengl6-dev libxkbcommon-dev
    libqt6svg6-dev qt6-qpa-plugins
    # numerics and image/ONNX stack
    libeigen3-dev libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev
    libopencv-dnn-dev libzip-dev zlib1g-dev libonnx-dev libprotobuf-dev
    # SHA-1 row digests of feature matrices (metrics/core/npyrows.cpp)
    libssl-dev
    # benchmarks
    libbenchmark-dev
    # headless GUI runs, report checks, Chinese text in the UI and in PDFs
    xvfb xauth poppler-utils fonts-noto-cjk fonts-dejavu-core
    # the Debian package (CPack runs dpkg-shlibdeps) and its checks: lintian, the desktop file,
    # AppStream metadata, MIME type and man page validators, and the install test's clean root
    dpkg-dev lintian desktop-file-utils appstream shared-mime-info man-db mmdebstrap mount
    # sharded extraction test on a one-node Slurm (packaging/cluster/test-slurm.sh)
    slurm-wlm munge
    # tst_shards reads `genlens stats` output the way pytorch-fid does (np.load), with numpy
    python3-numpy
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
