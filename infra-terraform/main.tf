# The whole platform of one environment. Environments differ only in envs/<env>/terraform.tfvars (sizes, counts,
# protection) and envs/<env>/backend.hcl (state location): one root, no copy per environment.
locals {
  prefixo = "credito-${var.ambiente}"
  # The service catalogue: what each service is, owns and talks to (ARCHITECTURE.md, docs/contratos-internos.md).
  servicos = {
    concessao = {
      porta    = 8081, caminhos = ["/v1/cartao/*"], prioridade = 10, smoke = "/v1/cartao/status/smoke-test"
      banco    = true, cache = false, chama_servicos = true, consome_fila = true, publica_topico = false, tem_circuitos = true
      internet = "Cognito token endpoint and JWKS (no PrivateLink for a user pool with a domain)"
    }
    motor-regras = {
      porta    = 8082, caminhos = ["/v1/regras/*"], prioridade = 20, smoke = "/v1/regras/avaliar"
      banco    = true, cache = false, chama_servicos = false, consome_fila = false, publica_topico = false, tem_circuitos = false
      internet = "Cognito JWKS (no PrivateLink for a user pool with a domain)"
    }
    historico = {
      porta    = 8083, caminhos = ["/v1/historico/*"], prioridade = 30, smoke = "/v1/historico/contratos/smoke-test"
      banco    = false, cache = true, chama_servicos = false, consome_fila = false, publica_topico = false, tem_circuitos = true
      internet = "external bureau and Cognito JWKS (no PrivateLink for a user pool with a domain)"
    }
    score = {
      porta    = 8084, caminhos = ["/v1/score/*"], prioridade = 40, smoke = "/v1/score/smoke-test"
      banco    = false, cache = true, chama_servicos = false, consome_fila = false, publica_topico = false, tem_circuitos = true
      internet = "external bureau and Cognito JWKS (no PrivateLink for a user pool with a domain)"
    }
    investimento = {
      porta    = 8085, caminhos = ["/v1/investimentos", "/v1/investimentos/*"], prioridade = 50, smoke = "/v1/investimentos"
      banco    = true, cache = false, chama_servicos = false, consome_fila = false, publica_topico = true, tem_circuitos = false
      internet = "Cognito JWKS (no PrivateLink for a user pool with a domain)"
    }
  }
  com_banco = [for nome, s in local.servicos : nome if s.banco]
}

locals {
  com_cache = [for nome, s in local.servicos : nome if s.cache]
}

locals {
  # Services with public routes on API Gateway (modules/api); the others are internal APIs.
  publicos = ["concessao", "investimento"]
}

module "kms" {
  source  = "./modules/kms"
  prefixo = local.prefixo
  regiao  = var.regiao
}

module "network" {
  source             = "./modules/network"
  prefixo            = local.prefixo
  regiao             = var.regiao
  cidr_vpc           = var.cidr_vpc
  azs                = var.azs
  nat_por_az         = var.nat_por_az
  chave_logs_arn     = module.kms.arns["logs"]
  retencao_logs_dias = var.retencao_logs_dias
}

module "firewall" {
  source            = "./modules/firewall"
  prefixo           = local.prefixo
  vpc_id            = module.network.vpc_id
  servicos          = local.servicos
  sg_endpoints      = module.network.sg_endpoints
  lista_prefixos_s3 = module.network.lista_prefixos_s3
}

module "data" {
  source             = "./modules/data"
  prefixo            = local.prefixo
  subnets            = module.network.subnets_privadas
  sg_banco           = module.firewall.banco
  sg_cache           = module.firewall.cache
  chave_dados_arn    = module.kms.arns["dados"]
  chave_cache_arn    = module.kms.arns["cache"]
  chave_logs_arn     = module.kms.arns["logs"]
  retencao_logs_dias = var.retencao_logs_dias
  servicos_banco     = toset(local.com_banco)
  banco              = var.banco
  cache              = var.cache
}

module "messaging" {
  source               = "./modules/messaging"
  chave_mensageria_arn = module.kms.arns["mensageria"]
}

module "alb" {
  source             = "./modules/alb"
  prefixo            = local.prefixo
  vpc_id             = module.network.vpc_id
  subnets            = module.network.subnets_privadas
  sg_alb             = module.firewall.alb
  zona_publica       = var.zona_publica
  dominio_interno    = var.dominio_interno
  servicos           = local.servicos
  limite_por_cliente = var.limite_por_cliente
  chave_logs_arn     = module.kms.arns["logs"]
  retencao_logs_dias = var.retencao_logs_dias
}

module "api" {
  source             = "./modules/api"
  prefixo            = local.prefixo
  regiao             = var.regiao
  subnets            = module.network.subnets_privadas
  sg_vpc_link        = module.firewall.vpc_link
  listener_arn       = module.alb.listener_prod_arn
  dominio_interno    = var.dominio_interno
  throttling         = var.api_throttling
  retencao_logs_dias = var.retencao_logs_dias
  chave_logs_arn     = module.kms.arns["logs"]
  chave_dados_arn    = module.kms.arns["dados"]
}

module "flags" {
  source   = "./modules/flags"
  ambiente = var.ambiente
  regiao   = var.regiao
  alarmes_monitorados = [
    module.observability.arns_alarmes_flags["concessao"],
    module.observability.arns_alarmes_flags["motor-regras"],
  ]
}

module "iam" {
  source           = "./modules/iam"
  prefixo          = local.prefixo
  servicos         = local.permissoes
  perfil_flags_arn = module.flags.perfil_arn
}

module "observability" {
  source               = "./modules/observability"
  prefixo              = local.prefixo
  regiao               = var.regiao
  retencao_logs_dias   = var.retencao_logs_dias
  chave_logs_arn       = module.kms.arns["logs"]
  chave_mensageria_arn = module.kms.arns["mensageria"]
  alarme_email         = var.alarme_email
  servicos             = local.observados
  cluster              = module.ecs.cluster
  alb_sufixo           = module.alb.arn_suffix
  grupos               = module.alb.grupos
  fila_eventos         = module.messaging.fila_nome
  filas_dlq            = module.messaging.filas_dlq
  servico_outbox       = "investimento"
  servicos_cache       = local.com_cache
  api_id               = module.api.id
  servicos_publicos    = local.publicos
}

module "ecs" {
  source             = "./modules/ecs"
  prefixo            = local.prefixo
  regiao             = var.regiao
  subnets            = module.network.subnets_privadas
  chave_dados_arn    = module.kms.arns["dados"]
  tag_imagem         = var.tag_imagem
  implantar_servicos = var.implantar_servicos
  servicos           = local.tarefas
  papeis_tarefa      = module.iam.papeis_tarefa
  papeis_execucao    = module.iam.papeis_execucao
  grupos_seguranca   = module.firewall.servicos
  grupos_logs        = module.observability.grupos_logs
  grupos_alvo_azuis  = local.grupos_azuis
  alvos_escala       = local.alvos_escala
  caminho_flags      = module.flags.caminho_agente
  segredo_mestre_arn = module.data.master_secret_arn
  segredos_banco     = module.data.segredos_banco
  banco_endereco     = module.data.banco_endereco
  sg_papeis_banco    = module.firewall.papeis_banco
  chave_logs_arn     = module.kms.arns["logs"]
  retencao_logs_dias = var.retencao_logs_dias
}

module "codedeploy" {
  source             = "./modules/codedeploy"
  implantar_servicos = var.implantar_servicos
  regiao             = var.regiao
  prefixo            = local.prefixo
  cluster            = module.ecs.cluster
  servicos           = local.implantacoes
  alarmes            = module.observability.alarmes_rollback
  listener_prod_arn  = module.alb.listener_prod_arn
  listener_teste_arn = module.alb.listener_teste_arn
  canary             = var.canary_deploy
  subnets            = module.network.subnets_privadas
  sg_smoke           = module.firewall.smoke
  url_teste          = "https://${var.dominio_interno}:8443"
  retencao_logs_dias = var.retencao_logs_dias
  chave_logs_arn     = module.kms.arns["logs"]
}
