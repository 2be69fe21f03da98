# Per-client throttling. API Gateway's stage limit is one bucket for everybody, so one channel could take it all.
# API Gateway writes the caller's Cognito client_id into x-credito-cliente on every request it forwards (overwriting
# whatever the caller sent, modules/api); this web ACL on the internal ALB counts requests per value of that header
# and answers 429 problem+json to a client above limite_por_cliente per minute. Requests without the header
# (concessao's internal calls) are not counted by the rule. HTTP APIs cannot carry a web ACL; the ALB can.
locals {
  cabecalho_cliente = "x-credito-cliente"
  corpo_429 = jsonencode({
    type   = "about:blank"
    title  = "Too Many Requests"
    status = 429
    codigo = "LIMITE_DE_REQUISICOES"
  })
}

resource "aws_wafv2_web_acl" "this" {
  name        = var.prefixo
  description = "Per-client rate limit of the credit APIs"
  scope       = "REGIONAL"

  default_action {
    allow {}
  }

  custom_response_body {
    key          = "limite"
    content      = local.corpo_429
    content_type = "APPLICATION_JSON"
  }

  rule {
    name     = "limite-por-cliente"
    priority = 10

    action {
      block {
        custom_response {
          response_code            = 429
          custom_response_body_key = "limite"
        }
      }
    }

    statement {
      rate_based_statement {
        limit                 = var.limite_por_cliente
        evaluation_window_sec = 60
        aggregate_key_type    = "CUSTOM_KEYS"
        custom_key {
          header {
            name = local.cabecalho_cliente
            text_transformation {
              priority = 0
              type     = "NONE"
            }
          }
        }
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "limite-por-cliente"
      sampled_requests_enabled   = false
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = var.prefixo
    sampled_requests_enabled   = false
  }
}

resource "aws_wafv2_web_acl_association" "alb" {
  resource_arn = aws_lb.this.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}

# WAF logs only the blocked requests, with the token redacted.
resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-${var.prefixo}"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}

resource "aws_wafv2_web_acl_logging_configuration" "this" {
  resource_arn            = aws_wafv2_web_acl.this.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]

  redacted_fields {
    single_header {
      name = "authorization"
    }
  }

  logging_filter {
    default_behavior = "DROP"
    filter {
      behavior    = "KEEP"
      requirement = "MEETS_ANY"
      condition {
        action_condition {
          action = "BLOCK"
        }
      }
    }
  }
}

output "cabecalho_cliente" {
  description = "Header API Gateway fills with the caller's client_id and WAF counts."
  value       = local.cabecalho_cliente
}
