#!/usr/bin/env bash
# Builds what the local stack needs and runs it: ./run-local.sh [--clean] [--timeout=SECONDS] [--sem=MODULE,...]
# Needs only a JDK 21+ (JAVA_HOME or java on the PATH). Ports: LOCAL_<NAME>_PORT (see local-stack/README.md).
set -euo pipefail
cd "$(dirname "$0")"

versao_java() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

escolher_java() {
  local candidato
  for candidato in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java \
      /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    if [[ -n "$candidato" && -x "$candidato" ]] && (( $(versao_java "$candidato" || echo 0) >= 21 )); then
      echo "$candidato"; return 0
    fi
  done
  return 1
}

JAVA_BIN="$(escolher_java)" || { echo "[local-stack] precisa de um JDK 21 ou mais novo (JAVA_HOME ou java no PATH)" >&2; exit 2; }
export JAVA_HOME="$(cd "$(dirname "$JAVA_BIN")/.." && pwd)"
echo "[local-stack] JDK $(versao_java "$JAVA_BIN") em $JAVA_HOME; compilando..."

MODULOS=auth-server,edge-gateway,concessao-service,motor-regras-service,historico-service,score-service,investimento-service,bureau-simulator,local-stack
# forceCreation: a module whose own classes did not change keeps its old jar otherwise, and Boot does not repackage
# it, so a change in common-lib never reached the services that did not change themselves.
./mvnw -q -B -DskipTests -Dspotbugs.skip -Dspotless.check.skip -Dmaven.jar.forceCreation=true -pl "$MODULOS" -am package

# The launcher runs from a private copy: a rebuild while it runs (a second ./run-local.sh) must not pull its jar away.
# exec: the launcher takes over this process (and its pid), so whatever signals this script's pid reaches the launcher
# itself: SIGTERM, SIGHUP, and SIGINT unless it was ignored when this script started (a background job of a
# non-interactive shell). It deletes its copy when it stops, and the copy of a killed launcher at the next start.
mkdir -p .local-stack
LANCADOR=".local-stack/launcher-$$.jar"
cp local-stack/target/local-stack-0.1.0-SNAPSHOT.jar "$LANCADOR"
# The launcher's own JVM (ElasticMQ, the bureau simulator, the supervision of the children) follows the children's
# profile: C1 only and a serial GC by default, so it takes less of the two cores the services start on (with JDK
# defaults, C2 and G1, it used 17-21 CPU s up to the banner, with these 12.5); C2 and a parallel GC with --carga, where
# it serves load tests. LOCAL_STACK_LAUNCHER_JAVA_OPTS replaces them.
OPCOES_LANCADOR="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
for argumento in "$@"; do [[ $argumento != --carga ]] || OPCOES_LANCADOR="-XX:+UseParallelGC"; done
# shellcheck disable=SC2086 # options are words
exec "$JAVA_BIN" ${LOCAL_STACK_LAUNCHER_JAVA_OPTS-$OPCOES_LANCADOR} -jar "$LANCADOR" "$@"
