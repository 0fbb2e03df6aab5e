#!/usr/bin/env bash
# 8 threads x 500 checkouts and redemptions on one loyalty account, on PostgreSQL by default (its own database:
# CX_TEST_DB_URL, default jdbc:postgresql://127.0.0.1:5432/cx_loyalty). Options through BENCH_OPTS:
#   -Dthreads=8 -Dops=500 -Dcx.test.db=postgresql|mariadb|hsqldb
# RESULT loyalty-contention exact=<true|false> negative_seen=<true|false> ops_per_sec=<x>
set -euo pipefail
export CX_TEST_DB_URL="${CX_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/cx_loyalty}"
cp_file=cx-plugin-core/target/bench-classpath.txt
if [ ! -f "$cp_file" ] || [ cx-plugin-core/pom.xml -nt "$cp_file" ]; then
  mvn -o -q -B -pl cx-plugin-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$(pwd)/$cp_file" >&2
fi
if [ -n "$(find cx-plugin-core/src -newer cx-plugin-core/target/test-classes/dev/cxplugin/bench/LoyaltyContentionBench.class -print -quit 2>/dev/null)" ] \
   || [ ! -f cx-plugin-core/target/test-classes/dev/cxplugin/bench/LoyaltyContentionBench.class ]; then
  echo "loyalty-contention: compiling..." >&2
  mvn -o -q -B -pl cx-plugin-core test-compile >&2
fi
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED -Xmx2g \
  -Dcx.test.db=postgresql -Dlog4j.configuration=bench-log4j.properties ${BENCH_OPTS:-} \
  -cp "cx-plugin-core/target/test-classes:cx-plugin-core/target/classes:$(cat "$cp_file")" \
  dev.cxplugin.bench.LoyaltyContentionBench
