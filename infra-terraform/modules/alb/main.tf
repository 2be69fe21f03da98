# Internal ALB in front of the five services. The prod listener (443) carries API Gateway's and concessao's traffic;
# the test listener (8443) reaches the replacement task set during a CodeDeploy blue/green deployment, so the
# smoke-test hook can check it before any customer request does. TLS terminates here with a TLS 1.2+ policy.
locals {
  politica_tls   = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
  rampa_segundos = 120
  listeners      = { prod = 443, teste = 8443 }
  # "<servico>-azul|verde": CodeDeploy moves the listeners between the two groups of a service on every deployment.
  grupos = { for par in setproduct(keys(var.servicos), ["azul", "verde"]) : join("-", par) => { servico = par[0], cor = par[1] } }
}

locals {
  # "<servico>-prod|teste": one path rule per service on each listener.
  regras = { for par in setproduct(keys(var.servicos), keys(local.listeners)) : join("-", par) => { servico = par[0], listener = par[1] } }
}

locals {
  corpo_404 = jsonencode({
    type   = "about:blank"
    title  = "Not Found"
    status = 404
    codigo = "RECURSO_NAO_ENCONTRADO"
  })
}

resource "aws_lb" "this" {
  name                       = var.prefixo
  internal                   = true
  load_balancer_type         = "application"
  subnets                    = var.subnets
  security_groups            = [var.sg_alb]
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  idle_timeout               = 30
}

resource "aws_lb_target_group" "this" {
  for_each             = local.grupos
  name                 = "${var.prefixo}-${substr(each.value.servico, 0, 12)}-${each.value.cor}"
  port                 = var.servicos[each.value.servico].porta
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = var.vpc_id
  deregistration_delay = 30

  # A new task reports ready only after its warm-up (up to ~60-90 s after start; the health check waits for it),
  # then gets a linearly growing share of requests over slow_start seconds instead of a full share at once.
  # slow_start takes effect where the group already has healthy targets (scale-out, replacements); a CodeDeploy
  # green group starts on the canary's 10 % instead.
  slow_start = local.rampa_segundos

  health_check {
    path                = "/actuator/health/readiness"
    matcher             = "200"
    interval            = 10
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_listener" "this" {
  for_each          = local.listeners
  load_balancer_arn = aws_lb.this.arn
  port              = each.value
  protocol          = "HTTPS"
  ssl_policy        = local.politica_tls
  certificate_arn   = aws_acm_certificate_validation.interno.certificate_arn

  # A path no rule matches. The provider accepts only text/plain, text/css, text/html, application/javascript and
  # application/json as a fixed response's content type, so the problem document goes out as application/json
  # (scripts/ci/verificar-terraform.sh fails on any other value).
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/json"
      message_body = local.corpo_404
      status_code  = "404"
    }
  }
}

# Both listeners start on the blue group; CodeDeploy rewrites the forward action of these rules on every
# deployment, so Terraform must not put it back.
resource "aws_lb_listener_rule" "this" {
  for_each     = local.regras
  listener_arn = aws_lb_listener.this[each.value.listener].arn
  priority     = var.servicos[each.value.servico].prioridade

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[join("-", [each.value.servico, "azul"])].arn
  }

  condition {
    path_pattern {
      values = var.servicos[each.value.servico].caminhos
    }
  }

  lifecycle {
    ignore_changes = [action]
  }
}

resource "aws_route53_zone" "interna" {
  name = var.dominio_interno
  vpc {
    vpc_id = var.vpc_id
  }
}

resource "aws_route53_record" "alb" {
  zone_id = aws_route53_zone.interna.zone_id
  name    = var.dominio_interno
  type    = "A"
  alias {
    name                   = aws_lb.this.dns_name
    zone_id                = aws_lb.this.zone_id
    evaluate_target_health = true
  }
}

# A publicly trusted certificate (ACM, DNS-validated in the bank's public zone) for a name that resolves only inside
# the VPC: API Gateway's private integration verifies it by name, and the smoke-test Lambda and the JVMs trust it
# with their default trust stores; no private CA to distribute. Only the validation record is public.
data "aws_route53_zone" "publica" {
  name         = var.zona_publica
  private_zone = false
}

resource "aws_acm_certificate" "interno" {
  domain_name       = var.dominio_interno
  validation_method = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "validacao" {
  for_each = { for opcao in aws_acm_certificate.interno.domain_validation_options : opcao.domain_name => opcao }
  zone_id  = data.aws_route53_zone.publica.zone_id
  name     = each.value.resource_record_name
  type     = each.value.resource_record_type
  records  = [each.value.resource_record_value]
  ttl      = 300
}

resource "aws_acm_certificate_validation" "interno" {
  certificate_arn         = aws_acm_certificate.interno.arn
  validation_record_fqdns = [for registro in aws_route53_record.validacao : registro.fqdn]
}
