#!/usr/bin/env bash
# Builds the Debian package with CPack from an optimised build and checks it with lintian.
#   bash packaging/build-deb.sh            # the release preset: build/release/genlens_<version>_<arch>.deb
#   bash packaging/build-deb.sh ci         # CI: reuse the ci preset's build (also Release, -Werror)
# Needs the packages of packaging/install-deps.sh (dpkg-dev for dpkg-shlibdeps, lintian).
# Prints the path of the package on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "build/$preset/CMakeCache.txt")
deb=$(ls "build/$preset/genlens_${version}_"*.deb)
echo "build-deb: $deb"
dpkg-deb --field "$deb"
# Errors fail the build; the warnings left are listed and justified in docs/packaging.md.
lintian --fail-on error "$deb"
echo "$deb"
