# Sourced by the drills that start a whole stack of their own, before lib.sh: every LOCAL_*_PORT of
# local-stack/README.md defaults to its standard port + DESLOCAMENTO (default 0), so `DESLOCAMENTO=3000 drills/X.sh`
# runs a stack beside another one; the URLs lib.sh reads follow those ports unless set.
DESLOCAMENTO=${DESLOCAMENTO:-0}
porta() { local v=$1 padrao=$2; echo "${!v:-$((padrao + DESLOCAMENTO))}"; }
export LOCAL_POSTGRES_PORT=$(porta LOCAL_POSTGRES_PORT 5432) LOCAL_REDIS_PORT=$(porta LOCAL_REDIS_PORT 6379) \
  LOCAL_SQS_PORT=$(porta LOCAL_SQS_PORT 9324) LOCAL_BUREAU_PORT=$(porta LOCAL_BUREAU_PORT 8090) \
  LOCAL_AUTH_PORT=$(porta LOCAL_AUTH_PORT 9000) LOCAL_EDGE_PORT=$(porta LOCAL_EDGE_PORT 8080) \
  LOCAL_CONCESSAO_PORT=$(porta LOCAL_CONCESSAO_PORT 8081) LOCAL_REGRAS_PORT=$(porta LOCAL_REGRAS_PORT 8082) \
  LOCAL_HISTORICO_PORT=$(porta LOCAL_HISTORICO_PORT 8083) LOCAL_SCORE_PORT=$(porta LOCAL_SCORE_PORT 8084) \
  LOCAL_INVESTIMENTO_PORT=$(porta LOCAL_INVESTIMENTO_PORT 8085) LOCAL_ADMIN_PORT=$(porta LOCAL_ADMIN_PORT 9399)
export EDGE_URL=${EDGE_URL:-http://localhost:$LOCAL_EDGE_PORT}
export TOKEN_URL=${TOKEN_URL:-http://localhost:$LOCAL_AUTH_PORT/oauth2/token}
export BUREAU_URL=${BUREAU_URL:-http://localhost:$LOCAL_BUREAU_PORT}
export SQS_URL=${SQS_URL:-http://localhost:$LOCAL_SQS_PORT}
export LAUNCHER_URL=${LAUNCHER_URL:-http://localhost:$LOCAL_ADMIN_PORT}
