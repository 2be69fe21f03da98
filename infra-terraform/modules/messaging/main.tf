# investimento-service publishes `investimento-criado` to SNS; concessao-service consumes it from an SQS queue
# subscribed with raw delivery. Poison messages move to the queue's DLQ after 5 receives; messages SNS cannot
# deliver go to the subscription's own DLQ. Everything is encrypted with the messaging KMS key.
locals {
  topico    = "investimento-criado"
  fila      = "concessao-investimento-criado"
  fila_dlq  = "concessao-investimento-criado-dlq"
  sns_dlq   = "investimento-criado-sns-dlq"
  retencao  = 1209600 # 14 days, the SQS maximum: time to inspect and redrive
  visib_seg = 60      # above the consumer's worst case (transaction + recalculation), below a retry storm
  # Receives before a message moves to the DLQ: fixed by docs/contratos-internos.md, so not a variable.
  max_recebimentos = 5
}

resource "aws_sns_topic" "investimento_criado" {
  name              = local.topico
  kms_master_key_id = var.chave_mensageria_arn
}

resource "aws_sqs_queue" "dlq" {
  name                      = local.fila_dlq
  kms_master_key_id         = var.chave_mensageria_arn
  message_retention_seconds = local.retencao
}

resource "aws_sqs_queue" "fila" {
  name                       = local.fila
  kms_master_key_id          = var.chave_mensageria_arn
  visibility_timeout_seconds = local.visib_seg
  message_retention_seconds  = 345600
  receive_wait_time_seconds  = 20
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = local.max_recebimentos
  })
}

resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  queue_url = aws_sqs_queue.dlq.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.fila.arn]
  })
}

resource "aws_sqs_queue" "sns_dlq" {
  name                      = local.sns_dlq
  kms_master_key_id         = var.chave_mensageria_arn
  message_retention_seconds = local.retencao
}

resource "aws_sns_topic_subscription" "concessao" {
  topic_arn            = aws_sns_topic.investimento_criado.arn
  protocol             = "sqs"
  endpoint             = aws_sqs_queue.fila.arn
  raw_message_delivery = true
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.sns_dlq.arn
  })
}

# Only this topic may send to the queues (and only the subscription's DLQ receives SNS's failures).
data "aws_iam_policy_document" "sns_envia" {
  for_each = {
    fila    = aws_sqs_queue.fila.arn
    sns_dlq = aws_sqs_queue.sns_dlq.arn
  }
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [each.value]
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.investimento_criado.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "fila" {
  queue_url = aws_sqs_queue.fila.id
  policy    = data.aws_iam_policy_document.sns_envia["fila"].json
}

resource "aws_sqs_queue_policy" "sns_dlq" {
  queue_url = aws_sqs_queue.sns_dlq.id
  policy    = data.aws_iam_policy_document.sns_envia["sns_dlq"].json
}

output "topico_arn" {
  value = aws_sns_topic.investimento_criado.arn
}

output "fila_arn" {
  value = aws_sqs_queue.fila.arn
}

output "fila_url" {
  value = aws_sqs_queue.fila.url
}

output "filas_dlq" {
  description = "Names of the queues whose depth must stay at zero."
  value       = [aws_sqs_queue.dlq.name, aws_sqs_queue.sns_dlq.name]
}

output "fila_nome" {
  value = aws_sqs_queue.fila.name
}
