#!/usr/bin/env bash
# Drill (issue 14): what the first real decisions cost, one at a time on an idle stack. Starts ./run-local.sh (its own
# stack, stopped on exit), waits ESPERA_S after the banner so nothing of the start is still running, then sends
# DECISOES concessões one after the other, each for a new generated client, straight to concessão. Before and after
# each one it prints, per service: the classes loaded outside the AOT cache and the time spent loading them
# (jcmd PerfCounter.print), and after each one the slowest server-side and outbound request of every service so far
# (http_server_requests_seconds_max / http_client_requests_seconds_max from /actuator/prometheus). A measurement,
# not a gate: no verdict. Loopback only; bounded by PRONTIDAO_MAX_S + ESPERA_S + DECISOES × 10 s + the stop (90 s).
# Ports: the LOCAL_*_PORT of local-stack/README.md (DESLOCAMENTO shifts them all). Arguments go to ./run-local.sh.
# Needs: a JDK 25 (the stack, and its jcmd), curl, jq, ss (iproute2).
set -euo pipefail
source "$(dirname "$0")/portas.sh"
source "$(dirname "$0")/lib.sh"

CONCESSAO_URL=${CONCESSAO_URL:-http://localhost:$LOCAL_CONCESSAO_PORT}
ESPERA_S=${ESPERA_S:-30}
DECISOES=${DECISOES:-3}
PRONTIDAO_MAX_S=${PRONTIDAO_MAX_S:-600}
DADOS=${DADOS:-$RAIZ/.local-stack}
exigir_loopback "$CONCESSAO_URL"
command -v ss >/dev/null || { echo "falta ss (iproute2)" >&2; exit 2; }
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
command -v "$JCMD" >/dev/null || { echo "falta jcmd (JAVA_HOME de um JDK)" >&2; exit 2; }
declare -A PORTAS=([concessao]=$LOCAL_CONCESSAO_PORT [regras]=$LOCAL_REGRAS_PORT [historico]=$LOCAL_HISTORICO_PORT
  [score]=$LOCAL_SCORE_PORT [investimento]=$LOCAL_INVESTIMENTO_PORT)
SERVICOS=(concessao score historico investimento regras)

PID_PILHA=""
parar_pilha() {
  [[ -n $PID_PILHA ]] || return 0
  kill -TERM "$PID_PILHA" 2>/dev/null || true
  for _ in $(seq 1 90); do kill -0 "$PID_PILHA" 2>/dev/null || return 0; sleep 1; done
  kill -KILL -- "-$PID_PILHA" 2>/dev/null || true
}
ao_sair parar_pilha

SAIDA_PILHA="$TRABALHO/run-local.out"
log "iniciando ./run-local.sh $* (dados $DADOS)"
(cd "$RAIZ" && exec setsid ./run-local.sh --dados="$DADOS" --timeout="$PRONTIDAO_MAX_S" "$@") >"$SAIDA_PILHA" 2>&1 &
PID_PILHA=$!
LIMITE=$(($(date +%s) + PRONTIDAO_MAX_S))
until grep -q 'Plataforma de concessao de credito pronta em' "$SAIDA_PILHA"; do
  kill -0 "$PID_PILHA" 2>/dev/null && (($(date +%s) < LIMITE)) \
    || { tail -n 40 "$SAIDA_PILHA" >&2; echo "a pilha nao ficou pronta" >&2; exit 2; }
  sleep 1
done
log "$(grep -o 'pronta em [0-9.]* s' "$SAIDA_PILHA"); esperando $ESPERA_S s"
sleep "$ESPERA_S"

declare -A PID_DE
for s in "${SERVICOS[@]}"; do
  PID_DE[$s]=$(ss -ltnpH "sport = :${PORTAS[$s]}" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
  [[ -n ${PID_DE[$s]} ]] || { echo "nenhum processo ouvindo na porta de $s" >&2; exit 2; }
done

classes() {
  for s in "${SERVICOS[@]}"; do
    "$JCMD" "${PID_DE[$s]}" PerfCounter.print 2>/dev/null | awk -F= -v s="$s" '
      $1 == "java.cls.loadedClasses" { fora = $2 } $1 == "sun.cls.time" { t = $2 } $1 == "sun.os.hrt.frequency" { f = $2 }
      END { printf "    %-12s classes carregadas fora do cache=%d, tempo de carga acumulado=%.0f ms\n", s, fora, t * 1000 / f }'
  done
}
# The slowest request of each kind so far, business paths only (the warm-up's own calls carry other URIs).
maximos() {
  for s in "${SERVICOS[@]}"; do
    curl -s --max-time 5 -H "Authorization: Bearer $TOKEN" "http://localhost:${PORTAS[$s]}/actuator/prometheus" \
      | awk -v s="$s" '/^http_(server|client)_requests_seconds_max\{/ && /uri="\/(v1|score-bureau|historico-bureau)\// {
          match($0, /uri="[^"]*"/); uri = substr($0, RSTART + 5, RLENGTH - 6)
          match($0, /outcome="[^"]*"/); fim = substr($0, RSTART + 9, RLENGTH - 10)
          tipo = ($0 ~ /^http_server/) ? "servidor" : "saida"
          printf "    %-12s %-8s %-48s %-8s %6.0f ms\n", s, tipo, uri, fim, $NF * 1000 }'
  done
}

TOKEN=$(token)
echo "== primeira-decisao ($(nproc) nucleos; $ESPERA_S s apos o banner; args: ${*:-nenhum})"
echo "  antes:"
classes
for i in $(seq 1 "$DECISOES"); do
  id=$(novo_id)
  tempo=$(curl -s -o "$TRABALHO/resposta.json" -w '%{http_code} %{time_total}' --max-time 10 \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"idCliente\":\"$id\",\"tipoCartao\":\"$TIPO_CARTAO\"}" "$CONCESSAO_URL/v1/cartao/concessao")
  printf '  decisao %d: HTTP %s em %.0f ms, %s\n' "$i" "${tempo% *}" "$(awk -v t="${tempo#* }" 'BEGIN { print t * 1000 }')" \
    "$(jq -r '[.codigoDecisao // .codigo // "?", (.motivos // [] | map(.codigo) | join(","))] | join(" ")' "$TRABALHO/resposta.json")"
  classes
  maximos
done
