#!/usr/bin/env bash
# Validates the desktop integration files the package installs, with the freedesktop tools
# (Debian packages desktop-file-utils, appstream, shared-mime-info). Any hint or warning fails.
#   validate-desktop-files.sh desktop|metainfo|mime FILE
set -euo pipefail
what=$1 file=$2
case "$what" in
desktop)
    output=$(desktop-file-validate "$file" 2>&1) || { echo "$output"; exit 1; }
    if [ -n "$output" ]; then echo "$output"; exit 1; fi
    for key in 'Name\[zh_CN\]' 'Comment\[zh_CN\]' 'GenericName\[zh_CN\]' 'Exec=genlens %f' \
        'MimeType=application/x-genlens-project;' 'Icon=genlens'; do
        grep -q "^$key" "$file" || { echo "$file: no $key" >&2; exit 1; }
    done
    ;;
metainfo)
    # --no-net: CI may not reach the screenshot's host; --pedantic notes are printed, not failed.
    appstreamcli validate --no-net --pedantic "$file"
    output=$(appstreamcli validate --no-net "$file" 2>&1)
    if grep -qE '^[EW]: ' <<<"$output"; then echo "$output"; exit 1; fi
    for tag in '<name xml:lang="zh_CN">' '<summary xml:lang="zh_CN">' '<screenshot ' \
        '<release version='; do
        grep -q "$tag" "$file" || { echo "$file: no $tag" >&2; exit 1; }
    done
    ;;
mime)
    # Install the type into a scratch database and ask it which type a *.genlens name has.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$scratch/mime/packages/"
    cp "$file" "$scratch/mime/packages/genlens.xml"
    update-mime-database "$scratch/mime" >/dev/null
    grep -qx 'application/x-genlens-project:\*\.genlens' "$scratch/mime/globs" \
        || { echo "globs: *.genlens is not application/x-genlens-project" >&2; exit 1; }
    grep -qx 'application/x-genlens-project application/vnd.sqlite3' "$scratch/mime/subclasses" \
        || { echo "subclasses: not a subclass of application/vnd.sqlite3" >&2; exit 1; }
    ;;
*)
    echo "usage: validate-desktop-files.sh desktop|metainfo|mime FILE" >&2
    exit 1
    ;;
esac
echo "validate-desktop-files: $what: $file is valid"
