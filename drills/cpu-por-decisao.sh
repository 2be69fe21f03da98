#!/usr/bin/env bash
# CPU per decision: CPU time the stack's processes spend during a ConcessaoSimulation run, divided by the concessões
# it answered. The processes are the ones listening on the stack's loopback ports (one launcher JVM or several, each
# counted once); Gatling's own JVM is not among them. Bounded by the run: DURACAO_S + Gatling's start-up.
source "$(dirname "$0")/lib.sh"

PORTAS=${PORTAS:-"8080 8081 8082 8083 8084 8085 8090 9000"}
TPS=${TPS:-50}
DURACAO_S=${DURACAO_S:-60}
MIX_NOVOS=${MIX_NOVOS:-0.2}
command -v ss >/dev/null || { echo "falta ss (iproute2)" >&2; exit 2; }

pids_da_stack() {
  local porta
  for porta in $PORTAS; do ss -Hltnp "sport = :$porta" | grep -o 'pid=[0-9]*' | cut -d= -f2; done | sort -u
}
# utime + stime in clock ticks; the fields after "(comm)" so a name with spaces cannot shift them.
ticks() {
  local pid total=0
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] && total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
  done
  echo "$total"
}

mapfile -t PIDS < <(pids_da_stack)
((${#PIDS[@]} > 0)) || { echo "nenhum processo escutando em: $PORTAS" >&2; exit 2; }
HZ=$(getconf CLK_TCK)
# The run goes to the background so the CPU counters are read exactly when the load starts and ends (Gatling's
# start-up and report generation would otherwise add the stack's idle CPU).
LOG="$TRABALHO/gatling.log"
: >"$LOG"
gatling ConcessaoSimulation "$LOG" -Dcarga.baseUrl="$EDGE_URL" -Dcarga.aquecer=false \
  -Dcarga.mix.novos="$MIX_NOVOS" -Dcarga.mix.recorrentes="$(awk -v n="$MIX_NOVOS" 'BEGIN { print 1 - n }')" \
  -Dcarga.tps="$TPS" -Dcarga.rampa=0 -Dcarga.duracao="$DURACAO_S" >"$TRABALHO/resumo" &
PID_GATLING=$!
PIDS_FILHOS+=("$PID_GATLING")
no_log() { grep -q "$1" "$LOG"; }
esperar_ate 300 no_log 'Simulation .* started' >/dev/null || { echo "a simulacao nao comecou em 300 s" >&2; exit 1; }
ANTES=$(ticks "${PIDS[@]}")
T0=$(agora_ms)
esperar_ate $((DURACAO_S + 120)) no_log 'Parsing log file' >/dev/null || true
DEPOIS=$(ticks "${PIDS[@]}")
T1=$(agora_ms)
wait "$PID_GATLING" || exit 1
RES=$(cat "$TRABALHO/resumo")
read -r MEDIA P50 P95 P99 OK KO <<<"$RES"

CPU_MS=$(((DEPOIS - ANTES) * 1000 / HZ))
echo "== cpu-por-decisao: ${TPS} TPS por ${DURACAO_S}s pelo edge, ${MIX_NOVOS} de clientes novos, ${#PIDS[@]} processo(s) da stack"
echo "  concessoes ok=$OK ko=$KO; latencia media=${MEDIA} p50=${P50} p95=${P95} p99=${P99} ms"
echo "  CPU da stack: ${CPU_MS} ms em $((T1 - T0)) ms de carga ($(awk -v c="$CPU_MS" -v w="$((T1 - T0))" 'BEGIN { printf "%.2f", c / w }') nucleos em media)"
echo "  CPU por decisao: $(awk -v c="$CPU_MS" -v n="$OK" 'BEGIN { if (n > 0) printf "%.2f ms", c / n; else print "-" }')"
verificar "a rodada teve concessoes aceitas" test "$OK" -gt 0
verificar "nenhuma concessao falhou" test "$KO" -eq 0
veredito cpu-por-decisao
