# One PostgreSQL 17 instance, Multi-AZ, with a schema per owning service (concessao, regras, investimento).
# The master password is generated and kept by RDS in Secrets Manager (never in Terraform state).
resource "aws_db_subnet_group" "this" {
  name       = var.prefixo
  subnet_ids = var.subnets
}

resource "aws_db_parameter_group" "this" {
  name   = "${var.prefixo}-pg17"
  family = "postgres17"

  # Clients must use TLS (the JDBC URL carries sslmode=verify-full).
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_instance" "this" {
  identifier     = var.prefixo
  engine         = "postgres"
  engine_version = "17"
  instance_class = var.banco.classe
  db_name        = "credito"

  allocated_storage     = var.banco.armazenamento_gb
  max_allocated_storage = var.banco.armazenamento_max_gb
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = var.chave_dados_arn

  multi_az               = true
  publicly_accessible    = false
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [var.sg_banco]
  parameter_group_name   = aws_db_parameter_group.this.name
  ca_cert_identifier     = "rds-ca-rsa2048-g1"

  username                      = "credito_admin"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = var.chave_dados_arn

  backup_retention_period   = var.banco.retencao_backup_dias
  deletion_protection       = var.banco.protecao_exclusao
  skip_final_snapshot       = false
  final_snapshot_identifier = "${var.prefixo}-final"
  copy_tags_to_snapshot     = true

  auto_minor_version_upgrade      = true
  enabled_cloudwatch_logs_exports = ["postgresql"]

  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.chave_dados_arn
}

resource "aws_cloudwatch_log_group" "postgres" {
  name              = "/aws/rds/instance/${var.prefixo}/postgresql"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}

# One database role per owning service, its password written once into the service's own secret.
# The value is ephemeral and the secret version write-only, so neither plan nor state ever holds it.
# deploy/db/criar-papeis.sh creates the matching roles and schema grants with the master secret.
ephemeral "random_password" "servico" {
  for_each         = var.servicos_banco
  length           = 32
  special          = true
  override_special = "-_=+"
}

resource "aws_secretsmanager_secret" "banco_servico" {
  for_each                = var.servicos_banco
  name                    = "credito/${var.prefixo}/${each.key}/banco"
  description             = "Database role of ${each.key}-service (username, password)"
  kms_key_id              = var.chave_dados_arn
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "banco_servico" {
  for_each  = var.servicos_banco
  secret_id = aws_secretsmanager_secret.banco_servico[each.key].id
  secret_string_wo = jsonencode({
    username = replace(each.key, "-", "_")
    password = ephemeral.random_password.servico[each.key].result
  })
  secret_string_wo_version = 1
}

# The RDS CA bundle of the region, published by AWS. Services verify the server with it (sslmode=verify-full): ECS
# hands it to the task as DB_CA_PEM and common-lib's CaDoRdsSslFactory trusts exactly these CAs (the JVM's default
# trust store does not hold them). A change of CA reaches the tasks with the next apply and deployment.
locals {
  fabrica_ssl = "br.com.credito.common.aws.CaDoRdsSslFactory"
}

data "http" "ca_rds" {
  url = "https://truststore.pki.rds.amazonaws.com/${data.aws_region.atual.region}/${data.aws_region.atual.region}-bundle.pem"

  lifecycle {
    postcondition {
      condition     = self.status_code == 200 && strcontains(self.response_body, "-----BEGIN CERTIFICATE-----")
      error_message = "The RDS CA bundle could not be downloaded: the services would not be able to verify the database."
    }
  }
}

data "aws_region" "atual" {}
