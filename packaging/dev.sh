#!/usr/bin/env bash
# The two set-up commands of the README:
#   bash packaging/dev.sh demo   install dependencies, build, open GenLens on the demo project
#   bash packaging/dev.sh test   install dependencies, build, run the whole test suite, run the
#                                metrics and app suites again under ASan + UBSan and each fuzz
#                                target for 30 s (packaging/sanitize.sh), then build the Debian
#                                package (lintian) and test it in a clean Debian 12 root
#                                (packaging/test-install.sh, as root: sudo when not root)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-}
case "$what" in
demo)
    bash packaging/install-deps.sh
    cmake --preset release
    cmake --build --preset release
    exec ./build/release/genlens --demo
    ;;
test)
    bash packaging/install-deps.sh
    preset=release
    if [ "${CI:-}" = "true" ]; then
        preset=ci
    fi
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    ctest --preset "$preset"
    bash packaging/sanitize.sh
    bash packaging/build-deb.sh "$preset"
    deb=$(ls -t "build/$preset"/genlens_*.deb | head -n 1)
    if [ "$(id -u)" -eq 0 ]; then
        bash packaging/test-install.sh "$deb"
    else
        sudo bash packaging/test-install.sh "$deb"
    fi
    ;;
*)
    echo "usage: bash packaging/dev.sh demo|test" >&2
    exit 1
    ;;
esac
