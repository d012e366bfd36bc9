#!/usr/bin/env bash
# Fuzzes the front end (load, decode, resolve, validate, render) with libFuzzer for SECONDS (default 60).
#
#   scripts/fuzz.sh 1800
#
# Seeds: every example and bad-input corpus fleet (handset.yaml, then "#---" and one tenant file), plus every
# earlier finding in Fuzz/crashers. New crashes, hangs and out-of-memory inputs are written to Fuzz/crashers:
# commit them (FuzzCrasherTests replays each one in `swift test`). The build is separate (.build-fuzz) because
# every module is compiled with -sanitize=fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scratch=.build-fuzz
HANDSET_FUZZ=1 swift build -c release --scratch-path "$scratch" --product handset-fuzz -Xswiftc -sanitize=fuzzer
corpus="$scratch/corpus"
rm -rf "$corpus" && mkdir -p "$corpus"
n=0
for fleet in examples/* Tests/Corpus/bad/*; do
  [ -f "$fleet/handset.yaml" ] || continue
  tenants=("$fleet"/tenants/*.yaml)
  if [ -e "${tenants[0]}" ]; then
    for tenant in "${tenants[@]}"; do
      { cat "$fleet/handset.yaml"; printf '\n#---\n'; cat "$tenant"; } > "$corpus/seed-$n"; n=$((n + 1))
    done
  else
    cp "$fleet/handset.yaml" "$corpus/seed-$n"; n=$((n + 1))
  fi
done
echo "fuzz: $n seeds, $(ls Fuzz/crashers | wc -l) earlier findings, $seconds s"
"$scratch/release/handset-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -artifact_prefix=Fuzz/crashers/ -print_final_stats=1 "$corpus" Fuzz/crashers
