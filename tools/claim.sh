#!/usr/bin/env bash
# Claims a public document before reading it, for a rule writer's pool (dev) or an evaluation set
# (eval), so that no document ends up in both (eval/METHOD.md). Atomic over both lists and every
# eval/*/SOURCES*.tsv; exits 1, saying who has it, when the repository+path is already taken.
#
#   CLAIMS=/path/outside/the/repo tools/claim.sh dev|eval CLAIMANT REPO PATH [NOTE]
set -euo pipefail
[ $# -ge 4 ] || { echo "usage: CLAIMS=DIR $0 dev|eval CLAIMANT REPO PATH [NOTE]" >&2; exit 2; }
list=$1; who=$2; repo=$3; path=$4; note=${5:-}
d=${CLAIMS:?set CLAIMS to the folder holding devpool.tsv and evalpool.tsv}
root=$(cd "$(dirname "$0")/.." && pwd)
touch "$d/devpool.tsv" "$d/evalpool.tsv"
exec 9>"$d/.claim.lock"; flock 9
if grep -qF "$repo"$'\t'"$path" "$d/devpool.tsv" "$d/evalpool.tsv"; then
    echo "TAKEN: $(grep -hF "$repo"$'\t'"$path" "$d/devpool.tsv" "$d/evalpool.tsv" | head -1)"; exit 1
fi
for f in "$root"/eval/*/SOURCES*.tsv; do
    if grep -F "$repo" "$f" | grep -qF "$path"; then
        echo "TAKEN: in an evaluation set, $(basename "$(dirname "$f")")"; exit 1
    fi
done
case $list in dev) f=devpool.tsv ;; eval) f=evalpool.tsv ;; *) echo "LIST is dev or eval" >&2; exit 2 ;; esac
printf '%s\t%s\t%s\t%s\n' "$who" "$repo" "$path" "$note" >> "$d/$f"
echo "claimed for $who: $repo $path"
