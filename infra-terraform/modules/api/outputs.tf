output "url" {
  value = aws_apigatewayv2_api.this.api_endpoint
}

output "emissor" {
  description = "Token issuer (iss) services validate in the aws profile."
  value       = local.emissor
}

output "jwks" {
  value = "${local.emissor}/.well-known/jwks.json"
}

output "token_uri" {
  value = "https://${aws_cognito_user_pool_domain.this.domain}.auth.${var.regiao}.amazoncognito.com/oauth2/token"
}

output "cliente_concessao_id" {
  value = aws_cognito_user_pool_client.this["concessao-service"].id
}

output "segredo_cliente_concessao" {
  description = "ARN (not value) of the secret holding concessao's client secret."
  value       = aws_secretsmanager_secret.concessao_cliente.arn
}

output "clientes_ids" {
  description = "Comma-separated app client ids; services accept their tokens (Cognito access tokens carry client_id, not aud)."
  value       = join(",", [for cliente in aws_cognito_user_pool_client.this : cliente.id])
}

output "id" {
  value = aws_apigatewayv2_api.this.id
}
