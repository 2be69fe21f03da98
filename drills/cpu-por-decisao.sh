#!/usr/bin/env bash
# CPU per decision (issue 15), one command: uses the local stack when its concessão answers, else starts it
# (./run-local.sh --carga, stopped again on exit); warms it up through the edge; then runs a closed loop of concessões
# (wrk + drills/concessao-recorrente.lua: a random mix of CLIENTES returning clients, warm caches) at each of
# CONEXOES, first straight to concessão (API Gateway's work is AWS's), then through the edge. During each point it
# reads utime+stime from /proc/<pid>/stat of every process of the stack: each process listening on a stack port,
# plus its descendants that listen on none (PostgreSQL's backends, ...); the load generator is not among them.
# Prints one table: decisions/s, p50/p99, CPU ms per decision per process, in total, and the part of the total that
# went to the JIT compilers.
# ALVO=score or ALVO=historico measures one service's own request path instead: a closed loop of GETs of one of its
# reads (/v1/score/<id>, /v1/historico/contratos/<id>) for the same client mix, with concessão's service token
# (the call concessão makes in each decision), warmed up on that read too; no edge points. The table is then per
# request. One service's figure moves by 5-17 % within a stack and ~15 % between stacks, against a third for the whole
# decision: it resolves a change to that service of about 15 %, best judged as a runtime switch of one build, so that
# both sides run the same jars and caches (load-tests/README.md, issue 15's fifth session).
#
# Needs: wrk 4.x (Debian/Ubuntu: `apt-get install wrk`), ss (iproute2), curl, jq, awk; Linux /proc.
# Ports: every LOCAL_*_PORT of local-stack/README.md, each defaulting to its standard port + DESLOCAMENTO (default 0).
# Settings (environment): AQUECIMENTO_S (90: warm-up through the edge at the largest CONEXOES), DURACAO_S (45 per
# point), CONEXOES ("8 16"), PELO_EDGE (true: also the edge variant), CLIENTES (500), PRIMEIRO_ID (900000),
# PRONTIDAO_MAX_S (900, only when this drill starts the stack), PRIORIDADE (unset; e.g. 0: every thread of the stack
# gets this nice value before the warm-up, for a stack that was started niced so its start disturbed no one),
# PRIORIDADE_GRUPO (unset; e.g. -10: the nice of the stack's and wrk's autogroups during the run, see below),
# ALVO (concessao; or score, historico: see above), PAUSA_MS (0: each connection waits this long after an answer
# before its next request, a paced load below saturation; at saturation the CPU per request depends on how many
# requests each wake-up of the service finds waiting).
# Bounded: the start (PRONTIDAO_MAX_S + build) when needed, then AQUECIMENTO_S + 2 x |CONEXOES| x (DURACAO_S + 10 s)
# plus the stop (90 s). Loopback only. Passes when no request failed (non-2xx or socket error); the issue's goals
# (<= 3.0 ms of CPU per decision, >= 600 decisions/s with p99 <= 100 ms at 16 connections) are printed, not judged.
set -euo pipefail
source "$(dirname "$0")/portas.sh"
source "$(dirname "$0")/lib.sh"

CONCESSAO_URL=${CONCESSAO_URL:-http://localhost:$LOCAL_CONCESSAO_PORT}
AQUECIMENTO_S=${AQUECIMENTO_S:-90}
DURACAO_S=${DURACAO_S:-45}
CONEXOES=${CONEXOES:-"8 16"}
PELO_EDGE=${PELO_EDGE:-true}
export CLIENTES=${CLIENTES:-500} PRIMEIRO_ID=${PRIMEIRO_ID:-900000} TIPO_CARTAO
PRONTIDAO_MAX_S=${PRONTIDAO_MAX_S:-900}
PRIORIDADE=${PRIORIDADE:-}
LUA="$RAIZ/drills/concessao-recorrente.lua"
# Name shown in the table -> port; the order of the table's columns.
NOMES=(concessao score historico investimento regras postgres redis edge auth lancador)
declare -A PORTA=([concessao]=$LOCAL_CONCESSAO_PORT [score]=$LOCAL_SCORE_PORT [historico]=$LOCAL_HISTORICO_PORT
  [investimento]=$LOCAL_INVESTIMENTO_PORT [regras]=$LOCAL_REGRAS_PORT [postgres]=$LOCAL_POSTGRES_PORT
  [redis]=$LOCAL_REDIS_PORT [edge]=$LOCAL_EDGE_PORT [auth]=$LOCAL_AUTH_PORT [lancador]=$LOCAL_SQS_PORT)

ALVO=${ALVO:-concessao}
case $ALVO in
  concessao) URL_ALVO=$CONCESSAO_URL; AQUECER_EM=$EDGE_URL; UNIDADE=decisoes; POR=decisao ;;
  score | historico)
    declare -A CAMINHO_DE=([score]=/v1/score/%d [historico]=/v1/historico/contratos/%d)
    export METODO=GET CAMINHO=${CAMINHO_DE[$ALVO]}
    URL_ALVO=http://localhost:${PORTA[$ALVO]}; AQUECER_EM=$URL_ALVO; UNIDADE=pedidos; POR=pedido; PELO_EDGE=false
    # concessão's own client and scopes (auth-server's application.yml): the token of the calls it makes
    CLIENT_ID=${CLIENTE_SERVICO:-concessao-service} CLIENT_SECRET=${SEGREDO_SERVICO:-concessao-secret}
    ESCOPOS="score:ler historico:ler" ;;
  *) echo "ALVO desconhecido: $ALVO (concessao, score ou historico)" >&2; exit 2 ;;
esac
exigir_loopback "$CONCESSAO_URL" "$URL_ALVO"
command -v wrk >/dev/null || { echo "falta wrk 4.x (Debian/Ubuntu: apt-get install wrk)" >&2; exit 2; }
command -v ss >/dev/null || { echo "falta ss (iproute2)" >&2; exit 2; }
[[ -r /proc/self/stat ]] || { echo "falta /proc (Linux)" >&2; exit 2; }
[[ -r $LUA ]] || { echo "falta $LUA" >&2; exit 2; }
HZ=$(getconf CLK_TCK)

# --- the stack: used when it answers, else started here (its own session) and stopped on exit -------------------
pronta() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$CONCESSAO_URL/actuator/health/readiness") == 200 ]]; }
PID_PILHA=""
parar_pilha() {
  [[ -n $PID_PILHA ]] || return 0
  kill -TERM "$PID_PILHA" 2>/dev/null || true
  for _ in $(seq 1 90); do kill -0 "$PID_PILHA" 2>/dev/null || return 0; sleep 1; done
  log "a pilha nao parou em 90 s: SIGKILL no grupo $PID_PILHA"
  kill -KILL -- "-$PID_PILHA" 2>/dev/null || true
}
if ! pronta; then
  ao_sair parar_pilha
  SAIDA_PILHA="$TRABALHO/run-local.out"
  log "nenhuma pilha em $CONCESSAO_URL: iniciando ./run-local.sh --carga"
  (cd "$RAIZ" && exec setsid ./run-local.sh --carga --timeout="$PRONTIDAO_MAX_S") >"$SAIDA_PILHA" 2>&1 &
  PID_PILHA=$!
  banner() {
    kill -0 "$PID_PILHA" 2>/dev/null || { tail -n 40 "$SAIDA_PILHA" >&2; echo "a pilha terminou antes do banner" >&2; exit 2; }
    grep -q 'Plataforma de concessao de credito pronta em' "$SAIDA_PILHA"
  }
  esperar_ate "$((PRONTIDAO_MAX_S + 600))" banner >/dev/null || { tail -n 40 "$SAIDA_PILHA" >&2; exit 2; }
fi

# pid listening on each port (empty when nothing listens there: that column reads 0).
declare -A PID_DE
for nome in "${NOMES[@]}"; do
  PID_DE[$nome]=$(pid_que_ouve "${PORTA[$nome]}")
done
[[ -n ${PID_DE[concessao]} ]] || { echo "nada escuta na porta de concessao ${PORTA[concessao]}" >&2; exit 2; }
RAIZES="$TRABALHO/raizes"
for nome in "${NOMES[@]}"; do if [[ -n ${PID_DE[$nome]} ]]; then echo "${PID_DE[$nome]} $nome"; fi; done >"$RAIZES"

# "name ticks" of every root: its own utime+stime plus those of its descendants that are no root themselves, from
# one pass over /proc (fields after "(comm)", so a name with spaces cannot shift them: ppid is the 2nd, utime the 12th).
amostra() {
  # a process may end between the glob and its read: cat then fails, which is no error here
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v raizes="$RAIZES" '
    BEGIN { while ((getline l < raizes) > 0) { split(l, r, " "); raiz[r[1]] = r[2] } }
    {
      pid = $1; s = $0; sub(/^.*\) /, "", s); split(s, f, " ")
      pai[pid] = f[2]; ticks[pid] = f[12] + f[13]
    }
    END {
      for (pid in ticks) {
        p = pid; n = 0
        while (p != "" && p > 1 && !(p in raiz) && n++ < 64) p = pai[p]
        if (p in raiz) soma[raiz[p]] += ticks[pid]
      }
      for (nome in soma) print nome, soma[nome]
    }'
  # Of which the JIT compilers of the stack's JVMs (their C1/C2 threads): a stack still compiling is not at steady
  # state, and its CPU per decision falls from one point to the next.
  for pid in $(cut -d' ' -f1 "$RAIZES"); do cat /proc/"$pid"/task/*/stat 2>/dev/null || true; done \
    | awk '/\((C1|C2) CompilerThre/ { s = $0; sub(/^.*\) /, "", s); split(s, f, " "); t += f[12] + f[13] }
           END { print "jit", t + 0 }'
}

# With autogroup scheduling (Linux's default on desktops and many servers) a nice value only ranks threads of the same
# session: a niced build in a session of its own still gets as much CPU as the whole stack. PRIORIDADE_GRUPO sets the
# nice of the autogroups of the stack and of this drill (wrk) for the run, and puts them back to 0 on exit.
PRIORIDADE_GRUPO=${PRIORIDADE_GRUPO:-}
if [[ -n $PRIORIDADE ]]; then
  for pid in $(cut -d' ' -f1 "$RAIZES"); do
    for p in $pid $(pgrep -P "$pid" || true); do renice -n "$PRIORIDADE" -p $(ls "/proc/$p/task" 2>/dev/null) >/dev/null 2>&1 || true; done
  done
  log "threads da pilha com nice $PRIORIDADE"
fi
if [[ -n $PRIORIDADE_GRUPO && -w /proc/$$/autogroup ]]; then
  GRUPOS="$$ $(cut -d' ' -f1 "$RAIZES" | tr '\n' ' ')"
  ao_sair "nice_dos_grupos 0 $GRUPOS"
  nice_dos_grupos "$PRIORIDADE_GRUPO" $GRUPOS
  log "autogroups da pilha e do wrk com nice $PRIORIDADE_GRUPO"
fi

# rodar URL CONEXOES SEGUNDOS RESUMO: one wrk run with a fresh token (a token lives 5 min in the local stack).
rodar() {
  TOKEN=$(token) RESUMO=$4 wrk -t1 -c"$2" -d"$3"s --timeout 5s -s "$LUA" "$1" >"$TRABALHO/wrk.out" 2>&1 \
    || { cat "$TRABALHO/wrk.out" >&2; echo "wrk falhou" >&2; exit 1; }
  [[ -s $4 ]] || { cat "$TRABALHO/wrk.out" >&2; echo "wrk nao escreveu o resumo" >&2; exit 1; }
}

log "aquecimento: ${AQUECIMENTO_S} s em $AQUECER_EM, ${CONEXOES##* } conexoes, ${CLIENTES} clientes recorrentes"
rodar "$AQUECER_EM" "${CONEXOES##* }" "$AQUECIMENTO_S" "$TRABALHO/aquecimento"
read -r N _ F _ _ P99 _ <"$TRABALHO/aquecimento"
log "aquecimento: $N pedidos, $F nao-2xx, p99 $((P99 / 1000)) ms"

TABELA="$TRABALHO/tabela"
: >"$TABELA"
FALHAS=0
medir() { # medir ROTULO URL CONEXOES
  local antes depois resumo="$TRABALHO/resumo-$1-$3" n dur nao2xx ea p50 p99 soquete ok
  antes=$(amostra)
  rodar "$2" "$3" "$DURACAO_S" "$resumo"
  depois=$(amostra)
  read -r n dur nao2xx ea p50 p99 soquete <"$resumo"
  ok=$((n - nao2xx))
  FALHAS=$((FALHAS + nao2xx + soquete))
  # "rotulo conexoes decisoes/s p50_ms p99_ms nao2xx+soquete em_analise cpu_ms_por_decisao... total nucleos"
  printf '%s\n%s\n' "$antes" "$depois" | awk -v rot="$1" -v c="$3" -v ok="$ok" -v dur="$dur" -v hz="$HZ" \
    -v p50="$p50" -v p99="$p99" -v f="$((nao2xx + soquete))" -v ea="$ea" -v nomes="${NOMES[*]}" -v na="$(wc -l <<<"$antes")" '
    NR <= na { a[$1] = $2; next }
    { d[$1] = $2 - a[$1] }
    END {
      printf "%s %d %.0f %.1f %.1f %d %d", rot, c, ok / (dur / 1e6), p50 / 1000, p99 / 1000, f, ea
      k = split(nomes, ns, " "); t = 0
      for (i = 1; i <= k; i++) { ms = d[ns[i]] * 1000 / hz; t += ms; printf " %.2f", (ok > 0 ? ms / ok : 0) }
      printf " %.2f %.2f %.2f\n", (ok > 0 ? t / ok : 0), (ok > 0 ? d["jit"] * 1000 / hz / ok : 0), t / (dur / 1e3)
    }' >>"$TABELA"
  log "$(tail -n1 "$TABELA")"
}
for c in $CONEXOES; do medir direto "$URL_ALVO" "$c"; done
if [[ $PELO_EDGE == true ]]; then
  for c in $CONEXOES; do medir edge "$EDGE_URL" "$c"; done
fi

echo "== cpu-por-decisao: alvo $ALVO, wrk em laco fechado, ${CLIENTES} clientes recorrentes, ${DURACAO_S} s por" \
  "ponto apos ${AQUECIMENTO_S} s de aquecimento; $(nproc) nucleos, carga media $(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "via conexoes $UNIDADE/s p50_ms p99_ms falhas em_analise ${NOMES[*]} total_ms jit_ms nucleos"
  cat "$TABELA"
} | column -t
echo "  (colunas por processo: ms de CPU por $POR; jit_ms: a parte do total nos compiladores JIT; falhas: nao-2xx +"
echo "   erros de socket; nucleos: CPU da pilha / tempo)"
if [[ $ALVO == concessao ]]; then
  echo "  metas da issue 15: total <= 3.0 ms; a 16 conexoes >= 600 decisoes/s com p99 <= 100 ms"
fi
verificar "nenhum pedido falhou (nao-2xx ou erro de socket)" test "$FALHAS" -eq 0
veredito cpu-por-decisao
