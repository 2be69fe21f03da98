#!/usr/bin/env bash
# One-time (and idempotent) bootstrap of the database roles, run by an operator from a host inside the VPC (e.g. an
# ECS Exec session or a bastion) after the first `terraform apply` of an environment:
#
#   deploy/db/criar-papeis.sh dev
#
# For each owning service it creates a login role named as its secret says, with the password of its secret
# (credito/credito-<env>/<service>/banco), and makes it the owner of its schema only (concessao, regras,
# investimento): one service cannot read another's tables. Connects as the RDS-managed master user over TLS.
# Needs: aws CLI, psql, jq. Passwords travel only from Secrets Manager to psql's stdin, never in argv or logs.
set -euo pipefail

ambiente="${1:?uso: criar-papeis.sh <dev|prod>}"
prefixo="credito-${ambiente}"
regiao="${AWS_REGION:-sa-east-1}"

declare -A esquemas=([concessao]=concessao [motor-regras]=regras [investimento]=investimento)

segredo() {
  aws secretsmanager get-secret-value --region "$regiao" --secret-id "$1" --query SecretString --output text
}

endpoint=$(aws rds describe-db-instances --region "$regiao" --db-instance-identifier "$prefixo" \
  --query 'DBInstances[0].Endpoint.Address' --output text)
segredo_mestre=$(aws rds describe-db-instances --region "$regiao" --db-instance-identifier "$prefixo" \
  --query 'DBInstances[0].MasterUserSecret.SecretArn' --output text)
mestre=$(segredo "$segredo_mestre")

export PGHOST="$endpoint" PGDATABASE=credito PGSSLMODE=require
PGUSER=$(jq -r .username <<<"$mestre")
PGPASSWORD=$(jq -r .password <<<"$mestre")
export PGUSER PGPASSWORD

for servico in "${!esquemas[@]}"; do
  esquema="${esquemas[$servico]}"
  credenciais=$(segredo "credito/${prefixo}/${servico}/banco")
  papel=$(jq -r .username <<<"$credenciais")
  senha=$(jq -r .password <<<"$credenciais")
  echo "papel ${papel} -> esquema ${esquema}"
  psql -v ON_ERROR_STOP=1 -v papel="$papel" -v senha="$senha" -v esquema="$esquema" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'papel')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'papel') \gexec
ALTER ROLE :"papel" WITH LOGIN PASSWORD :'senha' CONNECTION LIMIT 200;
REVOKE ALL ON DATABASE credito FROM PUBLIC;
GRANT CONNECT ON DATABASE credito TO :"papel";
CREATE SCHEMA IF NOT EXISTS :"esquema";
ALTER SCHEMA :"esquema" OWNER TO :"papel";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
SQL
done
