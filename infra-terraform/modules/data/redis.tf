# Redis for the score and historico caches: TLS required, AUTH token, encrypted at rest, one node per AZ.
resource "aws_elasticache_subnet_group" "this" {
  name       = var.prefixo
  subnet_ids = var.subnets
}

# ElastiCache has no write-only AUTH token argument yet, so this token is the one secret that reaches the
# (KMS-encrypted, access-restricted) state; it is never an output or a tfvar. Rotate with auth_token_update_strategy.
resource "random_password" "redis" {
  length           = 64
  special          = true
  override_special = "!&#$^<>-"
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.prefixo
  description          = "Score and historico caches"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = var.cache.tipo_no
  port                 = 6379

  num_cache_clusters         = var.cache.num_nos
  automatic_failover_enabled = true
  multi_az_enabled           = true

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [var.sg_cache]

  at_rest_encryption_enabled = true
  kms_key_id                 = var.chave_cache_arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = random_password.redis.result
  auth_token_update_strategy = "ROTATE"

  snapshot_retention_limit = 3
  apply_immediately        = false

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.redis.name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }
}

resource "aws_cloudwatch_log_group" "redis" {
  name              = "/credito/${var.prefixo}/redis-slow-log"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}

resource "aws_secretsmanager_secret" "redis" {
  name                    = "credito/${var.prefixo}/redis/auth"
  description             = "Redis AUTH token, read by score-service and historico-service"
  kms_key_id              = var.chave_dados_arn
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id                = aws_secretsmanager_secret.redis.id
  secret_string_wo         = random_password.redis.result
  secret_string_wo_version = 1
}
