output "arn_suffix" {
  value = aws_lb.this.arn_suffix
}

output "listener_prod_arn" {
  value = aws_lb_listener.this["prod"].arn
}

output "listener_teste_arn" {
  value = aws_lb_listener.this["teste"].arn
}

output "grupos" {
  description = "Per \"<servico>-azul|verde\": name, ARN and ARN suffix (the TargetGroup dimension of ALB metrics)."
  value       = { for chave, grupo in aws_lb_target_group.this : chave => { nome = grupo.name, arn = grupo.arn, sufixo = grupo.arn_suffix } }
}

output "url_interna" {
  value = "https://${var.dominio_interno}"
}

output "certificado_arn" {
  value = aws_acm_certificate_validation.interno.certificate_arn
}
