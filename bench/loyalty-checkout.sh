#!/usr/bin/env bash
# Checkout time with the loyalty programme earning (its background job running back to back) vs not, one JVM,
# alternating blocks. Options (Java system properties through BENCH_OPTS): -Dwarmup=50 -Dcheckouts=300 -Dblock=25
#   -DearnEveryMs=10000 (the shipped job interval; 200 = back to back) -Dcx.test.db=postgresql|mariadb (with CX_TEST_DB_URL for your own database)
# RESULT loyalty-checkout ratio_p50=<x>
set -euo pipefail
cp_file=cx-plugin-core/target/bench-classpath.txt
if [ ! -f "$cp_file" ] || [ cx-plugin-core/pom.xml -nt "$cp_file" ]; then
  mvn -o -q -B -pl cx-plugin-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$(pwd)/$cp_file" >&2
fi
if [ -n "$(find cx-plugin-core/src -newer cx-plugin-core/target/test-classes/dev/cxplugin/bench/LoyaltyCheckoutBench.class -print -quit 2>/dev/null)" ] \
   || [ ! -f cx-plugin-core/target/test-classes/dev/cxplugin/bench/LoyaltyCheckoutBench.class ]; then
  echo "loyalty-checkout: compiling..." >&2
  mvn -o -q -B -pl cx-plugin-core test-compile >&2
fi
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED -Xmx2g \
  -Dcx.test.db=hsqldb -Dlog4j.configuration=bench-log4j.properties ${BENCH_OPTS:-} \
  -cp "cx-plugin-core/target/test-classes:cx-plugin-core/target/classes:$(cat "$cp_file")" \
  dev.cxplugin.bench.LoyaltyCheckoutBench
