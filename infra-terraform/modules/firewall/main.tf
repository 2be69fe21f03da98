# Every allowed flow of ARCHITECTURE.md, and nothing else:
#   API Gateway VPC link -> ALB :443 (prod listener)
#   smoke-test Lambda    -> ALB :8443 (test listener, used by CodeDeploy before traffic shifts)
#   concessao tasks      -> ALB :443 (calls to score, historico, investimento, motor-regras)
#   ALB                  -> each service's tasks on its container port
#   concessao, motor-regras, investimento tasks -> RDS :5432
#   score, historico tasks -> ElastiCache :6379
#   tasks -> :443 anywhere (AWS APIs via VPC endpoints, the external bureau via NAT)
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

# The hook also reports back to the CodeDeploy API (through NAT: CodeDeploy has no endpoint in the list).
resource "aws_vpc_security_group_egress_rule" "smoke_https" {
  security_group_id = aws_security_group.smoke.id
  description       = "HTTPS to AWS APIs"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
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
resource "aws_vpc_security_group_egress_rule" "servico_https" {
  for_each          = var.servicos
  security_group_id = aws_security_group.servico[each.key].id
  description       = "HTTPS: AWS APIs (VPC endpoints), bureau (NAT), internal ALB"
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

output "banco" {
  value = aws_security_group.banco.id
}

output "cache" {
  value = aws_security_group.cache.id
}
