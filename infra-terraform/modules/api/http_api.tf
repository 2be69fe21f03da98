# The public entry: an HTTP API with a JWT authorizer (Cognito), per-route scopes, throttling, access logs, and a
# private integration over a VPC link to the internal ALB (TLS verified against the ALB certificate's name).
locals {
  # The public routes (seed section 3.4): the channels' operations only. Score, historico and the policy
  # evaluation are internal APIs, called by concessao over the internal ALB; API Gateway has no route to them.
  # route => required scope
  rotas = {
    "POST /v1/cartao/concessao"         = "cartao:conceder"
    "GET /v1/cartao/status/{idCliente}" = "cartao:ler"
    "POST /v1/investimentos"            = "investimento:escrever"
    "GET /v1/investimentos"             = "investimento:ler"
  }
  emissor = "https://cognito-idp.${var.regiao}.amazonaws.com/${aws_cognito_user_pool.this.id}"
}

resource "aws_apigatewayv2_api" "this" {
  name                         = var.prefixo
  protocol_type                = "HTTP"
  disable_execute_api_endpoint = false
}

resource "aws_apigatewayv2_vpc_link" "this" {
  name               = var.prefixo
  subnet_ids         = var.subnets
  security_group_ids = [var.sg_vpc_link]
}

resource "aws_apigatewayv2_integration" "alb" {
  api_id               = aws_apigatewayv2_api.this.id
  integration_type     = "HTTP_PROXY"
  integration_method   = "ANY"
  integration_uri      = var.listener_arn
  connection_type      = "VPC_LINK"
  connection_id        = aws_apigatewayv2_vpc_link.this.id
  timeout_milliseconds = 10000

  tls_config {
    server_name_to_verify = var.dominio_interno
  }

  # The caller's client_id, for the per-client limit of the ALB's web ACL (modules/alb/waf.tf, same header name:
  # RedeTest checks it). "overwrite" replaces any value a caller sends, so no client spends another's quota.
  request_parameters = {
    "overwrite:header.x-credito-cliente" = "$context.authorizer.claims.client_id"
  }
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  api_id           = aws_apigatewayv2_api.this.id
  name             = "cognito"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]

  jwt_configuration {
    issuer = local.emissor
    # Only the channels' clients: concessao's service client holds internal scopes and is not a public caller.
    audience = [for nome in local.clientes_canal : aws_cognito_user_pool_client.this[nome].id]
  }
}

resource "aws_apigatewayv2_route" "this" {
  for_each             = local.rotas
  api_id               = aws_apigatewayv2_api.this.id
  route_key            = each.key
  target               = "integrations/${aws_apigatewayv2_integration.alb.id}"
  authorization_type   = "JWT"
  authorizer_id        = aws_apigatewayv2_authorizer.jwt.id
  authorization_scopes = ["${local.servidor_recursos}/${each.value}"]
}

resource "aws_apigatewayv2_stage" "this" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true

  default_route_settings {
    throttling_rate_limit    = var.throttling.taxa
    throttling_burst_limit   = var.throttling.rajada
    detailed_metrics_enabled = true
  }

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.acesso.arn
    format = jsonencode({
      requestId     = "$context.requestId"
      ip            = "$context.identity.sourceIp"
      requestTime   = "$context.requestTime"
      routeKey      = "$context.routeKey"
      status        = "$context.status"
      latency       = "$context.responseLatency"
      integration   = "$context.integration.latency"
      authorizerErr = "$context.authorizer.error"
      clientId      = "$context.authorizer.claims.client_id"
    })
  }
}

resource "aws_cloudwatch_log_group" "acesso" {
  name              = "/credito/${var.prefixo}/api-gateway"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}
