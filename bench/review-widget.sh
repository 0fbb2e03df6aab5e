#!/usr/bin/env bash
# Product page render time with the review widgets vs the same page without them, for a product with 10 and
# with 10,000 approved reviews, in one run of the demo store (HSQLDB); and the SQL statements per page view.
# Options (Java system properties through BENCH_OPTS): -Dwarmup=100 -Dviews=400
# RESULT review-widget ratio_p50=<x, at 10,000 reviews> sql_at_10=<n> sql_at_10000=<n>
set -euo pipefail
cp_file=demo-site/target/bench-classpath.txt
if [ ! -f "$cp_file" ] || [ demo-site/pom.xml -nt "$cp_file" ] \
   || [ ! -f demo-site/target/test-classes/dev/cxplugin/demo/bench/ReviewWidgetBench.class ] \
   || [ -n "$(find */src -newer "$cp_file" -print -quit 2>/dev/null)" ]; then
  echo "review-widget: compiling (reactor, offline)..." >&2
  mvn -o -q -B -pl demo-site -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$(pwd)/$cp_file" >&2
fi
exec java --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED -Xmx3g \
  -Dfile.encoding=UTF-8 -Dlog4j.configuration=log4j.properties ${BENCH_OPTS:-} \
  -cp "demo-site/target/test-classes:demo-site/target/classes:$(cat "$cp_file")" \
  dev.cxplugin.demo.bench.ReviewWidgetBench
