#!/usr/bin/env bash
# Runs one benchmark class from src/test/java/org/podium/bench in its own JVM, headless.
# Usage: bench/run.sh RenderBenchmark [JVM options…]   (e.g. -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: bench/run.sh BenchmarkClass [jvm options]}
shift
./mvnw -q -o -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java "$@" -Djava.awt.headless=true \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "org.podium.bench.$name"
