#!/usr/bin/env bash
# Runs every Statecraft benchmark once and writes docs/benchmarks.md.
#
#   benchmarks/run.sh
#
# Builds the benchmarks module (root pom profile `benchmarks`; CI never builds it), then, on
# JDK 25 so that the JDK 21+ peers (virtual threads, jdk.internal.vm.Continuation) take part:
#   1. all JMH benchmarks in one JMH run (the summing job, the recursive yieldAll walk, and the
#      async job: awaits of completed and of later-completed futures),
#   2. the retained-memory main, one JVM per kind of generator,
#   3. the stack-depth probe (which recursive walks overflow the default stack, and where),
#   4. the compile-time main (200 templates, javac with the processor vs -proc:none),
# and turns the results into docs/benchmarks.md. Raw results stay in benchmarks/target/results.
# Takes 12 to 14 minutes on 2 cores. Run it on an otherwise idle machine. It builds and measures
# the working tree as it is; to measure a commit exactly, run it in a clean clone
# (git clone . /tmp/statecraft && /tmp/statecraft/benchmarks/run.sh) and copy docs/benchmarks.md
# back.
#
# Environment:
#   STATECRAFT_JDK25  the JDK to build and run with (default /usr/lib/jvm/temurin-25-jdk-amd64;
#                     any JDK 21+ works, a JDK 17 leaves the JDK 21+ rows "not run")
#   JMH_OPTS          JMH settings (default: -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc, modest
#                     for 2 cores; -prof gc adds the bytes allocated per element)
#   JMH_FILTER        JMH benchmark regexp (default: all)
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
export JAVA_HOME="${STATECRAFT_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
# Only hushes Maven 3.8's own sun.misc.Unsafe warnings on JDK 24+ (as .ci/run does).
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

results=benchmarks/target/results
jar=benchmarks/target/benchmarks.jar
jmh_opts=${JMH_OPTS:--f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}
jmh_filter=${JMH_FILTER:-}
add_exports="--add-exports java.base/jdk.internal.vm=ALL-UNNAMED"

memory_command() { # the retained-memory command line for one kind
  if [ "$1" = continuation ]; then
    echo "java -XX:+UseSerialGC -Xmx2g $add_exports -cp $jar dev.statecraft.benchmarks.RetainedMemoryMain $1 100000"
  else
    echo "java -XX:+UseSerialGC -Xmx2g -cp $jar dev.statecraft.benchmarks.RetainedMemoryMain $1 100000"
  fi
}

java_major=$(java -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = //p')
kinds=(generated generated-int hand-written)
if [ "$java_major" -ge 21 ]; then
  kinds+=(continuation virtual-thread)
fi

build="mvn -B -q -Pbenchmarks -pl benchmarks -am clean package -DskipTests"
jmh="java -jar $jar $jmh_filter $jmh_opts -rf json -rff $results/jmh.json"
stack="java -cp $jar dev.statecraft.benchmarks.StackDepthMain"
compile="java -cp $jar dev.statecraft.benchmarks.CompileTimeMain"

load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ /, /g'; }

# Word splitting of these command strings is intended (no argument contains a space).
$build
load_before=$(load)
rm -rf "$results"
mkdir -p "$results"
{
  echo "# JAVA_HOME=$JAVA_HOME"
  echo "$build"
  echo "$jmh"
  for kind in "${kinds[@]}"; do memory_command "$kind"; done
  echo "$stack"
  echo "$compile"
} > "$results/commands.txt"

$jmh | tee "$results/jmh.log"
for kind in "${kinds[@]}"; do
  $(memory_command "$kind")
done | tee "$results/memory.txt"
$stack | tee "$results/stack.txt"
$compile | tee "$results/compile.txt"

load_after=$(load)
dirty=""
if [ -n "$(git status --porcelain -- annotations runtime processor benchmarks 2>/dev/null)" ]; then
  dirty=", plus uncommitted changes in annotations/runtime/processor/benchmarks"
fi
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "cores=$(nproc)"
  hypervisor=$(lscpu | sed -n 's/^Hypervisor vendor: *//p' | head -1)
  echo "hypervisor=${hypervisor:+$hypervisor virtual machine}"
  echo "loadBefore=$load_before"
  echo "loadAfter=$load_after"
  echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "os=$(uname -sr)"
  echo "jdk=$(java -version 2>&1 | sed -n 2p)"
  echo "commit=$(git rev-parse --short HEAD)"
  echo "dirty=$dirty"
} > "$results/machine.properties"

java -cp "$jar" dev.statecraft.benchmarks.BenchmarkReport "$results" docs/benchmarks.md
echo "Wrote $root/docs/benchmarks.md"
