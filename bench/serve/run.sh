#!/usr/bin/env bash
# Serving benchmark (not a test): wrk against nginx with Handset's generated configuration for a 10k-device fleet
# (credentials, User-Agent MAC binding, rate limit, logging), then against the same files with no rules at all.
#   bash bench/serve/run.sh            # needs nginx and wrk (apt-get install nginx-light wrk), a release build
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${WORK:-/tmp/handset-serve-bench}
duration=${DURATION:-20s}
rm -rf "$work" && mkdir -p "$work/logs"
swift build -c release --product handset >/dev/null
swift build -c release --product handset-bench >/dev/null
.build/release/handset-bench generate --devices 10000 --tenants 100 --out "$work/fleet" >/dev/null
# Every tenant gets the same provisioning password from the environment, so that wrk can log in anywhere.
sed -i 's/^  password: derived$/  password: ${env:BENCH_PROV}/' "$work"/fleet/tenants/*.yaml
BENCH_PROV=bench-only-password HANDSET_MASTER_KEY=bench-only-master-key-0123456789abcdefgh \
  .build/release/handset build "$work/fleet" -o "$work/out" --access-log "$work/logs/provisioning.log" -q
python3 bench/serve/requests.py "$work/out" > "$work/requests.lua"
# wrk comes from one address, which the per-address limit (20 r/s) would answer with 429s: raise it for the
# load test only, so the figures measure auth, MAC binding and logging rather than the limiter.
http_conf=$(readlink -f "$work/out/current/nginx/http.conf")
chmod u+w "$http_conf"; sed -i 's/rate=20r\/s/rate=1000000r\/s/' "$http_conf"

user=""; [ "$(id -u)" = 0 ] && user="user root;"
conf() { # $1 = name, $2 = server body
  cat > "$work/$1.conf" <<CONF
$user
worker_processes 2;
pid $work/$1.pid;
error_log $work/logs/$1-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  $3
  server { listen 127.0.0.1:$4; $2 }
}
CONF
}
conf handset "include $work/out/current/nginx/server.conf;" "include $work/out/current/nginx/http.conf;" 18081
conf plain "location / { root $work/out/current/www; }" "" 18082
for name in handset plain; do nginx -p "$work" -c "$work/$name.conf"; done
trap 'for name in handset plain; do nginx -p "$work" -c "$work/$name.conf" -s stop 2>/dev/null || true; done' EXIT
sleep 1
for name in handset plain; do
  port=18081; [ $name = plain ] && port=18082
  echo "== $name"
  wrk -t2 -c32 -d"$duration" --latency -s "$work/requests.lua" "http://127.0.0.1:$port" | grep -E "Requests/sec|99%|Non-2xx|Latency"
done
