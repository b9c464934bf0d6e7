#!/usr/bin/env bash
# Hunts for tests that fail by chance: runs every test project except the browser one RUNS times in a row and the
# browser project BROWSER_RUNS times, while the machine is kept busy by LOAD (default: stress-ng on 4 CPU workers,
# twice the cores CI has). Run it through `make stress`, which builds, publishes and makes the cube first.
# Writes .build/stress/report.md: every run's counts and every failure with its message, grouped by test.
set -uo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
BROWSER_RUNS=${BROWSER_RUNS:-3}
CONFIG=${CONFIG:-Release}
LOAD=${LOAD:-stress-ng --cpu 4 --quiet}
OUT=.build/stress
mkdir -p "$OUT"
rm -f "$OUT"/*.trx "$OUT"/*.log

# Every test project but the browser one, found on disk (a new project is hunted too).
projects=()
for dir in tests/EcomCompare.*.Tests; do
  name=${dir#tests/EcomCompare.}; name=${name%.Tests}
  [ "$name" = Browser ] || projects+=("$name")
done

load_pid=
if [ -n "$LOAD" ]; then
  $LOAD >/dev/null 2>&1 &
  load_pid=$!
  trap '[ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null; pkill -P "$load_pid" 2>/dev/null' EXIT
  echo "machine kept busy by: $LOAD (pid $load_pid)"
fi

run() { # project, run number
  local project=$1 n=$2 name="EcomCompare.$1.Tests"
  dotnet test "tests/$name" -c "$CONFIG" --no-build \
    --logger "trx;LogFileName=$PWD/$OUT/$project-$n.trx" >"$OUT/$project-$n.log" 2>&1
  local status=$?
  printf '%-10s run %2d: %s\n' "$project" "$n" "$(grep -Eo '(Passed|Failed)! +- .*Total: +[0-9]+' "$OUT/$project-$n.log" | head -1 || echo "exit $status")"
}

started=$(date +%s)
for n in $(seq 1 "$RUNS"); do
  for p in "${projects[@]}"; do run "$p" "$n"; done
done
for n in $(seq 1 "$BROWSER_RUNS"); do run Browser "$n"; done
elapsed=$(( $(date +%s) - started ))

# The report: runs, and every failed test with the first line of its message, from the trx files.
python3 - "$OUT" "$RUNS" "$BROWSER_RUNS" "$LOAD" "$elapsed" <<'PY'
import collections, glob, os, re, sys, xml.etree.ElementTree as ET
out, runs, browser_runs, load, elapsed = sys.argv[1:]
ns = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
counts = collections.OrderedDict()
failures = collections.defaultdict(list)
for trx in sorted(glob.glob(os.path.join(out, '*.trx'))):
    run = os.path.basename(trx)[:-4]
    root = ET.parse(trx).getroot()
    c = root.find('.//t:ResultSummary/t:Counters', ns)
    counts[run] = (int(c.get('passed')), int(c.get('failed')), int(c.get('total')))
    for r in root.iter('{%s}UnitTestResult' % ns['t']):
        if r.get('outcome') == 'Failed':
            m = r.find('.//t:Message', ns)
            msg = (m.text or '').strip().splitlines()[0][:300] if m is not None and m.text else ''
            failures[r.get('testName')].append((run, msg))
with open(os.path.join(out, 'report.md'), 'w') as f:
    f.write(f'# Stress run\n\n{runs} runs of each test project but the browser one, {browser_runs} of the browser project, '
            f'with the machine kept busy by `{load or "nothing"}`; {int(elapsed) // 60} min in all.\n\n')
    f.write('| run | passed | failed | total |\n|---|---|---|---|\n')
    for run, (p, fl, t) in counts.items():
        f.write(f'| {run} | {p} | {fl} | {t} |\n')
    total_failed = sum(fl for _, fl, _ in counts.values())
    f.write(f'\n**{total_failed} failures** in {len(counts)} runs.\n')
    for test, where in sorted(failures.items()):
        f.write(f'\n## {test}\n\n')
        for run, msg in where:
            f.write(f'- {run}: {msg}\n')
print(open(os.path.join(out, 'report.md')).read())
sys.exit(1 if failures else 0)
PY
