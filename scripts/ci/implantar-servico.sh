#!/usr/bin/env bash
# Starts a CodeDeploy blue/green deployment of one service on the task definition revision Terraform registered for
# this commit, and waits for its result (CodeDeploy runs the smoke-test hook, the canary and the alarm rollback).
#   scripts/ci/implantar-servico.sh <dev|prod> <modulo, e.g. concessao-service> <commit SHA>
# Terraform owns the task definition (image tag = commit SHA, environment, sidecars); this script changes nothing
# in it: it refuses a revision whose image is not this commit's.
set -euo pipefail
ambiente="${1:?ambiente}" modulo="${2:?modulo}" tag="${3:?tag}"
prefixo="credito-${ambiente}"
familia="${prefixo}-${modulo%-service}"
raiz="$(cd "$(dirname "$0")/../.." && pwd)"

definicao=$(aws ecs describe-task-definition --task-definition "$familia" --query 'taskDefinition.taskDefinitionArn' --output text)
imagem=$(aws ecs describe-task-definition --task-definition "$definicao" \
  --query "taskDefinition.containerDefinitions[?name=='app'].image | [0]" --output text)
case "$imagem" in
  *":${tag}") ;;
  *) echo "a revisao ${definicao} roda ${imagem}, nao ${tag}: aplique o Terraform deste commit antes" >&2; exit 1 ;;
esac

# The appspec of the repository with the revision filled in (CodeDeploy reads it as content, not from S3).
appspec=$(sed "s|<TASK_DEFINITION>|${definicao}|" "$raiz/deploy/appspec/${modulo}.yaml")
revisao=$(jq -n --arg c "$appspec" '{revisionType: "AppSpecContent", appSpecContent: {content: $c}}')
implantacao=$(aws deploy create-deployment --application-name "$prefixo" --deployment-group-name "$modulo" \
  --revision "$revisao" --description "commit ${tag}" --query deploymentId --output text)
echo "implantacao ${implantacao} de ${definicao}"
if ! aws deploy wait deployment-successful --deployment-id "$implantacao"; then
  aws deploy get-deployment --deployment-id "$implantacao" --query 'deploymentInfo.[status,errorInformation]' --output json >&2
  exit 1
fi
