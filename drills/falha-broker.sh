#!/usr/bin/env bash
# Drill (b): the broker (embedded ElasticMQ) is down for 60 s while investments keep arriving.
# Expected: every acknowledged investment (201) is stored, and once the broker is back every client's limit is
# recomputed (the outbox relays the events it could not send; concessão consumes them).
# ASSUMES the launcher of the local stack (issue 7) offers POST $LAUNCHER_URL/broker/stop and /broker/start.
# Bounded: ANTES_S + QUEDA_S + DEPOIS_S + at most RECALCULO_MAX_S.
source "$(dirname "$0")/lib.sh"

CLIENTES=${CLIENTES:-10}
TPS=${TPS:-4}
ANTES_S=${ANTES_S:-15}
QUEDA_S=${QUEDA_S:-60}
DEPOIS_S=${DEPOIS_S:-15}
RECALCULO_MAX_S=${RECALCULO_MAX_S:-180}
FILA=${FILA:-concessao-investimento-criado}
DLQ=${DLQ:-concessao-investimento-criado-dlq}
BROKER_STOP_URL=${BROKER_STOP_URL:-$LAUNCHER_URL/broker/stop}
BROKER_START_URL=${BROKER_START_URL:-$LAUNCHER_URL/broker/start}
exigir_loopback "$BROKER_STOP_URL" "$BROKER_START_URL"

TOKEN=$(token)

# Clients who hold a card, so an investment of theirs must lead to a recalculation.
IDS=()
for ((i = 0; i < CLIENTES; i++)); do
  id=$(cliente_com_cartao)
  IDS+=("$id")
done
declare -A LIMITE_ANTES
for id in "${IDS[@]}"; do
  LIMITE_ANTES[$id]=$(limite_atual "$id")
done
printf '%s\n' "${IDS[@]}" >"$TRABALHO/ids"
log "preparo: $CLIENTES clientes com cartao"

um_investimento() {
  local id r
  id=$(shuf -n1 "$TRABALHO/ids")
  r=$(investir "$id" "$((RANDOM % 400 + 100))000.00")
  printf '%s %s %s %s\n' "$(agora_ms)" "$(status_de "$r")" "$id" \
    "$(corpo_de "$r" | jq -r '.idInvestimento // "-"' 2>/dev/null || echo -)" >>"$TRABALHO/investimentos"
}

touch "$TRABALHO/investimentos"
carga_de_fundo "$TPS" $((ANTES_S + QUEDA_S + DEPOIS_S)) um_investimento
PID_CARGA=${PIDS_FILHOS[-1]}
sleep "$ANTES_S"
curl -sf --max-time 30 -X POST "$BROKER_STOP_URL" >/dev/null || { echo "nao consegui parar o broker: $BROKER_STOP_URL" >&2; exit 2; }
ao_sair "curl -s --max-time 30 -X POST '$BROKER_START_URL' >/dev/null"
T_QUEDA=$(agora_ms)
log "broker parado por ${QUEDA_S}s"
sleep "$QUEDA_S"
curl -sf --max-time 30 -X POST "$BROKER_START_URL" >/dev/null || { echo "nao consegui religar o broker" >&2; exit 2; }
T_VOLTA=$(agora_ms)
log "broker de volta"
wait "$PID_CARGA" 2>/dev/null || true
sleep 1

# Acknowledged investments per client, and the ones visible through the API afterwards.
awk '$2 == "201" { print $3, $4 }' "$TRABALHO/investimentos" | sort >"$TRABALHO/aceitos"
PERDIDOS=$(investimentos_perdidos "$TRABALHO/aceitos" "${IDS[@]}")

# Every event was consumed when the concessão queue is empty (messages are acknowledged only after the recalculation
# commits) and nothing went to the DLQ. The history cannot count recalculations: one that keeps the limit (at the
# policy's ceiling after many investments) writes no entry.
fila_drenada() { (($(mensagens_na_fila "$FILA") == 0)); }
if S_RECALCULO=$(esperar_ate "$RECALCULO_MAX_S" fila_drenada); then TODOS=1; else TODOS=0; S_RECALCULO=">$RECALCULO_MAX_S"; fi
NPEND=$(mensagens_na_fila "$FILA")
NDLQ=$(mensagens_na_fila "$DLQ")
SUBIRAM=0
for id in "${IDS[@]}"; do
  depois=$(limite_atual "$id")
  awk -v a="${LIMITE_ANTES[$id]}" -v d="$depois" 'BEGIN { exit !(a != "null" && d != "null" && d + 0 > a + 0) }' \
    && SUBIRAM=$((SUBIRAM + 1))
done

TOTAL=$(wc -l <"$TRABALHO/investimentos")
ACEITOS=$(wc -l <"$TRABALHO/aceitos")
NAO201=$((TOTAL - ACEITOS))
DURANTE=$(awk -v a="$T_QUEDA" -v b="$T_VOLTA" '$1 >= a && $1 < b && $2 == "201"' "$TRABALHO/investimentos" | wc -l)
echo "== falha-broker: $TPS TPS de investimentos, broker fora por ${QUEDA_S}s"
echo "  investimentos: enviados=$TOTAL aceitos(201)=$ACEITOS (durante a queda: $DURANTE) nao-201=$NAO201 perdidos=$PERDIDOS"
echo "  recalculo: mensagens ainda na fila=$NPEND, na DLQ=$NDLQ; fila drenada ${S_RECALCULO}s apos a volta; limite subiu em $SUBIRAM de $CLIENTES"
verificar "nenhum investimento aceito se perdeu" test "$PERDIDOS" -eq 0
verificar "investimentos aceitos durante a queda (outbox desacopla o broker)" test "$DURANTE" -gt 0
verificar "todo evento foi consumido apos a volta do broker (fila vazia)" test "$TODOS" -eq 1
verificar "nenhum evento foi para a DLQ" test "$NDLQ" -eq 0
verificar "o limite de todo cliente subiu" test "$SUBIRAM" -eq "$CLIENTES"
veredito falha-broker
