#!/usr/bin/env bash
# One long input against two builds, in fresh JVMs as bench-forms runs it (-Xmx256m, --threads 2),
# alternating which goes first: each round runs, per jar, a small file (the JVM's start and the
# context's load) and then the input, and prints the wall clock and the user + system CPU of both
# (GNU /usr/bin/time). "Without the start" is the input's figure less the small file's. E.g.
#
#   tools/bench-alternate-file.sh /tmp/old.jar target/policykg.jar BENCH.pdf seeds/000_1946f55c0c7bf20a.txt 3
#
# (`bench-long --write DIR` writes the bench-forms PDF and the long plain inputs.)
set -euo pipefail

if [ $# -lt 4 ]; then
    echo "usage: $0 OLD.jar NEW.jar INPUT SMALL-INPUT [ROUNDS]" >&2
    exit 2
fi
old=$1 new=$2 input=$3 small=$4 rounds=${5:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # JAR FILE: prints "WALL CPU"
    /usr/bin/time -f '%e %U %S' -o "$work/t" java -Xmx256m -jar "$1" extract "$2" -o "$work/o.nq" -q --threads 2 >/dev/null 2>&1
    awk '{printf "%.2f %.2f", $1, $2 + $3}' "$work/t"
}

printf '%-5s %-4s %12s %11s %12s %11s %14s %6s\n' round jar "start wall" "start cpu" "input wall" "input cpu" "cpu w/o start" load
for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then order=(old new); else order=(new old); fi
    for which in "${order[@]}"; do
        jar=$old; [ "$which" = new ] && jar=$new
        read -r sw sc <<<"$(run "$jar" "$small")"
        read -r iw ic <<<"$(run "$jar" "$input")"
        printf '%-5s %-4s %12s %11s %12s %11s %14.2f %6s\n' "$r" "$which" "$sw" "$sc" "$iw" "$ic" \
            "$(echo "$ic - $sc" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
    done
done
