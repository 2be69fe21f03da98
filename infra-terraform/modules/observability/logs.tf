# One log group per service (the app and its sidecars write to streams inside it), encrypted, with retention.
resource "aws_cloudwatch_log_group" "servico" {
  for_each          = var.servicos
  name              = "/credito/${var.prefixo}/${each.key}-service"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}

resource "aws_sns_topic" "alarmes" {
  name              = "${var.prefixo}-alarmes"
  kms_master_key_id = var.chave_mensageria_arn
}

resource "aws_sns_topic_subscription" "email" {
  count     = var.alarme_email == "" ? 0 : 1
  topic_arn = aws_sns_topic.alarmes.arn
  protocol  = "email"
  endpoint  = var.alarme_email
}
