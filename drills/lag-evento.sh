#!/usr/bin/env bash
# Measures the event lag: from sending POST /v1/investimentos (answered 201) to the recalculated limit being visible (a new entry
# in the client's limit history, or limiteAtual changing). One client at a time, no other load.
# Bounded: AMOSTRAS x at most ESPERA_S.
source "$(dirname "$0")/lib.sh"

AMOSTRAS=${AMOSTRAS:-10}
ESPERA_S=${ESPERA_S:-30}
INTERVALO_S=${INTERVALO_S:-0.1}

TOKEN=$(token)
: >"$TRABALHO/lags"
SUBIU=0
for ((a = 0; a < AMOSTRAS; a++)); do
  id=$(cliente_com_cartao)
  hist0=$(entradas_historico "$id")
  lim0=$(limite_atual "$id")
  t0=$(agora_ms)
  r=$(investir "$id" 300000.00)
  [[ $(status_de "$r") == 201 ]] || { log "investimento falhou ($(head -n1 <<<"$r")), amostra ignorada"; continue; }
  fim=$((t0 + ESPERA_S * 1000))
  while (($(agora_ms) < fim)); do
    lim=$(limite_atual "$id")
    if [[ $lim != "$lim0" ]] || (($(entradas_historico "$id") > hist0)); then
      echo "$((($(agora_ms) - t0)))" >>"$TRABALHO/lags"
      awk -v a="$lim0" -v d="$lim" 'BEGIN { exit !(d + 0 > a + 0) }' && SUBIU=$((SUBIU + 1))
      break
    fi
    sleep "$INTERVALO_S"
  done
done

VISTOS=$(wc -l <"$TRABALHO/lags")
read -r n p50 p95 p99 max <<<"$(percentis "$TRABALHO/lags" 1)"
echo "== lag-evento: envio do investimento (201) -> novo limite visivel, $AMOSTRAS amostras, sondagem a cada ${INTERVALO_S}s"
echo "  recalculos vistos=$VISTOS/$AMOSTRAS (limite subiu em $SUBIU); lag p50=${p50} ms p95=${p95} ms max=${max} ms (inclui ate ${INTERVALO_S}s de sondagem)"
verificar "todo investimento levou a um recalculo em ate ${ESPERA_S}s" test "$VISTOS" -eq "$AMOSTRAS"
veredito lag-evento
