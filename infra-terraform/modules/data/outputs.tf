output "jdbc_url" {
  description = "JDBC URL: TLS with the server verified (CA and host name) against the RDS CA bundle in DB_CA_PEM."
  value       = "jdbc:postgresql://${aws_db_instance.this.endpoint}/credito?sslmode=verify-full&sslfactory=${local.fabrica_ssl}&sslfactoryarg=DB_CA_PEM"
}

output "ca_rds_pem" {
  description = "The region's RDS CA bundle (PEM), public: the tasks' DB_CA_PEM."
  value       = data.http.ca_rds.response_body
}

output "banco_endereco" {
  value = aws_db_instance.this.address
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
