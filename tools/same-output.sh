#!/usr/bin/env bash
# Checks that two builds write byte-identical graphs: each set of documents is extracted
# by both jars (N-Quads for every set, TriG as well for seeds) and the files compared with
# cmp, along with the exit codes and the error lines. Exits 1 and names each set that
# differs. Run from the repository root, e.g. before and after a refactoring:
#
#   tools/same-output.sh /tmp/old.jar target/policykg.jar [MORE-FOLDERS...]
#
# The sets are seeds, eval/heldout/texts, eval/heldout2/texts, eval/real/texts, plus any
# folders given after the jars.
set -uo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 OLD.jar NEW.jar [MORE-FOLDERS...]" >&2
    exit 2
fi
old=$1 new=$2
shift 2
sets=(seeds eval/heldout/texts eval/heldout2/texts eval/real/texts "$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one jar on one set; leaves the output, the exit code and the sorted error lines in $work.
extract() { # JAR DIR OUT-BASENAME EXT
    java -jar "$1" extract "$2" -o "$work/$3.$4" -q 2>"$work/$3.$4.err"
    echo $? >"$work/$3.$4.rc"
    grep '^error: ' "$work/$3.$4.err" | sort >"$work/$3.$4.errors" || true
}

status=0
for dir in "${sets[@]}"; do
    if [ ! -d "$dir" ]; then
        echo "MISSING $dir" >&2
        status=1
        continue
    fi
    exts=(nq)
    [ "$dir" = seeds ] && exts=(nq trig)
    for ext in "${exts[@]}"; do
        extract "$old" "$dir" old "$ext"
        extract "$new" "$dir" new "$ext"
        if cmp -s "$work/old.$ext" "$work/new.$ext" \
            && cmp -s "$work/old.$ext.rc" "$work/new.$ext.rc" \
            && cmp -s "$work/old.$ext.errors" "$work/new.$ext.errors"; then
            echo "same    $dir ($ext, $(wc -c <"$work/new.$ext") bytes, exit $(cat "$work/new.$ext.rc"))"
        else
            echo "DIFFERS $dir ($ext)"
            cmp "$work/old.$ext" "$work/new.$ext" | head -1
            diff "$work/old.$ext.rc" "$work/new.$ext.rc" >/dev/null || echo "  exit $(cat "$work/old.$ext.rc") -> $(cat "$work/new.$ext.rc")"
            diff "$work/old.$ext.errors" "$work/new.$ext.errors" | head -5
            status=1
        fi
    done
done
exit $status
