# Alarms. The short ones (5xx fast burn at 5 min, p95, tasks not running, open circuits, DLQ, outbox, event lag)
# are also handed to CodeDeploy, which rolls a deployment back when any of them fires during it.
locals {
  # Multi-window burn rate (Google SRE workbook): page when both the long and the short window burn the 30-day
  # budget fast. 14.4x over 1 h spends 2 % of the budget; 6x over 6 h spends 5 %.
  janelas = {
    "1h"  = { periodo = 3600, queima = 14.4 }
    "5m"  = { periodo = 300, queima = 14.4 }
    "6h"  = { periodo = 21600, queima = 6 }
    "30m" = { periodo = 1800, queima = 6 }
  }
  queimas = {
    rapida = { longa = "1h", curta = "5m" }
    lenta  = { longa = "6h", curta = "30m" }
  }
  alarmes_erro = { for par in setproduct(keys(var.servicos), keys(local.janelas)) : join("-", par) => { servico = par[0], janela = par[1] } }
}

locals {
  alarmes_queima = { for par in setproduct(keys(var.servicos), keys(local.queimas)) : join("-", par) => { servico = par[0], queima = par[1] } }
}

locals {
  com_circuitos = { for nome, s in var.servicos : nome => s if s.tem_circuitos }
}

locals {
  namespaces = { for nome, s in var.servicos : nome => s.namespace_metricas }
}

locals {
  acoes = [aws_sns_topic.alarmes.arn]
  # Per query id: metric and target group colour (both groups: after a swap the green one carries production).
  consultas_5xx = {
    ea = { metrica = "HTTPCode_Target_5XX_Count", cor = "azul" }
    ev = { metrica = "HTTPCode_Target_5XX_Count", cor = "verde" }
    ra = { metrica = "RequestCount", cor = "azul" }
    rv = { metrica = "RequestCount", cor = "verde" }
  }
  consultas_p95    = { pa = "azul", pv = "verde" }
  consultas_tarefa = { desejadas = "DesiredTaskCount", rodando = "RunningTaskCount" }
}

resource "aws_cloudwatch_metric_alarm" "erros_5xx" {
  for_each            = local.alarmes_erro
  alarm_name          = "${var.prefixo}-${each.value.servico}-5xx-queima-${each.value.janela}"
  alarm_description   = "5xx ratio of ${each.value.servico}-service over ${each.value.janela} burns the error budget ${local.janelas[each.value.janela].queima}x"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 100 * var.orcamento_erro * local.janelas[each.value.janela].queima
  evaluation_periods  = 1
  treat_missing_data  = "notBreaching"

  metric_query {
    id          = "taxa"
    expression  = "100 * (FILL(ea, 0) + FILL(ev, 0)) / (FILL(ra, 0) + FILL(rv, 0))"
    label       = "percentual 5xx"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = local.consultas_5xx
    content {
      id = metric_query.key
      metric {
        namespace   = "AWS/ApplicationELB"
        metric_name = metric_query.value.metrica
        period      = local.janelas[each.value.janela].periodo
        stat        = "Sum"
        dimensions  = { LoadBalancer = var.alb_sufixo, TargetGroup = var.grupos[join("-", [each.value.servico, metric_query.value.cor])].sufixo }
      }
    }
  }
}

# Pages only when the long AND the short window burn: fast to fire, fast to clear.
resource "aws_cloudwatch_composite_alarm" "queima" {
  for_each          = local.alarmes_queima
  alarm_name        = "${var.prefixo}-${each.value.servico}-slo-queima-${each.value.queima}"
  alarm_description = "Error budget of ${each.value.servico}-service burning (${each.value.queima})"
  alarm_rule        = "ALARM(${jsonencode(aws_cloudwatch_metric_alarm.erros_5xx[join("-", [each.value.servico, local.queimas[each.value.queima].longa])].alarm_name)}) AND ALARM(${jsonencode(aws_cloudwatch_metric_alarm.erros_5xx[join("-", [each.value.servico, local.queimas[each.value.queima].curta])].alarm_name)})"
  alarm_actions     = local.acoes
  ok_actions        = local.acoes
}

resource "aws_cloudwatch_metric_alarm" "latencia_p95" {
  for_each            = var.servicos
  alarm_name          = "${var.prefixo}-${each.key}-latencia-p95"
  alarm_description   = "p95 of ${each.key}-service above ${var.limiar_latencia_p95_segundos * 1000} ms"
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.limiar_latencia_p95_segundos
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.acoes
  ok_actions          = local.acoes

  metric_query {
    id          = "p95"
    expression  = "MAX([FILL(pa, 0), FILL(pv, 0)])"
    label       = "p95 (s)"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = local.consultas_p95
    content {
      id = metric_query.key
      metric {
        namespace   = "AWS/ApplicationELB"
        metric_name = "TargetResponseTime"
        period      = 60
        stat        = "p95"
        dimensions  = { LoadBalancer = var.alb_sufixo, TargetGroup = var.grupos[join("-", [each.key, metric_query.value])].sufixo }
      }
    }
  }
}

# Tasks dying (crash loops, OOM, failed health checks) show as running < desired for minutes on end.
resource "aws_cloudwatch_metric_alarm" "tarefas" {
  for_each            = var.servicos
  alarm_name          = "${var.prefixo}-${each.key}-tarefas-reiniciando"
  alarm_description   = "${each.key}-service has fewer running tasks than desired for 5 minutes"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 5
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.acoes
  ok_actions          = local.acoes

  metric_query {
    id          = "faltando"
    expression  = "desejadas - rodando"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = local.consultas_tarefa
    content {
      id = metric_query.key
      metric {
        namespace   = "ECS/ContainerInsights"
        metric_name = metric_query.value
        period      = 60
        stat        = "Average"
        dimensions  = { ClusterName = var.cluster, ServiceName = "${each.key}-service" }
      }
    }
  }
}

# Resilience4j publishes resilience4j.circuitbreaker.state (tags name, state) through Micrometer's CloudWatch
# registry; a Metrics Insights query covers every breaker of the service, whatever its name.
resource "aws_cloudwatch_metric_alarm" "circuito_aberto" {
  for_each            = local.com_circuitos
  alarm_name          = "${var.prefixo}-${each.key}-circuito-aberto"
  alarm_description   = "A circuit breaker of ${each.key}-service is open"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  evaluation_periods  = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.acoes
  ok_actions          = local.acoes

  metric_query {
    id          = "abertos"
    expression  = "SELECT MAX(\"resilience4j.circuitbreaker.state.value\") FROM SCHEMA(\"${each.value.namespace_metricas}\", name, state) WHERE state = 'open'"
    period      = 60
    return_data = true
  }
}

resource "aws_cloudwatch_metric_alarm" "dlq" {
  for_each            = toset(var.filas_dlq)
  alarm_name          = "${var.prefixo}-${each.key}-profundidade"
  alarm_description   = "Messages in ${each.key}: poison events need a look and a redrive"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.key }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.acoes
  ok_actions          = local.acoes
}

# Outbox age: how long the oldest unpublished investimento-criado has waited (gauge credito.outbox.idade, seconds).
resource "aws_cloudwatch_metric_alarm" "outbox" {
  alarm_name          = "${var.prefixo}-outbox-idade"
  alarm_description   = "Oldest unpublished event in the outbox of ${var.servico_outbox}-service older than 60 s"
  namespace           = var.servicos[var.servico_outbox].namespace_metricas
  metric_name         = "credito.outbox.idade.value"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 60
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.acoes
  ok_actions          = local.acoes
}

# Event lag: the oldest message concessao has not consumed yet.
resource "aws_cloudwatch_metric_alarm" "atraso_eventos" {
  alarm_name          = "${var.prefixo}-eventos-atraso"
  alarm_description   = "Oldest investimento-criado waiting in ${var.fila_eventos} older than 5 minutes"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = var.fila_eventos }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  comparison_operator = "GreaterThanThreshold"
  threshold           = 300
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.acoes
  ok_actions          = local.acoes
}

# 5xx the targets never see: the ALB's own (no healthy target, target reset or timeout) and API Gateway's (VPC link
# or integration failures, 504). Same fast-burn threshold as the per-service alarms over 5 minutes; both also stop
# a deployment (outputs.tf), since a bad task set shows up here first when it does not answer at all.
locals {
  alarmes_borda = {
    elb = {
      descricao = "5xx generated by the internal ALB itself"
      namespace = "AWS/ApplicationELB"
      erros     = "HTTPCode_ELB_5XX_Count"
      total     = "RequestCount"
      dimensoes = { LoadBalancer = var.alb_sufixo }
    }
    api = {
      descricao = "5xx answered by API Gateway"
      namespace = "AWS/ApiGateway"
      erros     = "5xx"
      total     = "Count"
      dimensoes = { ApiId = var.api_id, Stage = "$default" }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "borda_5xx" {
  for_each            = local.alarmes_borda
  alarm_name          = "${var.prefixo}-${each.key}-5xx"
  alarm_description   = "${each.value.descricao} burns the error budget 14.4x over 5 minutes"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 100 * var.orcamento_erro * 14.4
  evaluation_periods  = 1
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.acoes
  ok_actions          = local.acoes

  metric_query {
    id          = "taxa"
    expression  = "100 * FILL(erros, 0) / total"
    label       = "percentual 5xx"
    return_data = true
  }
  metric_query {
    id = "erros"
    metric {
      namespace   = each.value.namespace
      metric_name = each.value.erros
      period      = 300
      stat        = "Sum"
      dimensions  = each.value.dimensoes
    }
  }
  metric_query {
    id = "total"
    metric {
      namespace   = each.value.namespace
      metric_name = each.value.total
      period      = 300
      stat        = "Sum"
      dimensions  = each.value.dimensoes
    }
  }
}
