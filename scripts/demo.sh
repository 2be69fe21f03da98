#!/usr/bin/env bash
# Demo against the running stack (./run-local.sh), everything through the edge as a bank channel would:
# token -> CDB investment -> GOLD card for a fresh client -> another CDB investment -> the limit rises in the status.
# Each run uses a client that has never asked for a card (a fixed one would reach the card's ceiling after a few
# runs, and a limit cannot rise past it): one of the bureau simulator's generated ids (900000-999999, score = id mod
# 1001), chosen with a score in the ALTA band (650-799) so the GOLD card is approved and has room to rise.
# Needs curl and jq. URLs and credentials: EDGE_URL, AUTH_URL, CLIENT_ID, CLIENT_SECRET; ID_CLIENTE forces a client.
set -euo pipefail

EDGE_URL="${EDGE_URL:-http://localhost:8080}"
AUTH_URL="${AUTH_URL:-http://localhost:9000}"
CLIENT_ID="${CLIENT_ID:-canal-app}"
CLIENT_SECRET="${CLIENT_SECRET:-canal-secret}"
ID_CLIENTE="${ID_CLIENTE:-}"
ESPERA_SEGUNDOS="${ESPERA_SEGUNDOS:-30}"

for ferramenta in curl jq; do
  command -v "$ferramenta" >/dev/null || { echo "precisa de $ferramenta" >&2; exit 2; }
done

passo() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
falha() { echo "FALHOU: $*" >&2; exit 1; }

# Prints the body; fails unless the HTTP status is the expected one.
chamar() {
  local esperado="$1"; shift
  local saida status corpo
  saida="$(curl -sS -w '\n%{http_code}' "$@")" || falha "curl $*"
  status="${saida##*$'\n'}"; corpo="${saida%$'\n'*}"
  [[ "$status" == "$esperado" ]] || falha "HTTP $status (esperado $esperado): $corpo"
  printf '%s' "$corpo"
}

passo "1. Token (client credentials) em $AUTH_URL"
TOKEN="$(chamar 200 -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials \
  --data-urlencode 'scope=cartao:conceder cartao:ler investimento:escrever investimento:ler' \
  "$AUTH_URL/oauth2/token" | jq -r .access_token)"
echo "token: ${TOKEN:0:24}... (expira em 5 min)"
AUTH=(-H "Authorization: Bearer $TOKEN")

# A generated id with score 650-799 (k x 1001 + score stays within 900000-999999) and no card yet: 404 on status.
cliente_novo() {
  local tentativa id status
  for tentativa in $(seq 1 20); do
    id=$(( (899 + RANDOM % 100) * 1001 + 650 + RANDOM % 150 ))
    status="$(curl -sS -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$EDGE_URL/v1/cartao/status/$id")"
    if [[ "$status" == "404" ]]; then echo "$id"; return 0; fi
  done
  falha "nenhum cliente novo encontrado em 20 tentativas"
}

if [[ -z "$ID_CLIENTE" ]]; then
  ID_CLIENTE="$(cliente_novo)"
  echo "cliente novo desta execucao: $ID_CLIENTE (score $((ID_CLIENTE % 1001)) no simulador do bureau)"
fi

passo "2. Investimento inicial CDB de R\$ 50.000,00 (garantia parcial)"
# The generated client owes R$ 4.000 on a loan; the investment adds collateral (15 % of a CDB) to the limit.
chamar 201 "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d "{\"idCliente\":\"$ID_CLIENTE\",\"tipoInvestimento\":\"CDB\",\"valor\":50000.00}" \
  "$EDGE_URL/v1/investimentos" | jq .

passo "2b. Concessao de cartao GOLD para $ID_CLIENTE via edge"
chamar 200 "${AUTH[@]}" -H 'Content-Type: application/json' -H "Idempotency-Key: demo-$(date +%s)" \
  -d "{\"idCliente\":\"$ID_CLIENTE\",\"tipoCartao\":\"GOLD\"}" "$EDGE_URL/v1/cartao/concessao" \
  | jq '{codigoDecisao, limiteAprovado, descricao, versaoPolitica, fontes}'

passo "3. Status do cartao antes do investimento"
ANTES="$(chamar 200 "${AUTH[@]}" "$EDGE_URL/v1/cartao/status/$ID_CLIENTE")"
echo "$ANTES" | jq .
LIMITE_ANTES="$(echo "$ANTES" | jq -r .limiteAtual)"

passo "4. Novo investimento CDB de R\$ 50.000,00"
chamar 201 "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d "{\"idCliente\":\"$ID_CLIENTE\",\"tipoInvestimento\":\"CDB\",\"valor\":50000.00}" \
  "$EDGE_URL/v1/investimentos" | jq .

passo "5. Aguardando o recalculo do limite (evento investimento-criado, ate ${ESPERA_SEGUNDOS}s)"
for ((i = 1; i <= ESPERA_SEGUNDOS; i++)); do
  LIMITE="$(chamar 200 "${AUTH[@]}" "$EDGE_URL/v1/cartao/status/$ID_CLIENTE" | jq -r .limiteAtual)"
  if jq -en --argjson novo "$LIMITE" --argjson antigo "$LIMITE_ANTES" '$novo > $antigo' >/dev/null; then
    echo "limite subiu: R\$ $LIMITE_ANTES -> R\$ $LIMITE (em ${i}s)"
    passo "Demo concluida"
    exit 0
  fi
  printf '  %2ds: limiteAtual=%s\n' "$i" "$LIMITE"
  sleep 1
done
falha "o limite nao subiu em ${ESPERA_SEGUNDOS}s (continua R\$ $LIMITE_ANTES)"
