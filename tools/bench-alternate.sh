#!/usr/bin/env bash
# Extraction throughput of two builds, measured alternately so that a machine's drift
# (other load, heat) falls on both: the seeds are copied to a fixed corpus, and each round
# runs `extract CORPUS -o OUT.nq` with the old jar and the new one, in turn first. Prints
# every run and the medians. Run from the repository root:
#
#   tools/bench-alternate.sh /tmp/old.jar target/policykg.jar [ROUNDS] [DOCUMENTS] [THREADS]
#
# Defaults: 5 rounds, 750 documents (about 20 MB, as `bench` uses), threads = cores.
# Documents/s and the medians are by wall time (JVM start to exit, output written); "cpu s" is
# the JVM's user + system CPU time (GNU /usr/bin/time, Debian package time), which other load
# disturbs far less. The summary line's time ("summary s") is shown too, but builds before
# streaming stopped that clock before writing the file, so it does not compare across them.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 OLD.jar NEW.jar [ROUNDS] [DOCUMENTS] [THREADS]" >&2
    exit 2
fi
old=$1 new=$2 rounds=${3:-5} docs=${4:-750} threads=${5:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/corpus"
seeds=(seeds/*.txt)
for ((i = 0; i < docs; i++)); do
    f=${seeds[i % ${#seeds[@]}]}
    cp "$f" "$work/corpus/$(printf %05d $((i / ${#seeds[@]})))-$(basename "$f")"
done
echo "corpus: $docs documents, $(du -sm "$work/corpus" | cut -f1) MB; $rounds rounds; --threads $threads; $(java -version 2>&1 | head -1); $(nproc) cores"
printf '%-5s %-4s %8s %10s %8s %12s %14s %6s\n' round jar "wall s" "summary s" "cpu s" documents/s characters/s load

# One run: prints "WALL SUMMARY-SECONDS CHARACTERS CPU" for the jar.
run() {
    local t0 t1 line cpu=0
    t0=$(date +%s.%N)
    line=$(/usr/bin/time -f '%U %S' -o "$work/time" java -jar "$1" extract "$work/corpus" -o "$work/out.nq" -q --threads "$threads" 2>&1 | grep ' documents (' | tail -1)
    t1=$(date +%s.%N)
    rm -f "$work/out.nq"
    local chars secs
    chars=$(sed -E 's/.* ([0-9,]+) characters.*/\1/' <<<"$line" | tr -d ,)
    secs=$(sed -E 's/.* in ([0-9.]+) s.*/\1/' <<<"$line")
    cpu=$(awk '{print $1 + $2}' "$work/time")
    echo "$(echo "$t1 - $t0" | bc) $secs $chars $cpu"
}

declare -a old_wall new_wall old_cpu new_cpu
for ((r = 1; r <= rounds; r++)); do
    # Alternate which goes first, so neither always runs on a warmer page cache.
    if ((r % 2)); then order=(old new); else order=(new old); fi
    for which in "${order[@]}"; do
        jar=$old; [ "$which" = new ] && jar=$new
        read -r wall secs chars cpu <<<"$(run "$jar")"
        load=$(cut -d' ' -f1 /proc/loadavg)
        printf '%-5s %-4s %8.2f %10.1f %8.1f %12.1f %14.0f %6s\n' "$r" "$which" "$wall" "$secs" "$cpu" \
            "$(echo "$docs / $wall" | bc -l)" "$(echo "$chars / $wall" | bc -l)" "$load"
        if [ "$which" = old ]; then old_wall+=("$wall"); old_cpu+=("$cpu"); else new_wall+=("$wall"); new_cpu+=("$cpu"); fi
    done
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for which in old new; do
    if [ "$which" = old ]; then w=$(median "${old_wall[@]}") c=$(median "${old_cpu[@]}"); else w=$(median "${new_wall[@]}") c=$(median "${new_cpu[@]}"); fi
    printf 'median %-4s wall %.2f s: %.1f documents/s; cpu %.1f s\n' "$which" "$w" "$(echo "$docs / $w" | bc -l)" "$c"
done
