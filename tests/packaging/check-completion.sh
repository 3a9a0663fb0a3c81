#!/usr/bin/env bash
# Checks the generated bash completion against the program's --help output, independently of the
# C++ parser that generated it: for every command (and modality), every option --help prints is
# offered when completing "--", and the sub-commands and modalities are offered by name.
#   check-completion.sh GENLENS COMPLETION_SCRIPT
set -euo pipefail
genlens=$1
source "$2"

complete_words() { # words... (the last one is being completed)
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _genlens
    printf '%s\n' "${COMPREPLY[@]}"
}

failures=0
check() { # description, expected word, offered words
    if ! grep -qxF -- "$2" <<<"$3"; then
        echo "FAIL: $1: '$2' is not offered" >&2
        failures=$((failures + 1))
    fi
}

commands=$(env -u DISPLAY -u WAYLAND_DISPLAY "$genlens" --help \
    | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || { echo "FAIL: genlens --help lists no commands" >&2; exit 1; }
top_level=$(complete_words genlens "")
invocations=("")
for command in $commands; do
    check "genlens <TAB>" "$command" "$top_level"
    modalities=$(env -u DISPLAY -u WAYLAND_DISPLAY "$genlens" --help \
        | awk -v c="$command" '$1 == c && $2 ~ /\|/ { gsub(/\|/, " ", $2); print $2 }')
    if [ -z "$modalities" ]; then
        invocations+=("$command")
        continue
    fi
    offered=$(complete_words genlens "$command" "")
    for modality in $modalities; do
        check "genlens $command <TAB>" "$modality" "$offered"
        invocations+=("$command $modality")
    done
done

checked=0
for invocation in "${invocations[@]}"; do
    # shellcheck disable=SC2086 # the words of the invocation are meant to split
    options=$(env -u DISPLAY -u WAYLAND_DISPLAY "$genlens" $invocation --help \
        | sed -n '/^Options:/,/^$/p' | grep -oE '^  (-[A-Za-z0-9], )?--?[A-Za-z0-9-]+' \
        | tr ',' '\n' | tr -d ' ')
    # shellcheck disable=SC2086
    offered=$(complete_words genlens $invocation -)
    for option in $options; do
        check "genlens $invocation -<TAB>" "$option" "$offered"
        checked=$((checked + 1))
    done
done
if [ "$failures" -ne 0 ]; then
    echo "check-completion: $failures of $checked options or commands missing" >&2
    exit 1
fi
echo "check-completion: ${#invocations[@]} invocations, $checked options offered"
