# Every allowed flow of ARCHITECTURE.md, and nothing else:
#   API Gateway VPC link -> ALB :443 (prod listener)
#   smoke-test Lambda    -> ALB :8443 (test listener, used by CodeDeploy before traffic shifts)
#   concessao tasks      -> ALB :443 (calls to score, historico, investimento, motor-regras)
#   ALB                  -> each service's tasks on its container port
#   concessao, motor-regras, investimento tasks -> RDS :5432
#   score, historico tasks -> ElastiCache :6379
#   tasks -> VPC endpoints :443 and the S3 prefix list :443 (AWS APIs, ECR layers)
#   tasks -> :443 through NAT only for what has no private path: Cognito (JWKS, and concessao's token endpoint: a
#            user pool with a domain cannot be reached over PrivateLink) and the external bureau (score, historico)
#   database-roles task -> RDS :5432 and the VPC endpoints only; smoke-test Lambda -> ALB :8443 and the endpoints
# No ingress rule admits 0.0.0.0/0: the only public entry is API Gateway, AWS-managed, reaching in over the VPC link.
locals {
  com_banco = { for nome, s in var.servicos : nome => s if s.banco }
}

locals {
  com_cache = { for nome, s in var.servicos : nome => s if s.cache }
}

locals {
  que_chamam = { for nome, s in var.servicos : nome => s if s.chama_servicos }
}

locals {
  com_internet = { for nome, s in var.servicos : nome => s if s.internet != "" }
}

locals {
  porta_banco = 5432
  porta_cache = 6379
  porta_prod  = 443
  porta_teste = 8443
}

resource "aws_security_group" "vpc_link" {
  name        = "${var.prefixo}-vpc-link"
  description = "API Gateway VPC link ENIs"
  vpc_id      = var.vpc_id
}

resource "aws_security_group" "alb" {
  name        = "${var.prefixo}-alb"
  description = "Internal ALB"
  vpc_id      = var.vpc_id
}

resource "aws_security_group" "smoke" {
  name        = "${var.prefixo}-smoke-test"
  description = "CodeDeploy smoke-test hook"
  vpc_id      = var.vpc_id
}

resource "aws_security_group" "servico" {
  for_each    = var.servicos
  name        = "${var.prefixo}-${each.key}"
  description = "Tasks of ${each.key}-service"
  vpc_id      = var.vpc_id
}

resource "aws_security_group" "papeis_banco" {
  name        = "${var.prefixo}-papeis-banco"
  description = "One-off task that creates the database roles"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_egress_rule" "papeis_para_banco" {
  security_group_id            = aws_security_group.papeis_banco.id
  description                  = "To RDS"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_banco
  to_port                      = local.porta_banco
  referenced_security_group_id = aws_security_group.banco.id
}

resource "aws_vpc_security_group_ingress_rule" "banco_de_papeis" {
  security_group_id            = aws_security_group.banco.id
  description                  = "From the database-roles task"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_banco
  to_port                      = local.porta_banco
  referenced_security_group_id = aws_security_group.papeis_banco.id
}

resource "aws_vpc_security_group_egress_rule" "papeis_endpoints" {
  security_group_id            = aws_security_group.papeis_banco.id
  description                  = "HTTPS to the VPC endpoints (ECR, Logs)"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = var.sg_endpoints
}

resource "aws_vpc_security_group_egress_rule" "papeis_s3" {
  security_group_id = aws_security_group.papeis_banco.id
  description       = "HTTPS to S3 through the gateway endpoint (ECR image layers)"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = var.lista_prefixos_s3
}

resource "aws_security_group" "banco" {
  name        = "${var.prefixo}-rds"
  description = "RDS PostgreSQL"
  vpc_id      = var.vpc_id
}

resource "aws_security_group" "cache" {
  name        = "${var.prefixo}-redis"
  description = "ElastiCache Redis"
  vpc_id      = var.vpc_id
}

# --- into the ALB ---
resource "aws_vpc_security_group_ingress_rule" "alb_de_vpc_link" {
  security_group_id            = aws_security_group.alb.id
  description                  = "API Gateway over the VPC link, prod listener"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_prod
  to_port                      = local.porta_prod
  referenced_security_group_id = aws_security_group.vpc_link.id
}

resource "aws_vpc_security_group_ingress_rule" "alb_de_servicos" {
  for_each                     = local.que_chamam
  security_group_id            = aws_security_group.alb.id
  description                  = "${each.key}-service calling other services"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_prod
  to_port                      = local.porta_prod
  referenced_security_group_id = aws_security_group.servico[each.key].id
}

resource "aws_vpc_security_group_ingress_rule" "alb_teste_de_smoke" {
  security_group_id            = aws_security_group.alb.id
  description                  = "Smoke test against the test listener"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_teste
  to_port                      = local.porta_teste
  referenced_security_group_id = aws_security_group.smoke.id
}

resource "aws_vpc_security_group_egress_rule" "vpc_link_para_alb" {
  security_group_id            = aws_security_group.vpc_link.id
  description                  = "To the ALB prod listener"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_prod
  to_port                      = local.porta_prod
  referenced_security_group_id = aws_security_group.alb.id
}

resource "aws_vpc_security_group_egress_rule" "smoke_para_alb" {
  security_group_id            = aws_security_group.smoke.id
  description                  = "To the ALB test listener"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_teste
  to_port                      = local.porta_teste
  referenced_security_group_id = aws_security_group.alb.id
}

# The hook reports back to the CodeDeploy API through its VPC endpoint.
resource "aws_vpc_security_group_egress_rule" "smoke_endpoints" {
  security_group_id            = aws_security_group.smoke.id
  description                  = "HTTPS to the VPC endpoints (CodeDeploy)"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = var.sg_endpoints
}

# --- ALB to tasks ---
resource "aws_vpc_security_group_egress_rule" "alb_para_servico" {
  for_each                     = var.servicos
  security_group_id            = aws_security_group.alb.id
  description                  = "To ${each.key}-service tasks"
  ip_protocol                  = "tcp"
  from_port                    = each.value.porta
  to_port                      = each.value.porta
  referenced_security_group_id = aws_security_group.servico[each.key].id
}

resource "aws_vpc_security_group_ingress_rule" "servico_de_alb" {
  for_each                     = var.servicos
  security_group_id            = aws_security_group.servico[each.key].id
  description                  = "From the ALB"
  ip_protocol                  = "tcp"
  from_port                    = each.value.porta
  to_port                      = each.value.porta
  referenced_security_group_id = aws_security_group.alb.id
}

# --- tasks out ---
resource "aws_vpc_security_group_egress_rule" "servico_endpoints" {
  for_each                     = var.servicos
  security_group_id            = aws_security_group.servico[each.key].id
  description                  = "HTTPS to the VPC endpoints (AWS APIs)"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = var.sg_endpoints
}

resource "aws_vpc_security_group_egress_rule" "servico_s3" {
  for_each          = var.servicos
  security_group_id = aws_security_group.servico[each.key].id
  description       = "HTTPS to S3 through the gateway endpoint (ECR image layers)"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = var.lista_prefixos_s3
}

resource "aws_vpc_security_group_egress_rule" "servico_para_alb" {
  for_each                     = local.que_chamam
  security_group_id            = aws_security_group.servico[each.key].id
  description                  = "To the internal ALB (other services)"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_prod
  to_port                      = local.porta_prod
  referenced_security_group_id = aws_security_group.alb.id
}

# Only what has no private path (header of this file): the catalogue says per service why (main.tf, `internet`).
resource "aws_vpc_security_group_egress_rule" "servico_internet" {
  for_each          = local.com_internet
  security_group_id = aws_security_group.servico[each.key].id
  description       = "HTTPS through NAT: ${each.value.internet}"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "servico_para_banco" {
  for_each                     = local.com_banco
  security_group_id            = aws_security_group.servico[each.key].id
  description                  = "To RDS"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_banco
  to_port                      = local.porta_banco
  referenced_security_group_id = aws_security_group.banco.id
}

resource "aws_vpc_security_group_ingress_rule" "banco_de_servico" {
  for_each                     = local.com_banco
  security_group_id            = aws_security_group.banco.id
  description                  = "From ${each.key}-service"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_banco
  to_port                      = local.porta_banco
  referenced_security_group_id = aws_security_group.servico[each.key].id
}

resource "aws_vpc_security_group_egress_rule" "servico_para_cache" {
  for_each                     = local.com_cache
  security_group_id            = aws_security_group.servico[each.key].id
  description                  = "To ElastiCache"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_cache
  to_port                      = local.porta_cache
  referenced_security_group_id = aws_security_group.cache.id
}

resource "aws_vpc_security_group_ingress_rule" "cache_de_servico" {
  for_each                     = local.com_cache
  security_group_id            = aws_security_group.cache.id
  description                  = "From ${each.key}-service"
  ip_protocol                  = "tcp"
  from_port                    = local.porta_cache
  to_port                      = local.porta_cache
  referenced_security_group_id = aws_security_group.servico[each.key].id
}

output "vpc_link" {
  value = aws_security_group.vpc_link.id
}

output "alb" {
  value = aws_security_group.alb.id
}

output "smoke" {
  value = aws_security_group.smoke.id
}

output "servicos" {
  value = { for nome, sg in aws_security_group.servico : nome => sg.id }
}

output "papeis_banco" {
  value = aws_security_group.papeis_banco.id
}

output "banco" {
  value = aws_security_group.banco.id
}

output "cache" {
  value = aws_security_group.cache.id
}
