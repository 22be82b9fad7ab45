#!/usr/bin/env bash
# Same input, byte-identical output: extracts the given folders with one jar three ways — the
# default threads, --threads 1, and gzipped — compares the N-Quads byte for byte, then checks the
# graph against the project's shapes (validate). Exits 1 naming what differs or does not conform.
#
#   tools/determinism.sh target/policykg.jar seeds eval/real7/texts src/test/resources/forms
set -uo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 JAR FOLDER..." >&2
    exit 2
fi
jar=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$jar" extract -q "$@" -o "$work/default.nq" || { echo "extract failed (default threads)"; exit 1; }
java -jar "$jar" extract -q --threads 1 "$@" -o "$work/one.nq" || { echo "extract failed (--threads 1)"; exit 1; }
java -jar "$jar" extract -q "$@" -o "$work/gz.nq.gz" || { echo "extract failed (.gz)"; exit 1; }
gunzip -c "$work/gz.nq.gz" > "$work/gz.nq"
status=0
cmp -s "$work/default.nq" "$work/one.nq" || { echo "DIFFERS: --threads 1 against the default"; status=1; }
cmp -s "$work/default.nq" "$work/gz.nq" || { echo "DIFFERS: .nq.gz against .nq"; status=1; }
echo "$(wc -l < "$work/default.nq") quads, sha256 $(sha256sum < "$work/default.nq" | cut -c1-16)"
java -jar "$jar" validate "$work/default.nq" || { echo "DOES NOT CONFORM"; status=1; }
[ $status -eq 0 ] && echo "same output three ways; conforms"
exit $status
