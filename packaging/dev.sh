#!/usr/bin/env bash
# The two set-up commands of the README:
#   bash packaging/dev.sh demo   install dependencies, build, open GenLens on the demo project
#   bash packaging/dev.sh test   install dependencies, build, run the whole test suite
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
    ;;
*)
    echo "usage: bash packaging/dev.sh demo|test" >&2
    exit 1
    ;;
esac
