output "cluster" {
  value = aws_ecs_cluster.this.name
}

output "nomes_servicos" {
  value = { for nome, servico in aws_ecs_service.this : nome => servico.name }
}

output "repositorios" {
  description = "ECR repository URL per service."
  value       = { for nome, repo in aws_ecr_repository.this : nome => repo.repository_url }
}

output "repositorios_arn" {
  value = { for nome, repo in aws_ecr_repository.this : nome => repo.arn }
}

output "repositorios_cache_arn" {
  description = "ARN pattern of the pull-through cache repositories (sidecar images): execution roles pull from them."
  value       = local.repositorios_cache_arn
}

output "tarefa_papeis_banco" {
  description = "Task definition family of the one-off database-roles task (run by the pipeline)."
  value       = aws_ecs_task_definition.papeis_banco.family
}

output "rede_papeis_banco" {
  description = "awsvpcConfiguration for aws ecs run-task of the database-roles task."
  value       = { subnets = var.subnets, securityGroups = [var.sg_papeis_banco], assignPublicIp = "DISABLED" }
}
