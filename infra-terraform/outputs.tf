# What a person or the pipeline needs after an apply (no secret is ever an output).
output "api_url" {
  description = "Public base URL of the credit APIs (API Gateway, default stage)."
  value       = module.api.url
}

output "token_uri" {
  description = "Cognito token endpoint (client credentials) for the channels."
  value       = module.api.token_uri
}

output "cluster" {
  value = module.ecs.cluster
}

output "repositorios" {
  description = "ECR repository URL per service (the pipeline pushes the images here before the services exist)."
  value       = module.ecs.repositorios
}

output "tarefa_papeis_banco" {
  description = "Task definition family of the one-off database-roles task."
  value       = module.ecs.tarefa_papeis_banco
}

output "rede_papeis_banco" {
  description = "awsvpcConfiguration for `aws ecs run-task` of the database-roles task."
  value       = module.ecs.rede_papeis_banco
}

output "servicos_implantados" {
  description = "Whether the ECS services exist (false only between the two applies of a first environment)."
  value       = var.implantar_servicos
}
