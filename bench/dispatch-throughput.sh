#!/usr/bin/env bash
# Order confirmations from the outbox to a loopback SMTP server per second, vs the naive way.
# Options (Java system properties through BENCH_OPTS): -Dorders=400 -Dnaive=150 -Ditems=8 (orders of 1x, 1.75x, 2.5x)
#   -Dprofile=true (where the dispatching thread spends its time) -Djfr=/tmp/d.jfr (CPU samples of all threads)
# RESULT dispatch-throughput per_sec=<x> naive_per_sec=<x> speedup=<x>
set -euo pipefail
cp_file=cx-plugin-core/target/bench-classpath.txt
if [ ! -f "$cp_file" ] || [ cx-plugin-core/pom.xml -nt "$cp_file" ]; then
  mvn -q -B -pl cx-plugin-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$(pwd)/$cp_file" >&2
fi
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED -Xmx2g \
  -Dcx.test.db=hsqldb -Dlog4j.configuration=bench-log4j.properties ${BENCH_OPTS:-} \
  -cp "cx-plugin-core/target/test-classes:cx-plugin-core/target/classes:$(cat "$cp_file")" \
  dev.cxplugin.bench.DispatchThroughputBench
