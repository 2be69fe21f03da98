#!/usr/bin/env bash
# Drill (issue 14): cold start. (a) starts the local stack with ./run-local.sh and, from the moment its banner is
# printed, sends TPS_A concessões/s for DURACAO_A_S straight to concessão (new generated clients, so the caches miss);
# (b) then restarts one service (RESTART_MODULO, score-service by default) under TPS_B concessões/s.
# Prints the ready time, non-2xx, decisions degraded by an open breaker (CallNotPermittedException in concessão's log,
# and the growth of resilience4j_circuitbreaker_not_permitted_calls_total), EM_ANALISE answers and p50/p95/p99.
# Passes when (a) has 0 non-2xx, no call refused by an open breaker and p99 <= P99_MAX_MS, and (b) has 0 non-2xx.
#
# Ports: every LOCAL_*_PORT of local-stack/README.md, each defaulting to its standard port + DESLOCAMENTO (default
# 0), so `DESLOCAMENTO=3000 drills/arranque-a-frio.sh` runs a whole stack beside another one. Arguments are passed to
# ./run-local.sh (e.g. --carga). The stack is this drill's own: it refuses to start when a port is taken, and it is
# stopped on exit (also on Ctrl-C), with the restarted service. Bounded: PRONTIDAO_MAX_S + DURACAO_A_S + DURACAO_B_S
# + PARADA_MAX_S + REINICIO_MAX_S + the stop (90 s). Loopback only.
set -euo pipefail
DESLOCAMENTO=${DESLOCAMENTO:-0}
porta() { local v=$1 padrao=$2; echo "${!v:-$((padrao + DESLOCAMENTO))}"; }
export LOCAL_POSTGRES_PORT=$(porta LOCAL_POSTGRES_PORT 5432) LOCAL_REDIS_PORT=$(porta LOCAL_REDIS_PORT 6379) \
  LOCAL_SQS_PORT=$(porta LOCAL_SQS_PORT 9324) LOCAL_BUREAU_PORT=$(porta LOCAL_BUREAU_PORT 8090) \
  LOCAL_AUTH_PORT=$(porta LOCAL_AUTH_PORT 9000) LOCAL_EDGE_PORT=$(porta LOCAL_EDGE_PORT 8080) \
  LOCAL_CONCESSAO_PORT=$(porta LOCAL_CONCESSAO_PORT 8081) LOCAL_REGRAS_PORT=$(porta LOCAL_REGRAS_PORT 8082) \
  LOCAL_HISTORICO_PORT=$(porta LOCAL_HISTORICO_PORT 8083) LOCAL_SCORE_PORT=$(porta LOCAL_SCORE_PORT 8084) \
  LOCAL_INVESTIMENTO_PORT=$(porta LOCAL_INVESTIMENTO_PORT 8085) LOCAL_ADMIN_PORT=$(porta LOCAL_ADMIN_PORT 9399)
export EDGE_URL=${EDGE_URL:-http://localhost:$LOCAL_EDGE_PORT}
export TOKEN_URL=${TOKEN_URL:-http://localhost:$LOCAL_AUTH_PORT/oauth2/token}
export BUREAU_URL=${BUREAU_URL:-http://localhost:$LOCAL_BUREAU_PORT}
export SQS_URL=${SQS_URL:-http://localhost:$LOCAL_SQS_PORT}
export LAUNCHER_URL=${LAUNCHER_URL:-http://localhost:$LOCAL_ADMIN_PORT}
source "$(dirname "$0")/lib.sh"

CONCESSAO_URL=${CONCESSAO_URL:-http://localhost:$LOCAL_CONCESSAO_PORT}
TPS_A=${TPS_A:-20}
DURACAO_A_S=${DURACAO_A_S:-60}
TPS_B=${TPS_B:-50}
DURACAO_B_S=${DURACAO_B_S:-60}
# (b): the service is stopped this many seconds into its load and started again at once.
REINICIO_APOS_S=${REINICIO_APOS_S:-10}
REINICIO_MAX_S=${REINICIO_MAX_S:-180}
# SIGTERM first (graceful shutdown; on its first stop a JVM also writes its AOT cache), SIGKILL after this.
PARADA_MAX_S=${PARADA_MAX_S:-30}
RESTART_MODULO=${RESTART_MODULO:-score-service}
PRONTIDAO_MAX_S=${PRONTIDAO_MAX_S:-600}
P99_MAX_MS=${P99_MAX_MS:-300}
DADOS=${DADOS:-$RAIZ/.local-stack}
exigir_loopback "$CONCESSAO_URL"
command -v ss >/dev/null || { echo "falta ss (iproute2)" >&2; exit 2; }
case $RESTART_MODULO in
  score-service) PORTA_REINICIO=$LOCAL_SCORE_PORT ;;
  historico-service) PORTA_REINICIO=$LOCAL_HISTORICO_PORT ;;
  investimento-service) PORTA_REINICIO=$LOCAL_INVESTIMENTO_PORT ;;
  motor-regras-service) PORTA_REINICIO=$LOCAL_REGRAS_PORT ;;
  *) echo "RESTART_MODULO sem porta conhecida: $RESTART_MODULO" >&2; exit 2 ;;
esac
LOG_CONCESSAO="$DADOS/logs/concessao-service.log"

# --- the stack: its own session, so the stop reaches run-local.sh, the launcher and every child by pid ----------
PID_PILHA=""
PID_REINICIADO=""
parar_pilha() {
  if [[ -n $PID_REINICIADO ]] && kill -0 "$PID_REINICIADO" 2>/dev/null; then
    kill -TERM "$PID_REINICIADO" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$PID_REINICIADO" 2>/dev/null || break; sleep 1; done
    kill -KILL "$PID_REINICIADO" 2>/dev/null || true
  fi
  [[ -n $PID_PILHA ]] || return 0
  kill -TERM "$PID_PILHA" 2>/dev/null || true
  for _ in $(seq 1 90); do kill -0 "$PID_PILHA" 2>/dev/null || return 0; sleep 1; done
  log "a pilha nao parou em 90 s: SIGKILL no grupo $PID_PILHA"
  kill -KILL -- "-$PID_PILHA" 2>/dev/null || true
}
ao_sair parar_pilha

SAIDA_PILHA="$TRABALHO/run-local.out"
T_INICIO=$(agora_ms)
log "iniciando ./run-local.sh $* (edge $LOCAL_EDGE_PORT, concessao $LOCAL_CONCESSAO_PORT, dados $DADOS)"
(cd "$RAIZ" && exec setsid ./run-local.sh --dados="$DADOS" --timeout="$PRONTIDAO_MAX_S" "$@") >"$SAIDA_PILHA" 2>&1 &
PID_PILHA=$!
banner() {
  kill -0 "$PID_PILHA" 2>/dev/null || { tail -n 40 "$SAIDA_PILHA" >&2; echo "a pilha terminou antes do banner" >&2; exit 2; }
  grep -q 'Plataforma de concessao de credito pronta em' "$SAIDA_PILHA"
}
esperar_ate "$PRONTIDAO_MAX_S" banner >/dev/null || { tail -n 40 "$SAIDA_PILHA" >&2; echo "sem banner em $PRONTIDAO_MAX_S s" >&2; exit 2; }
T_PRONTO=$(agora_ms)
PRONTA_LAUNCHER_S=$(sed -n 's/.*pronta em \([0-9.]*\) s.*/\1/p' "$SAIDA_PILHA" | head -n1)
log "banner: pronta em ${PRONTA_LAUNCHER_S} s (launcher); $(((T_PRONTO - T_INICIO) / 1000)) s desde o comando (com o build)"

# --- load helpers ----------------------------------------------------------------------------------------------
TOKEN=$(token)
# One concessão to concessão itself; appends "t0_ms status ms codigoDecisao" to the file named by $1.
uma_concessao() {
  local arquivo=$1 id t0 saida corpo status ms codigo
  id=$(novo_id)
  t0=$(agora_ms)
  saida=$(curl -s --max-time "$CURL_MAX_S" -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data "{\"idCliente\":\"$id\",\"tipoCartao\":\"$TIPO_CARTAO\"}" -w '\n%{http_code} %{time_total}' \
    "$CONCESSAO_URL/v1/cartao/concessao" || true)
  corpo=${saida%$'\n'*}
  read -r status ms <<<"${saida##*$'\n'}"
  codigo=$(grep -o '"codigoDecisao":"[A-Z_]*"' <<<"$corpo" | cut -d'"' -f4 || true)
  printf '%s %s %d %s\n' "$t0" "${status:-000}" "$(awk -v s="${ms:-0}" 'BEGIN { printf "%d", s * 1000 }')" \
    "${codigo:--}" >>"$arquivo"
}
# Calls refused by an open breaker so far, from concessão's metrics (the channel token reads /actuator/prometheus).
nao_permitidas() {
  curl -s --max-time 5 -H "Authorization: Bearer $TOKEN" "$CONCESSAO_URL/actuator/prometheus" \
    | awk '/^resilience4j_circuitbreaker_not_permitted_calls_total/ { s += $NF } END { printf "%d\n", s }'
}
linhas_log() { [[ -r $LOG_CONCESSAO ]] && wc -l <"$LOG_CONCESSAO" || echo 0; }
# CallNotPermittedException lines that concessão logged after line $1 of its log.
nao_permitidas_no_log() { tail -n +"$(($1 + 1))" "$LOG_CONCESSAO" 2>/dev/null | grep -c CallNotPermittedException || true; }
resumo() { # resumo FILE -> "n non2xx em_analise p50 p95 p99 max"
  local n p
  n=$(wc -l <"$1")
  p=$(percentis "$1" 3)
  printf '%s %s %s %s\n' "$n" "$(awk '$2 !~ /^2/' "$1" | wc -l)" "$(awk '$4 == "EM_ANALISE"' "$1" | wc -l)" \
    "$(cut -d' ' -f2- <<<"$p")"
}

# --- (a) the first minute after the banner ------------------------------------------------------------------
A="$TRABALHO/a"
: >"$A"
LINHA_A=$(linhas_log)
NP_A0=$(nao_permitidas)
carga_de_fundo "$TPS_A" "$DURACAO_A_S" uma_concessao "$A"
wait "${PIDS_FILHOS[-1]}" 2>/dev/null || true
NP_A=$(($(nao_permitidas) - NP_A0))
LOG_A=$(nao_permitidas_no_log "$LINHA_A")
read -r N_A FALHAS_A EM_ANALISE_A P50_A P95_A P99_A MAX_A <<<"$(resumo "$A")"
# Printed at once: (b) may still fail to restart its service.
echo "== arranque-a-frio ($(nproc) nucleos; args: ${*:-nenhum})"
echo "  pronta: ${PRONTA_LAUNCHER_S} s no banner do launcher; $(((T_PRONTO - T_INICIO) / 1000)) s desde ./run-local.sh (com o build)"
echo "  (a) ${TPS_A}/s por ${DURACAO_A_S} s desde o banner: n=$N_A nao-2xx=$FALHAS_A EM_ANALISE=$EM_ANALISE_A" \
  "p50/p95/p99/max=$P50_A/$P95_A/$P99_A/$MAX_A ms (carga media $(cut -d' ' -f1-3 /proc/loadavg))"
echo "      recusadas por disjuntor aberto: metricas=$NP_A, CallNotPermittedException no log=$LOG_A"
echo "      por status: $(awk '{ print $2 }' "$A" | sort | uniq -c | awk '{ printf "%s=%s ", $2, $1 }')"

# --- (b) one service restarted under load --------------------------------------------------------------------
pid_na_porta() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2; }
pronto() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$PORTA_REINICIO/actuator/health/readiness") == 200 ]]; }
reiniciar() { # the same command line, environment and folder as the launcher's child; its log beside the others
  local pid=$1 cwd cmd=() amb=()
  cwd=$(readlink "/proc/$pid/cwd")
  mapfile -d '' -t cmd <"/proc/$pid/cmdline"
  mapfile -d '' -t amb <"/proc/$pid/environ"
  kill -TERM "$pid"
  for _ in $(seq 1 "$((PARADA_MAX_S * 2))"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$RESTART_MODULO nao parou em $PARADA_MAX_S s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  T_PAROU=$(agora_ms)
  # The launcher's children end at end-of-file on their stdin (local-stack VigiaDoLancador: the launcher holds that
  # pipe); a background job's stdin is /dev/null, so a pipe held open for the rest of the drill stands in for it.
  (cd "$cwd" && exec env -i "${amb[@]}" "${cmd[@]}") \
    < <(sleep "$((DURACAO_B_S + REINICIO_MAX_S + 120))") >>"$DADOS/logs/$RESTART_MODULO-reinicio.log" 2>&1 &
  PID_REINICIADO=$!
}
B="$TRABALHO/b"
: >"$B"
LINHA_B=$(linhas_log)
NP_B0=$(nao_permitidas)
PID_ALVO=$(pid_na_porta "$PORTA_REINICIO")
[[ -n $PID_ALVO ]] || { echo "nada escuta na porta $PORTA_REINICIO ($RESTART_MODULO)" >&2; exit 2; }
carga_de_fundo "$TPS_B" "$DURACAO_B_S" uma_concessao "$B"
PID_CARGA_B=${PIDS_FILHOS[-1]}
sleep "$REINICIO_APOS_S"
T_PEDIDO=$(agora_ms)
T_PAROU=$T_PEDIDO
reiniciar "$PID_ALVO"
if S_REINICIO=$(esperar_ate "$REINICIO_MAX_S" pronto); then T_DE_VOLTA=$(agora_ms); else S_REINICIO=">$REINICIO_MAX_S"; T_DE_VOLTA=""; fi
wait "$PID_CARGA_B" 2>/dev/null || true
NP_B=$(($(nao_permitidas) - NP_B0))
LOG_B=$(nao_permitidas_no_log "$LINHA_B")
read -r N_B FALHAS_B EM_ANALISE_B P50_B P95_B P99_B MAX_B <<<"$(resumo "$B")"
EM_ANALISE_FORA=$(awk -v a="$T_PEDIDO" '$1 < a && $4 == "EM_ANALISE"' "$B" | wc -l)

# --- figures and verdict -------------------------------------------------------------------------------------
echo "  (b) ${TPS_B}/s por ${DURACAO_B_S} s, $RESTART_MODULO parado e reiniciado aos ${REINICIO_APOS_S} s: pronto de novo em" \
  "${S_REINICIO} s (parou $(((T_PAROU - T_PEDIDO) / 1000)) s apos o pedido)"
echo "      n=$N_B nao-2xx=$FALHAS_B EM_ANALISE=$EM_ANALISE_B (antes da parada: $EM_ANALISE_FORA)" \
  "p50/p95/p99/max=$P50_B/$P95_B/$P99_B/$MAX_B ms; recusadas por disjuntor: metricas=$NP_B log=$LOG_B"
echo "      por status: $(awk '{ print $2 }' "$B" | sort | uniq -c | awk '{ printf "%s=%s ", $2, $1 }')"
if [[ -n $T_DE_VOLTA ]]; then
  echo "      depois de pronto de novo: $(awk -v t="$T_DE_VOLTA" '$1 >= t' "$B" | wc -l) pedidos," \
    "$(awk -v t="$T_DE_VOLTA" '$1 >= t && $2 !~ /^2/' "$B" | wc -l) nao-2xx," \
    "$(awk -v t="$T_DE_VOLTA" '$1 >= t && $4 == "EM_ANALISE"' "$B" | wc -l) EM_ANALISE"
fi
verificar "(a) nenhuma resposta nao-2xx no primeiro minuto" test "$FALHAS_A" -eq 0
verificar "(a) nenhuma decisao degradada por disjuntor aberto" test "$((NP_A + LOG_A))" -eq 0
verificar "(a) p99 <= ${P99_MAX_MS} ms" test "${P99_A//-/999999}" -le "$P99_MAX_MS"
verificar "(b) $RESTART_MODULO voltou a ficar pronto" test -n "$T_DE_VOLTA"
verificar "(b) nenhuma resposta nao-2xx durante o reinicio" test "$FALHAS_B" -eq 0
veredito arranque-a-frio
