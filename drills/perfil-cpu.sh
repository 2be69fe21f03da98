#!/usr/bin/env bash
# Where each service's CPU goes, one command: async-profiler (CPU samples with native and kernel frames, which JFR's
# execution samples do not see) on the edge and the five services of a running local stack for DURACAO_S, then per
# service the share of samples by library: the innermost frame of a known library in each sample (the JDK's own
# frames count for the library that called them), "kernel<X" when the sample ended in the kernel under X, "jit" and
# "gc" for the JVM's compiler and collector threads. It measures whatever load runs meanwhile: start one first (e.g.
# drills/cpu-por-decisao.sh, and profile during its warm-up, so the measured points stay unprofiled).
#
# Needs: a JDK 21+ (JAVA_HOME or java on the PATH; jdk.attach), curl, awk, ss; Linux x86_64. async-profiler comes
# from Maven Central (tools.profiler:async-profiler, checked against the SHA-1 Maven Central publishes), cached in
# PERFIL_CACHE. Settings: DURACAO_S (30), EVENTO (cpu: perf events; itimer where perf events are not allowed),
# INTERVALO (5ms), SAIDA (a new folder under /tmp: one <service>.collapsed per JVM, flame-graph input), TOPO (5: the
# hottest leaf frames shown per service), PRIORIDADE_GRUPO (unset; this session's autogroup nice, as the load's).
# Bounded: DURACAO_S plus two attaches per JVM. Loopback only: it attaches to local processes by pid. Prints a
# measurement, no verdict.
set -euo pipefail
source "$(dirname "$0")/portas.sh"
source "$(dirname "$0")/lib.sh"

DURACAO_S=${DURACAO_S:-30}
EVENTO=${EVENTO:-cpu}
INTERVALO=${INTERVALO:-5ms}
TOPO=${TOPO:-5}
SAIDA=${SAIDA:-$(mktemp -d "${TMPDIR:-/tmp}/perfil-cpu.XXXXXX")}
VERSAO_PERFILADOR=4.2
PERFIL_CACHE=${PERFIL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/credito/async-profiler-$VERSAO_PERFILADOR}
[[ $(uname -sm) == "Linux x86_64" ]] || { echo "async-profiler aqui: so Linux x86_64" >&2; exit 2; }
command -v ss >/dev/null || { echo "falta ss (iproute2)" >&2; exit 2; }
JDK_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}
mkdir -p "$SAIDA"

# --- async-profiler's native library, once -----------------------------------------------------------------------
BIBLIOTECA="$PERFIL_CACHE/linux-x64/libasyncProfiler.so"
if [[ ! -r $BIBLIOTECA ]]; then
  url="https://repo1.maven.org/maven2/tools/profiler/async-profiler/$VERSAO_PERFILADOR"
  url="$url/async-profiler-$VERSAO_PERFILADOR-linux-x64.jar"
  mkdir -p "$PERFIL_CACHE"
  curl -sf --max-time 120 -o "$TRABALHO/ap.jar" "$url" || { echo "sem acesso a $url" >&2; exit 2; }
  esperado=$(curl -sf --max-time 30 "$url.sha1" | cut -c1-40)
  [[ -n $esperado && $(sha1sum "$TRABALHO/ap.jar" | cut -c1-40) == "$esperado" ]] \
    || { echo "SHA-1 de $url nao confere" >&2; exit 2; }
  (cd "$PERFIL_CACHE" && "${JDK_BIN}jar" xf "$TRABALHO/ap.jar" linux-x64/libasyncProfiler.so)
fi

# Compiled once: a source launch per attach took seconds each on a loaded box, and the profile then ran into the
# points it was meant to stay out of.
"${JDK_BIN}javac" -d "$TRABALHO/classes" "$RAIZ/drills/AnexarAgente.java"
anexar() { "${JDK_BIN}java" -cp "$TRABALHO/classes" AnexarAgente "$1" "$BIBLIOTECA" "$2"; }
# A stack run with PRIORIDADE_GRUPO (cpu-por-decisao.sh) leaves this session last in line: the same nice for it.
if [[ -n ${PRIORIDADE_GRUPO:-} && -w /proc/$$/autogroup ]]; then
  ao_sair "nice_dos_grupos 0 $$"
  nice_dos_grupos "$PRIORIDADE_GRUPO" $$
fi

declare -A PORTA=([edge]=$LOCAL_EDGE_PORT [concessao]=$LOCAL_CONCESSAO_PORT [regras]=$LOCAL_REGRAS_PORT
  [historico]=$LOCAL_HISTORICO_PORT [score]=$LOCAL_SCORE_PORT [investimento]=$LOCAL_INVESTIMENTO_PORT)
declare -A PID_DE=()
for nome in "${!PORTA[@]}"; do
  pid=$(pid_que_ouve "${PORTA[$nome]}")
  [[ -n $pid ]] || { log "nada escuta em ${PORTA[$nome]} ($nome): fica de fora"; continue; }
  PID_DE[$nome]=$pid
done
(( ${#PID_DE[@]} > 0 )) || { echo "nenhum servico da pilha local escuta" >&2; exit 2; }

# Whatever way the drill ends, no JVM is left profiling.
parar_todos() { for n in "${!PID_DE[@]}"; do anexar "${PID_DE[$n]}" stop >/dev/null 2>&1 || true; done; }
ao_sair parar_todos
for nome in "${!PID_DE[@]}"; do
  anexar "${PID_DE[$nome]}" "start,event=$EVENTO,interval=$INTERVALO"
done
log "perfilando ${!PID_DE[*]} por ${DURACAO_S} s ($EVENTO, $INTERVALO)"
sleep "$DURACAO_S"
for nome in "${!PID_DE[@]}"; do
  anexar "${PID_DE[$nome]}" "stop,file=$SAIDA/$nome.collapsed,collapsed"
done
ACOES_SAIDA=("${ACOES_SAIDA[@]/parar_todos}")

# --- summary: innermost known library of each sample ---------------------------------------------------------------
for nome in edge concessao score historico investimento regras; do
  arquivo="$SAIDA/$nome.collapsed"
  [[ -s $arquivo ]] || continue
  awk -v nome="$nome" -v topo="$TOPO" '
    function biblioteca(f) {
      if (f ~ /_\[k\]$/) return "kernel"
      if (f ~ /^(io\/micrometer|io\/opentelemetry)\//) return "micrometer/otel"
      if (f ~ /^(org\/springframework\/security|com\/nimbusds)\//) return "spring-security"
      if (f ~ /^(tools\/jackson|com\/fasterxml)\//) return "jackson"
      if (f ~ /^org\/apache\/(catalina|coyote|tomcat)\//) return "tomcat"
      if (f ~ /^org\/springframework\/(web|http)\//) return "spring-web"
      if (f ~ /^org\/springframework\//) return "spring-other"
      if (f ~ /^(io\/lettuce|io\/netty)\//) return "lettuce/netty"
      if (f ~ /^(org\/postgresql|com\/zaxxer)\//) return "jdbc"
      if (f ~ /^org\/apache\/hc\//) return "httpclient5"
      if (f ~ /^io\/github\/resilience4j\//) return "resilience4j"
      if (f ~ /^(ch\/qos\/logback|org\/slf4j)\//) return "logging"
      if (f ~ /^br\/com\/credito\//) return "platform code"
      if (f ~ /^(java|javax|jdk|sun)\//) return "jdk"
      return ""
    }
    {
      n = $NF; sub(/ [0-9]+$/, ""); total += n
      k = split($0, fr, ";"); balde = ""
      if ($0 ~ /CompileBroker/) balde = "jit"
      else if ($0 ~ /(GCTaskThread|WorkerThread::run|VMThread::run)/) balde = "gc"
      else {
        noKernel = fr[k] ~ /_\[k\]$/; jdk = 0
        for (i = k; i >= 1; i--) {
          b = biblioteca(fr[i])
          if (b == "" || b == "kernel") continue
          if (b == "jdk") { jdk = 1; continue }
          balde = b; break
        }
        if (balde == "") balde = jdk ? "jdk only" : "jvm/native"
        if (noKernel) balde = "kernel<" balde
      }
      amostras[balde] += n; folha[fr[k]] += n
    }
    END {
      printf "== %s: %d amostras\n", nome, total
      for (b in amostras) printf "   %5.1f %%  %s\n", 100 * amostras[b] / total, b | "sort -rn"
      close("sort -rn")
      printf "   folhas mais quentes:\n"
      for (f in folha) printf "   %5.1f %%  %s\n", 100 * folha[f] / total, substr(f, 1, 100) | "sort -rn | head -n " topo
      close("sort -rn | head -n " topo)
    }' "$arquivo"
done
echo "(pilhas em $SAIDA: <servico>.collapsed, entrada de flame graph)"
