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
