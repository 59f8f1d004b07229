#!/usr/bin/env bash
# bench/extract-ir.sh OLD_WORKTREE [NEW_WORKTREE=.]: the extractor's instructions per round (400 reports of 4,096
# characters, the reports of bench/extract-vs.ts) for two versions, counted by valgrind (cachegrind, no cache
# simulation) under V8's --predictable. Unlike CPU time, the count hardly moves with the load of a shared machine
# (about ±1 % between runs). A version is bundled with esbuild (--keep-names, as tsx runs it) and run for 2 and
# for 5 rounds; the difference / 3 leaves out start-up, compilation and warm-up. About 5 minutes per version.
set -euo pipefail
old=$(cd "$1" && pwd)
new=$(cd "${2:-.}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for v in old new; do
  dir=${!v}
  cat > "$work/$v.ts" <<TS
import { extractEvents } from "$dir/lib/extract/index";
import { benchReports } from "$new/bench/texts";
const reports = benchReports("$new");
const published = { start: "2021-06-14", end: "2021-06-30" };
for (let r = 0; r < Number(process.argv[2]); r++) for (const body of reports) extractEvents({ id: "b", body, published });
TS
  "$new/node_modules/.bin/esbuild" "$work/$v.ts" --bundle --platform=node --keep-names --outfile="$work/$v.js" --log-level=warning
done
count() { valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null node --predictable --hash-seed=1 --random-seed=1 "$work/$1.js" "$2" 2>&1 | sed -n 's/.*I *refs: *//p' | tr -d ,; }
declare -A per
for v in old new; do
  a=$(count $v 2); b=$(count $v 5)
  per[$v]=$(( (b - a) / 3 ))
  echo "$v (${!v}): $(( per[$v] / 1000000 )) M instructions per round"
done
echo "new/old: $(awk "BEGIN { printf \"%.3f\", ${per[new]} / ${per[old]} }")"
