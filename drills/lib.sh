# Shared by every drill (sourced, not run). Bash + curl + jq; loopback only; every wait is bounded.
# Settings come from environment variables; the defaults are the local stack's (docs/contratos-internos.md).

set -euo pipefail

EDGE_URL=${EDGE_URL:-http://localhost:8080}
TOKEN_URL=${TOKEN_URL:-http://localhost:9000/oauth2/token}
CLIENT_ID=${CLIENT_ID:-canal-app}
CLIENT_SECRET=${CLIENT_SECRET:-canal-secret}
ESCOPOS=${ESCOPOS:-cartao:conceder cartao:ler investimento:escrever investimento:ler}
BUREAU_URL=${BUREAU_URL:-http://localhost:8090}
SQS_URL=${SQS_URL:-http://localhost:9324}
# Assumed launcher admin endpoint (issue 7) that stops/starts the embedded broker and restarts PostgreSQL.
LAUNCHER_URL=${LAUNCHER_URL:-http://localhost:9399}
# Generated clients: each '#' becomes a digit; the bureau simulator answers 9##### with a deterministic score.
ID_PADRAO=${ID_PADRAO:-9#####}
TIPO_CARTAO=${TIPO_CARTAO:-GOLD}
# Limit history of a client (issue 6); %s is the idCliente.
HISTORICO_LIMITE_PATH=${HISTORICO_LIMITE_PATH:-/v1/cartao/limites/%s/historico}
# jq filter giving the entries of a limit-history response: the array itself, or the longest array inside an object.
FILTRO_HISTORICO=${FILTRO_HISTORICO:-'if type == "array" then . else ([.. | arrays] | max_by(length) // []) end'}
CURL_MAX_S=${CURL_MAX_S:-10}

RAIZ=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRABALHO=$(mktemp -d "${TMPDIR:-/tmp}/drill.XXXXXX")
PIDS_FILHOS=()
ACOES_SAIDA=()

# Refuses anything but this machine, so a wrong variable never points a drill at a shared environment.
exigir_loopback() {
  local url
  for url in "$@"; do
    [[ $url =~ ^https?://(localhost|127\.[0-9]+\.[0-9]+\.[0-9]+|\[::1\])(:[0-9]+)?(/.*)?$ ]] \
      || { echo "recusado: $url nao e loopback" >&2; exit 2; }
  done
}
exigir_loopback "$EDGE_URL" "$TOKEN_URL" "$BUREAU_URL" "$SQS_URL" "$LAUNCHER_URL"
for ferramenta in curl jq awk; do
  command -v "$ferramenta" >/dev/null || { echo "falta $ferramenta" >&2; exit 2; }
done

ao_sair() { ACOES_SAIDA+=("$1"); }

# Undoes every fault and stops every background job this drill started (by pid), whatever way the drill ends.
_limpar() {
  local codigo=$? acao pid
  for acao in "${ACOES_SAIDA[@]}"; do eval "$acao" || true; done
  for pid in "${PIDS_FILHOS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # GUARDAR_TRABALHO=dir keeps the drill's working files (each request's record, the samples) for a closer look.
  [[ -z ${GUARDAR_TRABALHO:-} ]] || { mkdir -p "$GUARDAR_TRABALHO" && cp -r "$TRABALHO"/. "$GUARDAR_TRABALHO"/; } || true
  rm -rf "$TRABALHO"
  exit "$codigo"
}
trap _limpar EXIT
trap 'exit 130' INT TERM

agora_ms() { date +%s%3N; }
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

token() {
  curl -sf --max-time "$CURL_MAX_S" -u "$CLIENT_ID:$CLIENT_SECRET" \
    -d grant_type=client_credentials --data-urlencode "scope=$ESCOPOS" "$TOKEN_URL" | jq -er .access_token
}

# A fresh generated client id from ID_PADRAO (random digits: repeats across runs are unlikely, not impossible).
novo_id() {
  local id="" c i
  for ((i = 0; i < ${#ID_PADRAO}; i++)); do
    c=${ID_PADRAO:i:1}
    if [[ $c == '#' ]]; then id+=$((RANDOM % 10)); else id+=$c; fi
  done
  printf '%s\n' "$id"
}

uuid() { cat /proc/sys/kernel/random/uuid; }

# http METHOD URL [JSON body] -> prints "<status> <seconds>" on the first line, the body after it.
http() {
  local metodo=$1 url=$2 corpo=${3:-} saida
  saida=$(curl -s --max-time "$CURL_MAX_S" -X "$metodo" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' ${corpo:+--data "$corpo"} \
    -w '\n%{http_code} %{time_total}' "$url" || true)
  printf '%s\n%s\n' "${saida##*$'\n'}" "${saida%$'\n'*}"
}
status_de() { head -n1 <<<"$1" | cut -d' ' -f1; }
corpo_de() { tail -n +2 <<<"$1"; }
corpo_de_stdin() { tail -n +2; }

conceder() {
  http POST "$EDGE_URL/v1/cartao/concessao" "{\"idCliente\":\"$1\",\"tipoCartao\":\"$TIPO_CARTAO\"}"
}

limite_atual() {
  local r
  r=$(http GET "$EDGE_URL/v1/cartao/status/$1")
  [[ $(status_de "$r") == 200 ]] && corpo_de "$r" | jq -r '.limiteAtual // "null"' || echo "null"
}

historico_limite() {
  local caminho r
  # shellcheck disable=SC2059 # the path template is ours
  caminho=$(printf "$HISTORICO_LIMITE_PATH" "$1")
  r=$(http GET "$EDGE_URL$caminho")
  [[ $(status_de "$r") == 200 ]] && corpo_de "$r" || echo '[]'
}
entradas_historico() { historico_limite "$1" | jq "($FILTRO_HISTORICO) | length"; }

# Entries of the client's limit history that name this event id anywhere (the cause of a recalculation).
entradas_do_evento() {
  historico_limite "$1" | jq --arg id "$2" "($FILTRO_HISTORICO) | map(select(any(.. ; . == \$id))) | length"
}

investir() {
  http POST "$EDGE_URL/v1/investimentos" \
    "{\"idCliente\":\"$1\",\"tipoInvestimento\":\"${3:-CDB}\",\"valor\":$2}"
}

# Bureau simulator (WireMock) global settings: saved once, a fixed delay on every answer, restored on exit.
BUREAU_ADMIN="$BUREAU_URL/__admin"
bureau_guardar_settings() {
  curl -sf --max-time 5 "$BUREAU_ADMIN/settings" >"$TRABALHO/bureau-settings" \
    || { echo "bureau admin fora do ar: $BUREAU_ADMIN" >&2; exit 2; }
  ao_sair bureau_restaurar_settings
}
bureau_atraso() {
  curl -sf --max-time 5 -X POST "$BUREAU_ADMIN/settings" \
    -d "$(jq -c --argjson d "$1" '(.settings // {}) + {fixedDelay: $d}' "$TRABALHO/bureau-settings")" >/dev/null
}
bureau_restaurar_settings() {
  curl -s --max-time 5 -X POST "$BUREAU_ADMIN/settings" \
    -d "$(jq -c '.settings // {}' "$TRABALHO/bureau-settings")" >/dev/null
}

# A new generated client who holds a card (one concessão answered 200 APROVADO); exits the drill when that fails.
# A 200 may also be NEGADO or EM_ANALISE (low score, or the score fallback): such a client has no card, so an
# investment of theirs is answered SEM_CARTAO_ELEGIVEL and never recalculated; another id is tried instead.
cliente_com_cartao() {
  local id r tentativa
  for ((tentativa = 1; tentativa <= ${TENTATIVAS_CARTAO:-10}; tentativa++)); do
    id=$(novo_id)
    r=$(conceder "$id")
    [[ $(status_de "$r") == 200 ]] || { echo "concessao de preparo falhou: $(head -n1 <<<"$r")" >&2; exit 2; }
    if [[ $(corpo_de "$r" | jq -r '.codigoDecisao' 2>/dev/null) == APROVADO ]]; then
      echo "$id"
      return 0
    fi
  done
  echo "nenhuma concessao de preparo APROVADA em ${TENTATIVAS_CARTAO:-10} tentativas" >&2
  exit 2
}

# investimentos_perdidos ACEITOS ID... -> how many "idCliente idInvestimento" lines of ACEITOS (the 201s) are not
# listed by GET /v1/investimentos?idCliente= afterwards (the list is paged: the largest page, 100, covers a drill's
# few dozen investments per client).
investimentos_perdidos() {
  local aceitos=$1 id total=0
  shift
  for id in "$@"; do
    http GET "$EDGE_URL/v1/investimentos?idCliente=$id&tamanho=100" | corpo_de_stdin | jq -r '.[].idInvestimento' 2>/dev/null \
      | sort >"$TRABALHO/vistos" || true
    total=$((total + $(awk -v c="$id" '$1 == c { print $2 }' "$aceitos" | sort -u | comm -23 - "$TRABALHO/vistos" | wc -l)))
  done
  echo "$total"
}

# gatling SIMULACAO LOG -Dprop... -> runs one simulation of load-tests (SLO gates reported, not fatal here) and prints
# "media p50 p95 p99 ok ko" from its console summary; the whole output goes to LOG.
gatling() {
  local simulacao=$1 saida=$2
  shift 2
  (cd "$RAIZ" && ./mvnw -B -q -pl load-tests gatling:test -Dgatling.failOnError=false \
    -Dgatling.simulationClass="br.com.credito.carga.$simulacao" \
    -Dcarga.tokenUrl="$TOKEN_URL" -Dcarga.idPadrao="$ID_PADRAO" "$@") >"$saida" 2>&1 \
    || log "gatling $simulacao terminou com erro"
  awk -F'|' '
    function n(campo) { gsub(/[^0-9]/, "", campo); return campo + 0 } # "1,234" or "-" as printed by Gatling
    /Global Information/ { g = 1 }
    /Response Time Distribution/ { g = 0 }
    g && /^> request count/ { ok = n($3); ko = n($4) }
    g && /^> mean response time/ { m = n($2) }
    g && /^> response time 50th percentile/ { p50 = n($2) }
    g && /^> response time 95th percentile/ { p95 = n($2) }
    g && /^> response time 99th percentile/ { p99 = n($2) }
    END { if (m == "") exit 1; print m, p50, p95, p99, ok, ko }' "$saida" \
    || { tail -n 30 "$saida" >&2; return 1; }
}

# Runs "$@" every 1/TPS seconds for N seconds in the background; each call runs in its own subshell.
# Call it directly (not inside $(...)), so its pid is recorded and stopped on exit.
carga_de_fundo() {
  local tps=$1 segundos=$2
  shift 2
  (
    local intervalo fim
    intervalo=$(awk -v t="$tps" 'BEGIN { printf "%.3f", 1 / t }')
    fim=$(($(date +%s) + segundos))
    while (($(date +%s) < fim)); do
      "$@" &
      sleep "$intervalo"
    done
    wait
  ) &
  PIDS_FILHOS+=($!)
}

# percentis FILE COLUMN -> "n p50 p95 p99 max" of a numeric column (milliseconds).
percentis() {
  awk -v c="$2" '{ print $c }' "$1" | sort -n | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "0 - - - -"; exit }
      printf "%d %d %d %d %d\n", NR, v[int(NR * 0.50 + 0.999)], v[int(NR * 0.95 + 0.999)], v[int(NR * 0.99 + 0.999)], v[NR]
    }'
}

# Polls a condition (a command) every second for at most N seconds; prints the seconds it took.
esperar_ate() {
  local limite=$1 inicio
  shift
  inicio=$(date +%s)
  until "$@"; do
    (($(date +%s) - inicio >= limite)) && return 1
    sleep 1
  done
  echo $(($(date +%s) - inicio))
}

RESULTADO=0
verificar() { # verificar "descricao" condicao...
  local descricao=$1
  shift
  if "$@"; then
    printf '  [ok]    %s\n' "$descricao"
  else
    printf '  [FALHA] %s\n' "$descricao"
    RESULTADO=1
  fi
}
veredito() {
  if ((RESULTADO == 0)); then echo "VEREDITO $1: PASSOU"; else echo "VEREDITO $1: FALHOU"; fi
  return "$RESULTADO"
}

# SQS query API on the local broker (no AWS CLI needed).
sqs() { # sqs URL PARAM=VALUE... -> XML reply of the SQS query API
  local url=$1 args=() p
  shift
  for p in Version=2012-11-05 "$@"; do args+=(--data-urlencode "$p"); done
  curl -sf --max-time "$CURL_MAX_S" "${args[@]}" "$url"
}
xml_valor() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" | head -n1; }
url_fila() { # url_fila NAME -> the queue's URL, loopback only
  local u
  u=$(sqs "$SQS_URL" Action=GetQueueUrl "QueueName=$1" | xml_valor QueueUrl)
  [[ -n $u ]] || { echo "fila nao encontrada: $1" >&2; exit 2; }
  exigir_loopback "$u"
  echo "$u"
}

# Messages still in a queue, visible or in flight: 0 when every message was consumed and acknowledged.
mensagens_na_fila() {
  local xml
  xml=$(sqs "$(url_fila "$1")" Action=GetQueueAttributes AttributeName.1=ApproximateNumberOfMessages \
    AttributeName.2=ApproximateNumberOfMessagesNotVisible)
  grep -o '<Value>[0-9]*</Value>' <<<"$xml" | tr -dc '0-9\n' | awk '{ s += $1 } END { print s + 0 }'
}

# CPU seconds (user + system) of every live process of a session, by name, then the children its processes already
# reaped ("reaped": the build, the class-data training runs). The stack drills start the stack with setsid, so its
# session id is their pid. Names: the module in a JVM's command line, else the process name; same-named processes
# (PostgreSQL's backends) are summed. CPU seconds, unlike wall time, hardly move with other load on the box.
cpu_da_sessao() { # cpu_da_sessao SID -> "name seconds" lines, sorted by name
  # No fork per process (bash builtins only): the cold-start drill reads this the moment its load starts, and a few
  # hundred cat/tr/grep forks there took seconds of the two cores the stack needed.
  local sid=$1 hz stat pid linha campos nome arg args
  hz=$(getconf CLK_TCK)
  for stat in /proc/[0-9]*/stat; do
    pid=${stat#/proc/}
    pid=${pid%/stat}
    read -r linha <"$stat" 2>/dev/null || continue
    read -r -a campos <<<"${linha##*) }"
    [[ ${campos[3]} == "$sid" ]] || continue
    # a service runs from the launcher's extracted copy (<dados>/app/<module>/), the launcher from launcher-<pid>.jar
    nome=""
    mapfile -d '' args <"/proc/$pid/cmdline" 2>/dev/null || true
    for arg in "${args[@]}"; do
      if [[ $arg =~ /app/([a-z-]+)/ ]]; then nome=${BASH_REMATCH[1]}; break; fi
      if [[ $arg == *launcher-* ]]; then nome=launcher; break; fi
    done
    if [[ -z $nome ]]; then nome=${linha#*\(}; nome=${nome%%\)*}; fi
    echo "$nome $((campos[11] + campos[12])) $((campos[13] + campos[14]))"
  done | awk -v hz="$hz" '{ cpu[$1] += $2; colhido += $3 }
    END { for (n in cpu) printf "%s %.1f\n", n, cpu[n] / hz; printf "~reaped %.1f\n", colhido / hz }' | sort
}
# cpu_resumo BEFORE AFTER: "name=seconds ... total=seconds" of the growth between two cpu_da_sessao outputs
# (BEFORE may be /dev/null), reaped children apart.
cpu_resumo() {
  awk 'FILENAME == ARGV[1] { antes[$1] = $2; next }
    { d = $2 - antes[$1]; if ($1 == "~reaped") r = d; else { t += d; printf "%s=%.1f ", $1, d } }
    END { printf "total=%.1f (reaped children: build, training, extraction: %.1f)\n", t, r }' "$1" "$2"
}

# nice_dos_grupos NICE PID...: the nice of each PID's autogroup. With autogroup scheduling (Linux's default on desktops
# and many servers) a nice value only ranks threads of one session: a niced build in a session of its own still gets
# as much CPU as a whole stack, so a drill ranks the sessions themselves.
nice_dos_grupos() {
  local nice=$1 pid
  shift
  for pid in "$@"; do echo "$nice" >"/proc/$pid/autogroup" 2>/dev/null || true; done
}

# pid_que_ouve PORT: the pid of the process listening on PORT of loopback, or nothing.
pid_que_ouve() {
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1
}

# nice_quando_ouvir NICE PORT SECONDS: in the background, waits up to SECONDS for a process to listen on PORT, then
# sets the nice of its autogroup. For PostgreSQL, which pg_ctl starts in a session of its own: ranking the stack's
# session above everything else and not PostgreSQL's starves the database whenever the services are busy (a start's
# first requests then fail on Hikari's 2 s connection timeout, a drill artefact, not the code).
nice_quando_ouvir() {
  local nice=$1 porta=$2 segundos=$3
  (
    for _ in $(seq 1 $((segundos * 5))); do
      pid=$(pid_que_ouve "$porta")
      if [[ -n $pid ]]; then nice_dos_grupos "$nice" "$pid"; exit 0; fi
      sleep 0.2
    done
  ) &
}

# cpu_do_postgres PORT: "postgres SECONDS", the CPU of the PostgreSQL listening on PORT: the postmaster, its live
# backends and what it reaped (cpu_da_sessao cannot see it: pg_ctl starts it in a session of its own).
cpu_do_postgres() {
  local raiz hz
  raiz=$(pid_que_ouve "$1")
  [[ -n $raiz ]] || return 0
  hz=$(getconf CLK_TCK)
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | sed 's/^\([0-9]*\) (.*) /\1 x /' |
    awk -v raiz="$raiz" -v hz="$hz" '$1 == raiz || $4 == raiz { t += $14 + $15; if ($1 == raiz) t += $16 + $17 }
      END { printf "postgres %.1f\n", t / hz }'
}
