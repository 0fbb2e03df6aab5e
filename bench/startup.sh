#!/usr/bin/env bash
# Demo start to "ready": a first start on an empty database (schema, seed SQL and sample data created)
# and restarts on the existing database, each in a fresh JVM started exactly as bin/demo starts it.
# Prints the launcher's own admin and storefront boot times too.
# RESULT startup ready_s=<first start, s> restart_s=<median restart, s> admin_s=<first> site_s=<first>
set -euo pipefail
runs="${STARTUP_RESTARTS:-2}"
data="$(mktemp -d /tmp/cx-bench-startup.XXXXXX)"
trap 'rm -rf "$data"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

one_start() {
  local log="$data/run.log" t0 t1 pid
  t0=$(date +%s.%N)
  CX_PORT=$port CX_DATA_DIR="$data/store" bin/demo > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if grep -q "CX demo store ready in" "$log"; then break; fi
    if ! kill -0 $pid 2>/dev/null; then echo "demo exited early:" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.2
  done
  t1=$(date +%s.%N)
  if grep -q "(FAILED)" "$log"; then echo "a web application failed to start" >&2; tail -40 "$log" >&2; kill $pid; exit 1; fi
  line=$(grep "CX demo store ready in" "$log")
  kill -TERM $pid; wait $pid || true
  # wall time of the whole command, then the launcher's own figures
  echo "$(python3 -c "print(round($t1-$t0,1))") $(echo "$line" | sed -E 's/.*admin ([0-9.]+) s, storefront ([0-9.]+) s.*/\1 \2/')"
}

read -r first admin site <<<"$(one_start)"
echo "first start (empty database): ready ${first} s (admin ${admin} s, storefront ${site} s)"
restarts=()
for i in $(seq 1 "$runs"); do
  read -r r a s <<<"$(one_start)"
  echo "restart $i (existing database): ready ${r} s (admin ${a} s, storefront ${s} s)"
  restarts+=("$r")
done
median=$(printf '%s\n' "${restarts[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "RESULT startup ready_s=${first} restart_s=${median} admin_s=${admin} site_s=${site}"
