#!/usr/bin/env bash
# Drill (d): duplicated and poison events, sent straight to the concessão queue (SQS query API, no AWS CLI needed).
# Expected: the same investimento-criado event delivered 3 times recalculates the limit once; a poison message ends
# in the DLQ (after 5 receives) and does not block the next good event.
# Bounded: at most ESPERA_S for each recalculation and ESPERA_DLQ_S for the DLQ.
source "$(dirname "$0")/lib.sh"

FILA=${FILA:-concessao-investimento-criado}
DLQ=${DLQ:-concessao-investimento-criado-dlq}
ESPERA_S=${ESPERA_S:-60}
# 5 receives x the queue's visibility timeout, with margin.
ESPERA_DLQ_S=${ESPERA_DLQ_S:-300}
REPETICOES=${REPETICOES:-3}
# Small enough that two investments still raise the limit (a limit at the policy's ceiling is LIMITE_MANTIDO, no entry).
VALOR=${VALOR:-20000.00}

enviar() { sqs "$URL_FILA" Action=SendMessage "MessageBody=$1" | xml_valor MessageId; }
evento() { # evento EVENT_ID ID_CLIENTE ID_INVESTIMENTO VALOR -> an investimento-criado v1 event (common-lib schema)
  jq -cn --arg e "$1" --arg c "$2" --arg t "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" --argjson i "$3" --argjson v "$4" \
    '{eventId: $e, eventType: "investimento-criado", version: 1, occurredAt: $t, idCliente: $c,
      idInvestimento: $i, tipoInvestimento: "CDB", valor: $v}'
}
# Looks through the DLQ (short visibility, so messages return to it) for a body containing the marker.
na_dlq() {
  sqs "$URL_DLQ" Action=ReceiveMessage MaxNumberOfMessages=10 VisibilityTimeout=2 WaitTimeSeconds=1 \
    | grep -q "$MARCADOR"
}
recalculos_do() { entradas_do_evento "$ID" "$1"; }
processado() { (($(recalculos_do "$1") >= 1)); }

TOKEN=$(token)
URL_FILA=$(url_fila "$FILA")
URL_DLQ=$(url_fila "$DLQ")

ID=$(cliente_com_cartao)
HIST_ANTES=$(entradas_historico "$ID")
LIMITE_ANTES=$(limite_atual "$ID")

# The events are real ones: concessão recomputes from investimento-service's figures, so a made-up event (an
# investment nobody stored) is rightly answered LIMITE_MANTIDO and leaves no history entry. An investment goes
# through the edge; the event id is read from the history entry it caused; that same event is then redelivered.
ids_de_evento() { historico_limite "$ID" | jq -r "($FILTRO_HISTORICO) | .[] | .idEvento // empty" | sort -u; }
novo_evento() { # novo_evento FILE_OF_KNOWN_IDS -> the event id that is in the history now and was not before
  local e
  e=$(ids_de_evento | comm -13 "$1" - | head -n1)
  [[ -n $e ]] && echo "$e"
}
investir_e_esperar() { # investir_e_esperar TAG -> "idEvento idInvestimento" once its recalculation is in the history
  local r inv e
  ids_de_evento >"$TRABALHO/ids-$1"
  r=$(investir "$ID" "$VALOR")
  [[ $(status_de "$r") == 201 ]] || { echo "investimento falhou: $(head -n1 <<<"$r")" >&2; exit 2; }
  inv=$(corpo_de "$r" | jq -r .idInvestimento)
  esperar_ate "$ESPERA_S" novo_evento "$TRABALHO/ids-$1" >/dev/null || { echo "- $inv"; return 0; }
  echo "$(novo_evento "$TRABALHO/ids-$1") $inv"
}

# 1. A real event, processed once, then delivered again REPETICOES-1 more times.
T_INV=$(agora_ms)
read -r EVENTO1 INV1 <<<"$(investir_e_esperar um)"
S1=$((($(agora_ms) - T_INV) / 1000))
if [[ $EVENTO1 != - ]]; then
  CORPO1=$(evento "$EVENTO1" "$ID" "$INV1" "$VALOR")
  for ((i = 1; i < REPETICOES; i++)); do enviar "$CORPO1" >/dev/null; done
  log "evento $EVENTO1 processado; reenviado $((REPETICOES - 1))x direto na fila"
  sleep 10 # room for the duplicates to be (wrongly) applied
else
  S1=">$ESPERA_S"
fi
N1=$(recalculos_do "$EVENTO1")
HIST_DEPOIS1=$(entradas_historico "$ID")

# 2. A poison message, then a good event (another real investment) that must still go through.
MARCADOR="veneno-$(uuid)"
enviar "{\"eventId\":\"$MARCADOR\",\"eventType\":\"investimento-criado\",\"version\":1,\"valor\":" >/dev/null
log "veneno enviado; agora um investimento real (max ${ESPERA_S}s recalculo, ${ESPERA_DLQ_S}s DLQ)"
T_INV=$(agora_ms)
read -r EVENTO2 _ <<<"$(investir_e_esperar dois)"
S2=$((($(agora_ms) - T_INV) / 1000))
[[ $EVENTO2 != - ]] || S2=">$ESPERA_S"
N2=$(recalculos_do "$EVENTO2")
S_DLQ=$(esperar_ate "$ESPERA_DLQ_S" na_dlq) && NA_DLQ=1 || { NA_DLQ=0; S_DLQ=">$ESPERA_DLQ_S"; }

echo "== eventos-duplicados: cliente gerado, limite antes=$LIMITE_ANTES depois=$(limite_atual "$ID")"
echo "  evento repetido ${REPETICOES}x: entradas no historico com o eventId=$N1 (historico $HIST_ANTES -> $HIST_DEPOIS1), visto ${S1}s apos o envio"
echo "  evento bom depois do veneno: entradas=$N2, visto ${S2}s; veneno na DLQ: $([[ $NA_DLQ == 1 ]] && echo sim || echo nao) (${S_DLQ}s)"
if ((N1 == 0 && HIST_DEPOIS1 - HIST_ANTES == 1)); then
  echo "  (o historico nao cita o eventId; julgado pelo crescimento de 1 entrada)"
  N1=1
fi
verificar "evento entregue ${REPETICOES}x recalculou uma unica vez" test "$N1" -eq 1
verificar "evento bom depois do veneno foi processado uma vez" test "$N2" -eq 1
verificar "mensagem veneno chegou a DLQ $DLQ" test "$NA_DLQ" -eq 1
veredito eventos-duplicados
