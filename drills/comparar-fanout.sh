#!/usr/bin/env bash
# Parallel vs sequential fan-out of concessão, with the bureau simulator at a fixed latency.
# Runs ConcessaoSimulation (new clients only: every call reaches the bureau) twice, once per concessão instance:
#   URL_PARALELO   the normal instance (default: concessao-service itself, http://localhost:8081)
#   URL_SEQUENCIAL a second instance started with CONCESSAO_FLAG_FANOUT_SEQUENCIAL=true (default http://localhost:8086),
#                  e.g. SERVER_PORT=8086 CONCESSAO_FLAG_FANOUT_SEQUENCIAL=true java -jar concessao-service/target/*.jar
# and prints the latency ratio sequential/parallel. The bureau latency is set through the WireMock admin API
# (global fixed delay) and restored on exit. Bounded: two runs of DURACAO_S + Gatling's start-up.
source "$(dirname "$0")/lib.sh"

URL_PARALELO=${URL_PARALELO:-http://localhost:8081}
URL_SEQUENCIAL=${URL_SEQUENCIAL:-http://localhost:8086}
LATENCIA_BUREAU_MS=${LATENCIA_BUREAU_MS:-200}
TPS=${TPS:-5}
DURACAO_S=${DURACAO_S:-30}
# Unmeasured concessões (returning clients) sent first to each instance, so neither run pays for a cold JIT alone.
AQUECIMENTO=${AQUECIMENTO:-20}
exigir_loopback "$URL_PARALELO" "$URL_SEQUENCIAL"
[[ $URL_PARALELO != "$URL_SEQUENCIAL" ]] || { echo "URL_PARALELO e URL_SEQUENCIAL devem ser instancias diferentes" >&2; exit 2; }

bureau_guardar_settings
bureau_atraso "$LATENCIA_BUREAU_MS"
log "bureau com latencia fixa de ${LATENCIA_BUREAU_MS} ms"

# rodar ROTULO URL -> "media p50 p95 p99 ok ko" of a ConcessaoSimulation run.
rodar() {
  log "rodada $1 contra $2 (${TPS} TPS por ${DURACAO_S}s)"
  gatling ConcessaoSimulation "$TRABALHO/$1.log" -Dgatling.runDescription="fanout-$1" -Dcarga.baseUrl="$2" \
    -Dcarga.mix.novos=1 -Dcarga.mix.recorrentes=0 -Dcarga.aquecer=true -Dcarga.recorrentes="$AQUECIMENTO" \
    -Dcarga.tps="$TPS" -Dcarga.rampa=0 -Dcarga.duracao="$DURACAO_S" \
    -Dcarga.slo.p95Ms=60000 -Dcarga.slo.p99Ms=60000 -Dcarga.slo.mediaMs=60000 -Dcarga.slo.falhasPct=1
}

R_PARALELO=$(rodar paralelo "$URL_PARALELO") || exit 1
R_SEQUENCIAL=$(rodar sequencial "$URL_SEQUENCIAL") || exit 1
read -r PM P50 P95 P99 _ PKO <<<"$R_PARALELO"
read -r SM S50 S95 S99 _ SKO <<<"$R_SEQUENCIAL"
razao() { awk -v s="$1" -v p="$2" 'BEGIN { if (p > 0) printf "%.2f", s / p; else print "-" }'; }

echo "== comparar-fanout: bureau a ${LATENCIA_BUREAU_MS} ms, ${TPS} TPS, ${DURACAO_S}s, so clientes novos"
printf '  %-11s media=%-5s p50=%-5s p95=%-5s p99=%-5s ms  falhas=%s\n' paralelo "$PM" "$P50" "$P95" "$P99" "$PKO"
printf '  %-11s media=%-5s p50=%-5s p95=%-5s p99=%-5s ms  falhas=%s\n' sequencial "$SM" "$S50" "$S95" "$S99" "$SKO"
echo "  razao sequencial/paralelo: media=$(razao "$SM" "$PM") p50=$(razao "$S50" "$P50") p95=$(razao "$S95" "$P95")"
verificar "nenhuma falha nas duas rodadas" test "$PKO" -eq 0 -a "$SKO" -eq 0
verificar "o fan-out paralelo e mais rapido (p50)" awk -v s="$S50" -v p="$P50" 'BEGIN { exit !(s > p) }'
veredito comparar-fanout
