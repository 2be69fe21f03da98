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

sqs() { # sqs URL PARAM=VALUE... -> XML reply of the SQS query API
  local url=$1 args=() p
  shift
  for p in Version=2012-11-05 "$@"; do args+=(--data-urlencode "$p"); done
  curl -sf --max-time "$CURL_MAX_S" "${args[@]}" "$url"
}
xml_valor() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" | head -n1; }
url_fila() {
  local u
  u=$(sqs "$SQS_URL" Action=GetQueueUrl "QueueName=$1" | xml_valor QueueUrl)
  [[ -n $u ]] || { echo "fila nao encontrada: $1" >&2; exit 2; }
  exigir_loopback "$u"
  echo "$u"
}
enviar() { sqs "$URL_FILA" Action=SendMessage "MessageBody=$1" | xml_valor MessageId; }
evento() { # evento EVENT_ID ID_CLIENTE -> an investimento-criado v1 event (common-lib schema)
  jq -cn --arg e "$1" --arg c "$2" --arg t "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" --argjson i "$((RANDOM * 32768 + RANDOM + 1))" \
    '{eventId: $e, eventType: "investimento-criado", version: 1, occurredAt: $t, idCliente: $c,
      idInvestimento: $i, tipoInvestimento: "CDB", valor: 250000.00}'
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

# 1. The same event REPETICOES times.
EVENTO1=$(uuid)
CORPO1=$(evento "$EVENTO1" "$ID")
for ((i = 0; i < REPETICOES; i++)); do enviar "$CORPO1" >/dev/null; done
log "evento enviado ${REPETICOES}x; aguardando o recalculo (max ${ESPERA_S}s)"
S1=$(esperar_ate "$ESPERA_S" processado "$EVENTO1") || S1=">$ESPERA_S"
sleep 5 # room for a late duplicate to be (wrongly) applied
N1=$(recalculos_do "$EVENTO1")
HIST_DEPOIS1=$(entradas_historico "$ID")

# 2. A poison message, then a good event that must still go through.
MARCADOR="veneno-$(uuid)"
enviar "{\"eventId\":\"$MARCADOR\",\"eventType\":\"investimento-criado\",\"version\":1,\"valor\":" >/dev/null
EVENTO2=$(uuid)
enviar "$(evento "$EVENTO2" "$ID")" >/dev/null
log "veneno e evento bom enviados; aguardando (max ${ESPERA_S}s recalculo, ${ESPERA_DLQ_S}s DLQ)"
S2=$(esperar_ate "$ESPERA_S" processado "$EVENTO2") || S2=">$ESPERA_S"
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
