#!/usr/bin/env python3
"""Where a JFR recording's CPU samples (jdk.ExecutionSample) went, by method.

    java -XX:StartFlightRecording=filename=x.jfr,settings=profile -jar target/policykg.jar extract DIR -o out.nq --threads 1
    tools/jfr-hot.py x.jfr                 # the project's methods by inclusive share, and the top frames
    tools/jfr-hot.py x.jfr Segmenter.join  # what one method spends its samples in: callees, lines, top frames

JDK 17 has no `jfr view hot-methods`; this reads `jfr print --json`. For finer samples than the
profile setting's 10 ms, copy $JAVA_HOME/lib/jfr/profile.jfc and set
jdk.ExecutionSample's period to 1 ms.
"""
import collections
import json
import subprocess
import sys


def stacks(path):
    out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '200', '--events', 'jdk.ExecutionSample', path],
                         capture_output=True, text=True, check=True).stdout
    for e in json.loads(out)['recording']['events']:
        st = e['values']['stackTrace']
        if st:
            yield [(f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name'], f.get('lineNumber'))
                   for f in st['frames']]


def show(title, counter, total, n):
    print('--', title)
    for k, c in counter.most_common(n):
        print(f'{100 * c / total:5.1f}%  {k}')


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    samples = list(stacks(sys.argv[1]))
    total = len(samples) or 1
    top = collections.Counter(s[0][0] for s in samples)
    if len(sys.argv) == 2:
        inclusive = collections.Counter()
        own = collections.Counter()
        for s in samples:
            names = [m for m, _ in s]
            inclusive.update(m for m in set(names) if m.startswith('org.policykg.') and '$$Lambda' not in m)
            first = next((m for m in names if m.startswith('org.policykg.')), None)
            if first:
                own[first] += 1
        print(f'{len(samples)} samples')
        show('project methods, inclusive', inclusive, total, 60)
        show('first project frame (where the project hands over to the JDK or a library)', own, total, 40)
        show('top frames', top, total, 25)
        return
    target = sys.argv[2]
    callees, lines, tops, hits = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for s in samples:
        idx = [i for i, (m, _) in enumerate(s) if target in m]
        if not idx:
            continue
        hits += 1
        i = max(idx)  # the outermost call, so recursion counts once
        if i > 0:
            callees[s[i - 1][0]] += 1
        lines[f'line {s[i][1]}'] += 1
        tops[s[0][0]] += 1
    print(f'{target}: {100 * hits / total:.1f}% of {len(samples)} samples')
    show('callees', callees, total, 25)
    show('lines', lines, total, 12)
    show('top frames under it', tops, total, 25)


if __name__ == '__main__':
    main()
