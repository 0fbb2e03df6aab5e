#!/usr/bin/env bash
# Checkout time with the plugin vs plain Broadleaf (and vs sending the confirmation inside checkout, as
# Broadleaf's demo store does), each variant in its own JVM, rounds rotating the variants' order.
# Options (Java system properties through BENCH_OPTS): -Drounds=3 -Dwarmup=1000 -Dcheckouts=1000 -Dwindows=true (p50 per 100 checkouts)
#   -Dprofile=true -Dvariants=plugin (where the time goes; slows the run, not for figures)
#   -Dcx.test.db=postgresql|mariadb (with CX_TEST_DB_URL for your own database)
# RESULT checkout-overhead ratio_p50=<x> ratio_p95=<x> sync_ratio_p50=<x>
set -euo pipefail
cp_file=cx-plugin-core/target/bench-classpath.txt
if [ ! -f "$cp_file" ] || [ cx-plugin-core/pom.xml -nt "$cp_file" ]; then
  mvn -o -q -B -pl cx-plugin-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$(pwd)/$cp_file" >&2
fi
# the benchmark lives in the test sources: compile them when they changed
if [ -n "$(find cx-plugin-core/src/test -newer cx-plugin-core/target/test-classes/dev/cxplugin/bench/CheckoutOverheadBench.class -print -quit 2>/dev/null)" ] \
   || [ ! -f cx-plugin-core/target/test-classes/dev/cxplugin/bench/CheckoutOverheadBench.class ]; then
  echo "checkout-overhead: compiling test classes..." >&2
  mvn -o -q -B -pl cx-plugin-core test-compile >&2
fi
# the parent only starts the children (each gets these same JVM flags)
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED -Xmx2g \
  -Dcx.test.db=hsqldb -Dlog4j.configuration=bench-log4j.properties ${BENCH_OPTS:-} \
  -cp "cx-plugin-core/target/test-classes:cx-plugin-core/target/classes:$(cat "$cp_file")" \
  dev.cxplugin.bench.CheckoutOverheadBench
