# How the modules' outputs become each service's environment, secrets and permissions. Variable names are the
# ones of docs/contratos-internos.md; the `aws` Spring profile (application-aws.yml) reads the rest.
locals {
  vazio      = {}
  namespaces = { for nome, s in local.servicos : nome => format("Credito/%s-service", nome) }
}

locals {
  ambiente_comum = {
    SPRING_PROFILES_ACTIVE        = "aws"
    AWS_REGION                    = var.regiao
    CREDITO_AMBIENTE              = var.ambiente
    CREDITO_SEGURANCA_ISSUER_URI  = module.api.emissor
    CREDITO_SEGURANCA_JWK_SET_URI = module.api.jwks
    # Cognito access tokens: no aud but client_id, scopes prefixed with the resource server (common-lib security).
    CREDITO_SEGURANCA_CLIENTES_PERMITIDOS = module.api.clientes_ids
    CREDITO_SEGURANCA_PREFIXO_ESCOPO      = "credito-api/"
    CREDITO_FLAGS_URL                     = "http://localhost:2772${module.flags.caminho_agente}"
  }
  # DB_URL names common-lib's CaDoRdsSslFactory with sslmode=verify-full; DB_CA_PEM is the CA bundle it trusts.
  ambiente_banco = { DB_URL = module.data.jdbc_url, DB_CA_PEM = module.data.ca_rds_pem }
  ambiente_cache = { REDIS_HOST = module.data.redis_host, REDIS_PORT = "6379", REDIS_TLS = "true" }
  ambiente_especifico = {
    concessao = {
      SQS_ENDPOINT                 = "https://sqs.${var.regiao}.amazonaws.com"
      CONCESSAO_FILA_INVESTIMENTOS = module.messaging.fila_nome
      SCORE_URL                    = module.alb.url_interna
      HISTORICO_URL                = module.alb.url_interna
      INVESTIMENTO_URL             = module.alb.url_interna
      REGRAS_URL                   = module.alb.url_interna
      CREDITO_TOKEN_URI            = module.api.token_uri
      CREDITO_CLIENT_ID            = module.api.cliente_concessao_id
    }
    motor-regras = {}
    historico    = { BUREAU_URL = var.bureau_url }
    score        = { BUREAU_URL = var.bureau_url }
    investimento = {
      SQS_ENDPOINT            = "https://sqs.${var.regiao}.amazonaws.com"
      INVESTIMENTO_TOPICO_ARN = module.messaging.topico_arn
    }
  }
  ambiente_proprio = { for nome, s in local.servicos : nome => {
    SERVER_PORT                = tostring(s.porta)
    CREDITO_METRICAS_NAMESPACE = local.namespaces[nome]
  } }
}

# hcl4j (policy tests) ends a locals block after a multi-line for-object: the next entries open a new block.
locals {
  ambiente_app = { for nome, s in local.servicos : nome => merge(local.ambiente_comum, local.ambiente_proprio[nome], s.banco ? local.ambiente_banco : local.vazio, s.cache ? local.ambiente_cache : local.vazio, local.ambiente_especifico[nome]) }
}

locals {
  # name => "secret ARN[:json key::]", resolved by ECS at task start: no secret value in the task definition.
  segredos_banco = { for nome, arn in module.data.segredos_banco : nome => {
    DB_USERNAME = format("%s:username::", arn)
    DB_PASSWORD = format("%s:password::", arn)
  } }
}

locals {
  segredos_cache    = { REDIS_PASSWORD = module.data.segredo_redis }
  segredos_proprios = { concessao = { CREDITO_CLIENT_SECRET = module.api.segredo_cliente_concessao } }
  segredos_sentry   = var.segredo_sentry_arn == "" ? local.vazio : { SENTRY_DSN = var.segredo_sentry_arn }
  segredos_app      = { for nome, s in local.servicos : nome => merge(lookup(local.segredos_banco, nome, local.vazio), s.cache ? local.segredos_cache : local.vazio, lookup(local.segredos_proprios, nome, local.vazio), local.segredos_sentry) }
}

locals {
  tarefas = { for nome, s in local.servicos : nome => merge(var.dimensionamento[nome], { porta = s.porta, ambiente = local.ambiente_app[nome], segredos = local.segredos_app[nome] }) }
}

locals {
  # Exactly what each task role and execution role may touch (modules/iam).
  permissoes = { for nome, s in local.servicos : nome => {
    filas_consumo      = s.consome_fila ? [module.messaging.fila_arn] : []
    topicos_publicacao = s.publica_topico ? [module.messaging.topico_arn] : []
    chaves_mensageria  = s.consome_fila || s.publica_topico ? [module.kms.arns["mensageria"]] : []
    segredos           = compact([lookup(module.data.segredos_banco, nome, ""), s.cache ? module.data.segredo_redis : "", nome == "concessao" ? module.api.segredo_cliente_concessao : "", var.segredo_sentry_arn])
    chaves_segredos    = [module.kms.arns["dados"]]
    grupo_logs_arn     = module.observability.grupos_logs_arn[nome]
    repositorio_arn    = module.ecs.repositorios_arn[nome]
    repositorios_cache = module.ecs.repositorios_cache_arn
    namespace_metricas = local.namespaces[nome]
  } }
}

locals {
  observados = { for nome, s in local.servicos : nome => {
    namespace_metricas = local.namespaces[nome]
    tem_circuitos      = s.tem_circuitos
  } }
}

locals {
  grupos_azuis = { for nome, s in local.servicos : nome => module.alb.grupos[join("-", [nome, "azul"])].arn }
}

locals {
  alvos_escala = { for nome, s in local.servicos : nome => {
    alb   = module.alb.arn_suffix
    azul  = module.alb.grupos[join("-", [nome, "azul"])].sufixo
    verde = module.alb.grupos[join("-", [nome, "verde"])].sufixo
  } }
}

locals {
  implantacoes = { for nome, s in local.servicos : nome => {
    servico_ecs   = format("%s-service", nome)
    grupo_azul    = module.alb.grupos[join("-", [nome, "azul"])].nome
    grupo_verde   = module.alb.grupos[join("-", [nome, "verde"])].nome
    caminho_smoke = s.smoke
  } }
}
