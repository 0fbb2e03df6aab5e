#!/usr/bin/env bash
# The CX dashboard's load time for a 90-day period at 100,000 vs 1,000,000 survey answers (200,000 orders over
# two years), same run, on PostgreSQL. Uses the database of CX_TEST_DB_URL (default 127.0.0.1:5432/test), which
# it recreates. Options (BENCH_OPTS): -Dorders=200000 -Dcustomers=80000 -Danswers=1000000 -Dwarmup=10 -Dloads=40 -Ddays=90
# RESULT dashboard ratio=<x> ms_at_100k=<x> ms_at_1m=<x>
set -euo pipefail
cp_file=cx-plugin-core/target/bench-classpath.txt
if [ ! -f "$cp_file" ] || [ cx-plugin-core/pom.xml -nt "$cp_file" ]; then
  mvn -o -q -B -pl cx-plugin-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$(pwd)/$cp_file" >&2
fi
if [ -n "$(find cx-plugin-core/src -newer cx-plugin-core/target/test-classes/dev/cxplugin/bench/DashboardBench.class -print -quit 2>/dev/null)" ] \
   || [ ! -f cx-plugin-core/target/test-classes/dev/cxplugin/bench/DashboardBench.class ]; then
  echo "dashboard: compiling..." >&2
  mvn -o -q -B -pl cx-plugin-core test-compile >&2
fi
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED -Xmx2g \
  -Dcx.test.db=postgresql -Dlog4j.configuration=bench-log4j.properties ${BENCH_OPTS:-} \
  -cp "cx-plugin-core/target/test-classes:cx-plugin-core/target/classes:$(cat "$cp_file")" \
  dev.cxplugin.bench.DashboardBench
