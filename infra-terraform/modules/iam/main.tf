# One task role and one execution role per service. A service may touch only its own queue, topic, secrets, keys,
# log group and image repository. The only statements on resource "*" are for APIs that have no resource-level
# permissions (X-Ray, PutMetricData, ECR's token); PutMetricData is pinned to the service's namespace.
data "aws_iam_policy_document" "assume_tarefa" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "task" {
  for_each           = var.servicos
  name               = "${var.prefixo}-${each.key}-task"
  assume_role_policy = data.aws_iam_policy_document.assume_tarefa.json
}

resource "aws_iam_role" "execucao" {
  for_each           = var.servicos
  name               = "${var.prefixo}-${each.key}-exec"
  assume_role_policy = data.aws_iam_policy_document.assume_tarefa.json
}

resource "aws_iam_role_policy" "task" {
  for_each = var.servicos
  name     = "minimo-privilegio"
  role     = aws_iam_role.task[each.key].id
  policy   = data.aws_iam_policy_document.task[each.key].json
}

resource "aws_iam_role_policy" "execucao" {
  for_each = var.servicos
  name     = "iniciar-tarefa"
  role     = aws_iam_role.execucao[each.key].id
  policy   = data.aws_iam_policy_document.execucao[each.key].json
}

data "aws_iam_policy_document" "task" {
  for_each = var.servicos

  statement {
    sid       = "TracesParaXRayViaAdot"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"]
    resources = ["*"]
  }

  statement {
    sid       = "MetricasNoProprioNamespace"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = [each.value.namespace_metricas]
    }
  }

  statement {
    sid       = "FeatureFlags"
    actions   = ["appconfig:StartConfigurationSession", "appconfig:GetLatestConfiguration"]
    resources = [var.perfil_flags_arn]
  }

  dynamic "statement" {
    for_each = length(each.value.filas_consumo) > 0 ? [each.value] : []
    content {
      sid       = "ConsumirPropriaFila"
      actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]
      resources = statement.value.filas_consumo
    }
  }

  dynamic "statement" {
    for_each = length(each.value.topicos_publicacao) > 0 ? [each.value] : []
    content {
      sid       = "PublicarNoProprioTopico"
      actions   = ["sns:Publish"]
      resources = statement.value.topicos_publicacao
    }
  }

  dynamic "statement" {
    for_each = length(each.value.chaves_mensageria) > 0 ? [each.value] : []
    content {
      sid       = "ChaveDaMensageria"
      actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
      resources = statement.value.chaves_mensageria
    }
  }
}

data "aws_iam_policy_document" "execucao" {
  for_each = var.servicos

  statement {
    sid       = "TokenDoEcr"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "ImagemDoProprioRepositorio"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
    resources = [each.value.repositorio_arn]
  }

  # Sidecars (ADOT, AppConfig Agent) come through the pull-through cache of ECR Public; the first pull of a digest
  # imports it, which ECR checks against the caller.
  statement {
    sid       = "SidecarsPeloCacheDaEcrPublica"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability", "ecr:BatchImportUpstreamImage", "ecr:CreateRepository"]
    resources = [each.value.repositorios_cache]
  }

  statement {
    sid       = "LogsDoProprioGrupo"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${each.value.grupo_logs_arn}:*"]
  }

  dynamic "statement" {
    for_each = length(each.value.segredos) > 0 ? [each.value] : []
    content {
      sid       = "SegredosDaPropriaTarefa"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = statement.value.segredos
    }
  }

  dynamic "statement" {
    for_each = length(each.value.chaves_segredos) > 0 ? [each.value] : []
    content {
      sid       = "ChaveDosSegredos"
      actions   = ["kms:Decrypt"]
      resources = statement.value.chaves_segredos
    }
  }
}

output "papeis_tarefa" {
  value = { for nome, papel in aws_iam_role.task : nome => papel.arn }
}

output "papeis_execucao" {
  value = { for nome, papel in aws_iam_role.execucao : nome => papel.arn }
}
