#!/usr/bin/env bash
# Check benchmark (not a test): `handset check` of a 10k-device fleet against nginx serving its release with the
# generated configuration (credentials, MAC binding, logging), on 127.0.0.1.
#   bash bench/check/run.sh            # needs nginx (apt-get install nginx-light); CONCURRENCY=16 by default
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${WORK:-/tmp/handset-check-bench}
concurrency=${CONCURRENCY:-16}
port=${PORT:-18091}
rm -rf "$work" && mkdir -p "$work/logs"
swift build -c release --product handset >/dev/null
swift build -c release --product handset-bench >/dev/null
.build/release/handset-bench generate --devices 10000 --tenants 100 --out "$work/fleet" >/dev/null
# Every tenant's provisioning password from one environment variable, as in bench/serve.
sed -i 's/^  password: derived$/  password: ${env:BENCH_PROV}/' "$work"/fleet/tenants/*.yaml
export BENCH_PROV=bench-only-password HANDSET_MASTER_KEY=bench-only-master-key-0123456789abcdefgh
.build/release/handset build "$work/fleet" -o "$work/out" --access-log "$work/logs/provisioning.log" -q
# The check comes from one address, which the per-address limit (20 r/s) would hold to a trickle: raise it for the
# benchmark, so the figure measures the check and the serving rules rather than the limiter.
http_conf=$(readlink -f "$work/out/current/nginx/http.conf")
chmod u+w "$http_conf"; sed -i 's/rate=20r\/s/rate=1000000r\/s/' "$http_conf"
user=""; [ "$(id -u)" = 0 ] && user="user root;"
cat > "$work/nginx.conf" <<CONF
$user
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  include $work/out/current/nginx/http.conf;
  server { listen 127.0.0.1:$port; include $work/out/current/nginx/server.conf; }
}
CONF
nginx -p "$work" -c "$work/nginx.conf"
trap 'nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true' EXIT
sleep 1
/usr/bin/time -f "wall %e s, max RSS %M KiB" .build/release/handset check "http://127.0.0.1:$port" "$work/fleet" -o "$work/out" \
  --concurrency "$concurrency" | tail -3
