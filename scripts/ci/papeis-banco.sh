#!/usr/bin/env bash
# Runs the one-off database-roles task of an environment (infra-terraform/modules/ecs/papeis-banco.tf) inside the
# VPC and fails unless it exits 0. Used by implantar-servicos.yml after every apply, before any service deployment.
#   scripts/ci/papeis-banco.sh <dev|prod>
# Needs the AWS CLI with the deploy role (ecs:RunTask on the family, ec2:Describe* to find its network).
set -euo pipefail
ambiente="${1:?uso: papeis-banco.sh <dev|prod>}"
prefixo="credito-${ambiente}"

subnets=$(aws ec2 describe-subnets --filters "Name=tag:Camada,Values=privada" "Name=tag:Name,Values=${prefixo}-privada-*" \
  --query 'Subnets[].SubnetId' --output text | tr '\t' ',')
grupo=$(aws ec2 describe-security-groups --filters "Name=group-name,Values=${prefixo}-papeis-banco" \
  --query 'SecurityGroups[0].GroupId' --output text)
[ -n "$subnets" ] && [ "$grupo" != "None" ] || { echo "rede da tarefa papeis-banco nao encontrada" >&2; exit 1; }

tarefa=$(aws ecs run-task --cluster "$prefixo" --task-definition "${prefixo}-papeis-banco" --launch-type FARGATE \
  --network-configuration "awsvpcConfiguration={subnets=[${subnets}],securityGroups=[${grupo}],assignPublicIp=DISABLED}" \
  --query 'tasks[0].taskArn' --output text)
echo "tarefa ${tarefa}"
aws ecs wait tasks-stopped --cluster "$prefixo" --tasks "$tarefa"
saida=$(aws ecs describe-tasks --cluster "$prefixo" --tasks "$tarefa" --query 'tasks[0].containers[0].exitCode' --output text)
motivo=$(aws ecs describe-tasks --cluster "$prefixo" --tasks "$tarefa" --query 'tasks[0].stoppedReason' --output text)
echo "papeis-banco: exit ${saida} (${motivo})"
[ "$saida" = "0" ]
