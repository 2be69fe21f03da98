# Cognito replaces the local authorization server: a resource server "credito-api" with the platform's scopes and
# client-credentials app clients. Token scopes carry the resource-server prefix ("credito-api/cartao:conceder").
locals {
  servidor_recursos = "credito-api"
  escopos = {
    "cartao:conceder"       = "Request a card decision"
    "cartao:ler"            = "Read card status"
    "investimento:escrever" = "Register investments"
    "investimento:ler"      = "Read investments"
    "historico:ler"         = "Read credit history"
    "score:ler"             = "Read scores"
    "regras:avaliar"        = "Evaluate the credit policy"
    "regras:admin"          = "Manage policy versions"
  }
  # client-credentials app clients => their scopes. canal-app: the bank channels (mobile/web back-ends), customer
  # scopes only. concessao-service: its calls to score, historico, investimento and motor-regras.
  clientes = {
    canal-app         = ["cartao:conceder", "cartao:ler", "investimento:escrever", "investimento:ler"]
    concessao-service = ["score:ler", "historico:ler", "investimento:ler", "regras:avaliar"]
  }
  # The clients the public authorizer accepts (the channels); every other client is internal.
  clientes_canal = ["canal-app"]
}

resource "aws_cognito_user_pool" "this" {
  name                = var.prefixo
  deletion_protection = "ACTIVE"
  mfa_configuration   = "OFF" # machine clients only (client credentials); no human users in this pool
}

resource "aws_cognito_user_pool_domain" "this" {
  domain       = var.prefixo
  user_pool_id = aws_cognito_user_pool.this.id
}

resource "aws_cognito_resource_server" "this" {
  identifier   = local.servidor_recursos
  name         = local.servidor_recursos
  user_pool_id = aws_cognito_user_pool.this.id

  dynamic "scope" {
    for_each = local.escopos
    content {
      scope_name        = scope.key
      scope_description = scope.value
    }
  }
}

resource "aws_cognito_user_pool_client" "this" {
  for_each                             = local.clientes
  name                                 = each.key
  user_pool_id                         = aws_cognito_user_pool.this.id
  generate_secret                      = true
  allowed_oauth_flows                  = ["client_credentials"]
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_scopes                 = formatlist("${local.servidor_recursos}/%s", each.value)
  access_token_validity                = 15
  token_validity_units {
    access_token = "minutes"
  }
  depends_on = [aws_cognito_resource_server.this]
}

# Cognito generates the client secret; it reaches the task only through this secret (ECS injects it).
resource "aws_secretsmanager_secret" "concessao_cliente" {
  name                    = "credito/${var.prefixo}/concessao/cliente-oauth"
  description             = "Cognito client secret of concessao-service (service-to-service tokens)"
  kms_key_id              = var.chave_dados_arn
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "concessao_cliente" {
  secret_id                = aws_secretsmanager_secret.concessao_cliente.id
  secret_string_wo         = aws_cognito_user_pool_client.this["concessao-service"].client_secret
  secret_string_wo_version = 1
}
