output "jdbc_url" {
  description = "JDBC URL, TLS required (no credentials; verify-full needs the RDS CA in the image, see README)."
  value       = "jdbc:postgresql://${aws_db_instance.this.endpoint}/credito?sslmode=require"
}

output "banco_id" {
  value = aws_db_instance.this.identifier
}

output "segredos_banco" {
  description = "Secret ARN per database-owning service."
  value       = { for nome, s in aws_secretsmanager_secret.banco_servico : nome => s.arn }
}

output "redis_host" {
  value = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "segredo_redis" {
  value = aws_secretsmanager_secret.redis.arn
}

output "master_secret_arn" {
  description = "ARN (not value) of the RDS-managed master secret, for the role bootstrap script."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}
