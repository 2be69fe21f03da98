#!/usr/bin/env bash
# Drill (c): PostgreSQL is restarted in the middle of a write load (investments and concessões).
# Expected: the services recover by themselves (health UP, writes succeed again without a restart of theirs) and no
# acknowledged write is lost: every 201 investment is listed by GET /v1/investimentos afterwards.
# ASSUMES the launcher of the local stack (issue 7) offers POST $LAUNCHER_URL/postgres/restart.
# Bounded: ANTES_S + DEPOIS_S + at most SAUDE_MAX_S.
source "$(dirname "$0")/lib.sh"

CLIENTES=${CLIENTES:-10}
TPS=${TPS:-6}
ANTES_S=${ANTES_S:-20}
DEPOIS_S=${DEPOIS_S:-40}
SAUDE_MAX_S=${SAUDE_MAX_S:-90}
POSTGRES_RESTART_URL=${POSTGRES_RESTART_URL:-$LAUNCHER_URL/postgres/restart}
# Services that own a PostgreSQL schema: their health must be UP again.
SAUDE=${SAUDE:-"concessao=http://localhost:8081 regras=http://localhost:8082 investimento=http://localhost:8085"}
exigir_loopback "$POSTGRES_RESTART_URL"
for par in $SAUDE; do exigir_loopback "${par#*=}"; done

TOKEN=$(token)
mapfile -t IDS < <(for ((i = 0; i < CLIENTES; i++)); do novo_id; done)
printf '%s\n' "${IDS[@]}" >"$TRABALHO/ids"

# Two writes in turn: an investment (investimento schema) and a concessão (concessao schema, reads regras).
uma_escrita() {
  local id r t0 tipo
  id=$(shuf -n1 "$TRABALHO/ids")
  t0=$(agora_ms)
  if ((RANDOM % 2)); then
    tipo=investimento
    r=$(investir "$id" "$((RANDOM % 90 + 10))00.00")
  else
    tipo=concessao
    r=$(conceder "$id")
  fi
  printf '%s %s %s %s %s\n' "$t0" "$tipo" "$(status_de "$r")" "$id" \
    "$(corpo_de "$r" | jq -r '.idInvestimento // "-"' 2>/dev/null || echo -)" >>"$TRABALHO/escritas"
}
todos_saudaveis() {
  local par
  for par in $SAUDE; do
    [[ $(curl -s --max-time 3 "${par#*=}/actuator/health" | jq -r .status 2>/dev/null) == UP ]] || return 1
  done
}

touch "$TRABALHO/escritas"
carga_de_fundo "$TPS" $((ANTES_S + DEPOIS_S)) uma_escrita
PID_CARGA=${PIDS_FILHOS[-1]}
sleep "$ANTES_S"
T_REINICIO=$(agora_ms)
curl -sf --max-time 60 -X POST "$POSTGRES_RESTART_URL" >/dev/null || { echo "nao consegui reiniciar o PostgreSQL: $POSTGRES_RESTART_URL" >&2; exit 2; }
T_VOLTOU=$(agora_ms)
log "PostgreSQL reiniciado em $((T_VOLTOU - T_REINICIO)) ms"
wait "$PID_CARGA" 2>/dev/null || true
if S_SAUDE=$(esperar_ate "$SAUDE_MAX_S" todos_saudaveis); then SAUDAVEL=1; else SAUDAVEL=0; S_SAUDE=">$SAUDE_MAX_S"; fi

# Writes acknowledged, and whether each acknowledged investment is still there.
awk '$2 == "investimento" && $3 == "201" { print $4, $5 }' "$TRABALHO/escritas" | sort >"$TRABALHO/aceitos"
PERDIDOS=$(investimentos_perdidos "$TRABALHO/aceitos" "${IDS[@]}")

PRIMEIRO_OK=$(awk -v t="$T_VOLTOU" '$1 >= t && (($2 == "investimento" && $3 == "201") || ($2 == "concessao" && $3 == "200")) { print $1; exit }' \
  <(sort -n "$TRABALHO/escritas"))
FALHAS=$(awk '!(($2 == "investimento" && $3 == "201") || ($2 == "concessao" && $3 == "200"))' "$TRABALHO/escritas" | wc -l)
# The last 10 s of load must be all successes: recovered, not limping.
T_FIM_CARGA=$(awk 'BEGIN { m = 0 } $1 > m { m = $1 } END { print m }' "$TRABALHO/escritas")
FALHAS_FINAIS=$(awk -v t="$((T_FIM_CARGA - 10000))" '$1 >= t && !(($2 == "investimento" && $3 == "201") || ($2 == "concessao" && $3 == "200"))' "$TRABALHO/escritas" | wc -l)
RECUPERACAO_MS=$([[ -n $PRIMEIRO_OK ]] && echo $((PRIMEIRO_OK - T_REINICIO)) || echo "-")

echo "== reinicio-postgres: $TPS escritas/s, reinicio aos ${ANTES_S}s"
echo "  escritas: total=$(wc -l <"$TRABALHO/escritas") falhas=$FALHAS (nos ultimos 10 s: $FALHAS_FINAIS) por status: $(awk '{ print $2 ":" $3 }' "$TRABALHO/escritas" | sort | uniq -c | awk '{ printf "%s=%s ", $2, $1 }')"
echo "  investimentos aceitos=$(wc -l <"$TRABALHO/aceitos") perdidos=$PERDIDOS; primeira escrita ok ${RECUPERACAO_MS} ms apos o pedido de reinicio; saude UP ${S_SAUDE}s apos a carga"
verificar "nenhuma escrita confirmada se perdeu" test "$PERDIDOS" -eq 0
verificar "servicos com saude UP sem intervencao" test "$SAUDAVEL" -eq 1
verificar "escritas voltaram a ser aceitas depois do reinicio" test -n "$PRIMEIRO_OK"
verificar "nenhuma falha nos ultimos 10 s de carga" test "$FALHAS_FINAIS" -eq 0
veredito reinicio-postgres
