output "grupos_logs" {
  value = { for nome, grupo in aws_cloudwatch_log_group.servico : nome => grupo.name }
}

output "grupos_logs_arn" {
  value = { for nome, grupo in aws_cloudwatch_log_group.servico : nome => grupo.arn }
}

output "topico_alarmes_arn" {
  value = aws_sns_topic.alarmes.arn
}

# What CodeDeploy watches during a deployment of each service (CodeDeploy takes at most 10 alarms per group).
output "alarmes_rollback" {
  value = { for nome, s in var.servicos : nome => compact([
    aws_cloudwatch_metric_alarm.erros_5xx[join("-", [nome, "5m"])].alarm_name,
    aws_cloudwatch_metric_alarm.latencia_p95[nome].alarm_name,
    aws_cloudwatch_metric_alarm.tarefas[nome].alarm_name,
    s.tem_circuitos ? aws_cloudwatch_metric_alarm.circuito_aberto[nome].alarm_name : "",
    nome == var.servico_outbox ? aws_cloudwatch_metric_alarm.outbox.alarm_name : "",
    nome == "concessao" ? aws_cloudwatch_metric_alarm.atraso_eventos.alarm_name : "",
    aws_cloudwatch_metric_alarm.borda_5xx["elb"].alarm_name,
    contains(var.servicos_publicos, nome) ? aws_cloudwatch_metric_alarm.borda_5xx["api"].alarm_name : "",
  ]) }
}

# What AppConfig watches while a flag change rolls out (fast 5xx burn of the service).
output "arns_alarmes_flags" {
  value = { for nome, s in var.servicos : nome => aws_cloudwatch_metric_alarm.erros_5xx[join("-", [nome, "5m"])].arn }
}
