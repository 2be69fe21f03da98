#!/bin/sh
# Creates (idempotently) one login role per database-owning service and makes it the owner of its schema only
# (concessao, regras, investimento): one service cannot read another's tables.
#
# It runs inside the VPC as the one-off ECS task `credito-<env>-papeis-banco` (infra-terraform/modules/ecs/
# papeis-banco.tf), started by the pipeline after `terraform apply` and before any service (implantar-ambiente.yml):
# Terraform passes this file as the task's command. ECS injects the credentials from Secrets Manager as environment
# variables (never in the task definition, argv or logs): MESTRE_USUARIO/MESTRE_SENHA (RDS-managed master secret)
# and, per service, <SERVICO>_USUARIO/<SERVICO>_SENHA. PGHOST, PGDATABASE and PGSSLMODE come from the task too.
# POSIX sh: the image is postgres:17-alpine (psql only, no bash, no AWS CLI).
set -eu

export PGUSER="$MESTRE_USUARIO" PGPASSWORD="$MESTRE_SENHA"

criar() {
  papel="$1" senha="$2" esquema="$3"
  echo "papel ${papel} -> esquema ${esquema}"
  # The password reaches psql through its environment (\getenv), not argv.
  SENHA_DO_PAPEL="$senha" psql -v ON_ERROR_STOP=1 -v papel="$papel" -v esquema="$esquema" <<'SQL'
\getenv senha SENHA_DO_PAPEL
SELECT format('CREATE ROLE %I LOGIN', :'papel')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'papel') \gexec
ALTER ROLE :"papel" WITH LOGIN PASSWORD :'senha' CONNECTION LIMIT 200;
REVOKE ALL ON DATABASE credito FROM PUBLIC;
GRANT CONNECT ON DATABASE credito TO :"papel";
CREATE SCHEMA IF NOT EXISTS :"esquema";
ALTER SCHEMA :"esquema" OWNER TO :"papel";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SQL
}

criar "$CONCESSAO_USUARIO" "$CONCESSAO_SENHA" concessao
criar "$MOTOR_REGRAS_USUARIO" "$MOTOR_REGRAS_SENHA" regras
criar "$INVESTIMENTO_USUARIO" "$INVESTIMENTO_SENHA" investimento
echo "papeis do banco prontos"
