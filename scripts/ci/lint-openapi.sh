#!/usr/bin/env bash
# Lints each service's OpenAPI document with Redocly CLI's recommended rules; fails on any error.
# The documents come from `./mvnw verify` (DocumentacaoApiIT writes <module>/target/openapi/<module>.json), so this
# runs offline after the test command. The pinned CLI is installed into a throw-away folder, never globally.
set -euo pipefail
cd "$(dirname "$0")/../.."

REDOCLY_VERSION=2.77.0
SERVICOS=(concessao-service motor-regras-service historico-service score-service investimento-service)

documentos=()
for servico in "${SERVICOS[@]}"; do
  arquivo="$servico/target/openapi/$servico.json"
  if [ ! -s "$arquivo" ]; then
    echo "lint-openapi: $arquivo is missing; run ./mvnw verify first" >&2
    exit 1
  fi
  documentos+=("$arquivo")
done

if ! command -v npm >/dev/null; then
  echo "lint-openapi: npm not found (Node.js is needed for Redocly CLI)" >&2
  exit 1
fi
pasta=$(mktemp -d)
trap 'rm -rf "$pasta"' EXIT
npm install --prefix "$pasta" --no-audit --no-fund --silent "@redocly/cli@$REDOCLY_VERSION" >/dev/null

# No redocly.yaml in the repository: the CLI's default configuration is the "recommended" ruleset.
status=0
for documento in "${documentos[@]}"; do
  echo "== $documento"
  REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
    "$pasta/node_modules/.bin/redocly" lint --format=stylish "$documento" || status=1
done
exit $status
