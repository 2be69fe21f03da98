#!/usr/bin/env bash
# Drill (a): the bureau hangs (5 s answers) and then goes down while concessões keep arriving through the edge.
# Expected: every concessão still answers within the deadline through the fallbacks, no 5xx, the circuit breakers of
# score/historico (or of concessão towards them) open during the fault and close again after it.
# Faults go through the simulator's WireMock admin API (global fixed delay; a priority-1 connection-reset stub) and
# are always undone on exit. Bounded: BASE_S + TRAVAMENTO_S + QUEDA_S + at most RECUPERACAO_MAX_S.
source "$(dirname "$0")/lib.sh"

TPS=${TPS:-10}
BASE_S=${BASE_S:-15}
TRAVAMENTO_S=${TRAVAMENTO_S:-30}
TRAVAMENTO_MS=${TRAVAMENTO_MS:-5000}
QUEDA_S=${QUEDA_S:-30}
RECUPERACAO_MAX_S=${RECUPERACAO_MAX_S:-120}
PRAZO_MS=${PRAZO_MS:-1500}
CLIENTE_FIXO=${CLIENTE_FIXO:-12345}
# service=base URL whose /actuator/prometheus exposes resilience4j_circuitbreaker_state (read with the canal token).
ACTUATORS=${ACTUATORS:-"concessao=http://localhost:8081 score=http://localhost:8084 historico=http://localhost:8083"}
for par in $ACTUATORS; do exigir_loopback "${par#*=}"; done

TOKEN=$(token)
bureau_guardar_settings

# Half new clients (nothing cached: they need the bureau), half a known client (cached score and history).
um_pedido() {
  local id r cab
  if ((RANDOM % 2)); then id=$(novo_id); else id=$CLIENTE_FIXO; fi
  local t0
  t0=$(agora_ms)
  r=$(conceder "$id")
  cab=$(head -n1 <<<"$r")
  printf '%s %s %d %s\n' "$t0" "${cab%% *}" "$(awk '{ printf "%d", $2 * 1000 }' <<<"$cab")" \
    "$(corpo_de "$r" | jq -r '.fontes.score.origem // "-"' 2>/dev/null || echo -)" >>"$TRABALHO/pedidos"
}

# "service breaker state" for every breaker whose state gauge is 1.
estado_circuitos() {
  local par
  for par in $ACTUATORS; do
    curl -s --max-time 3 -H "Authorization: Bearer $TOKEN" "${par#*=}/actuator/prometheus" | awk -v s="${par%%=*}" '
      /^resilience4j_circuitbreaker_state\{/ && $NF + 0 == 1 {
        match($0, /name="[^"]*"/); n = substr($0, RSTART + 6, RLENGTH - 7)
        match($0, /state="[^"]*"/); e = substr($0, RSTART + 7, RLENGTH - 8)
        print s, n, e
      }'
  done
}
todos_fechados() {
  local estados
  estados=$(estado_circuitos)
  [[ -n $estados ]] && ! grep -qE ' (open|half_open|forced_open)$' <<<"$estados"
}
vigiar_circuitos() {
  while true; do
    estado_circuitos | sed "s/^/$(agora_ms) /" >>"$TRABALHO/circuitos"
    sleep 2
  done
}

touch "$TRABALHO/pedidos" "$TRABALHO/circuitos"
log "estado inicial dos circuitos: $(estado_circuitos | tr '\n' ';')"
vigiar_circuitos &
PIDS_FILHOS+=($!)
T_BASE=$(agora_ms)
carga_de_fundo "$TPS" $((BASE_S + TRAVAMENTO_S + QUEDA_S + RECUPERACAO_MAX_S)) um_pedido
PID_CARGA=${PIDS_FILHOS[-1]}
log "base: $TPS TPS por ${BASE_S}s"
sleep "$BASE_S"

T_TRAVAMENTO=$(agora_ms)
bureau_atraso "$TRAVAMENTO_MS"
log "bureau travado: respostas em ${TRAVAMENTO_MS} ms por ${TRAVAMENTO_S}s"
sleep "$TRAVAMENTO_S"

T_QUEDA=$(agora_ms)
bureau_restaurar_settings
ID_QUEDA=$(curl -sf --max-time 5 -X POST "$BUREAU_ADMIN/mappings" -d '{
  "priority": 1,
  "request": {"urlPathPattern": "/(score|historico)-bureau/.*"},
  "response": {"fault": "CONNECTION_RESET_BY_PEER"},
  "metadata": {"drill": "falha-bureau"}}' | jq -r .id)
ao_sair "curl -s --max-time 5 -X DELETE '$BUREAU_ADMIN/mappings/$ID_QUEDA' >/dev/null"
log "bureau fora do ar (connection reset) por ${QUEDA_S}s"
sleep "$QUEDA_S"

T_RECUPERACAO=$(agora_ms)
curl -sf --max-time 5 -X DELETE "$BUREAU_ADMIN/mappings/$ID_QUEDA" >/dev/null
log "bureau de volta; aguardando os circuitos fecharem (max ${RECUPERACAO_MAX_S}s)"
if S_FECHAR=$(esperar_ate "$RECUPERACAO_MAX_S" todos_fechados); then FECHOU=1; else FECHOU=0; S_FECHAR=">$RECUPERACAO_MAX_S"; fi
kill "$PID_CARGA" 2>/dev/null || true
sleep 2
T_FIM=$(agora_ms)

fase() { # fase NOME INICIO FIM -> line of figures for requests started in [INICIO, FIM)
  awk -v a="$2" -v b="$3" '$1 >= a && $1 < b' "$TRABALHO/pedidos" >"$TRABALHO/fase"
  local n5 nnao200 nfallback p
  n5=$(awk '$2 ~ /^5/ || $2 == "000"' "$TRABALHO/fase" | wc -l)
  nnao200=$(awk '$2 != "200"' "$TRABALHO/fase" | wc -l)
  nfallback=$(awk '$4 != "AO_VIVO" && $4 != "CACHE" && $4 != "-"' "$TRABALHO/fase" | wc -l)
  read -r n p50 p95 p99 max <<<"$(percentis "$TRABALHO/fase" 3)"
  printf '  %-12s n=%-5s p50=%-5s p95=%-5s p99=%-5s max=%-5s ms  5xx/sem-resposta=%s  nao-200=%s  score-fallback=%s\n' \
    "$1" "$n" "$p50" "$p95" "$p99" "$max" "$n5" "$nnao200" "$nfallback"
}

echo "== falha-bureau: $TPS TPS de concessao pelo edge, prazo aceito ${PRAZO_MS} ms"
fase base "$T_BASE" "$T_TRAVAMENTO"
fase travamento "$T_TRAVAMENTO" "$T_QUEDA"
fase queda "$T_QUEDA" "$T_RECUPERACAO"
fase recuperacao "$T_RECUPERACAO" "$T_FIM"
ABERTOS=$(awk -v a="$T_TRAVAMENTO" '$1 >= a && $4 ~ /open/ { print $2 "/" $3 }' "$TRABALHO/circuitos" | sort -u | tr '\n' ' ')
TOTAL_5XX=$(awk '$2 ~ /^5/ || $2 == "000"' "$TRABALHO/pedidos" | wc -l)
MAX_MS=$(awk 'BEGIN { m = 0 } $3 > m { m = $3 } END { print m }' "$TRABALHO/pedidos")
echo "  circuitos abertos durante a falha: ${ABERTOS:-nenhum}; fechados ${S_FECHAR}s apos o bureau voltar"
verificar "nenhum 5xx nem pedido sem resposta (total: $TOTAL_5XX)" test "$TOTAL_5XX" -eq 0
verificar "toda resposta dentro do prazo (max ${MAX_MS} ms <= ${PRAZO_MS} ms)" test "$MAX_MS" -le "$PRAZO_MS"
verificar "algum circuito abriu durante a falha" test -n "$ABERTOS"
verificar "todos os circuitos fecharam depois" test "$FECHOU" -eq 1
veredito falha-bureau
