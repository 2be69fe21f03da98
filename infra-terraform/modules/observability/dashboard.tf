# The CloudWatch twin of observability/grafana/credito.json (same panels; the policy tests compare the titles).
resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = var.prefixo
  dashboard_body = templatefile("${path.module}/dashboard.json.tftpl", {
    regiao        = var.regiao
    alb           = var.alb_sufixo
    grupos        = var.grupos
    servicos      = keys(var.servicos)
    namespaces    = local.namespaces
    com_circuitos = keys(local.com_circuitos)
    com_cache     = var.servicos_cache
    fila_eventos  = var.fila_eventos
    filas_dlq     = var.filas_dlq
  })
}
