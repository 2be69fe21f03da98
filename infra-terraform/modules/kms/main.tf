# One customer-managed key per kind of data, rotated yearly. Task roles get Decrypt/GenerateDataKey only on the
# key of what they touch (see modules/iam); AWS services that encrypt on our behalf are named per key below.
data "aws_caller_identity" "atual" {}

locals {
  conta = data.aws_caller_identity.atual.account_id
  # chave => AWS service principals that use it on the account's behalf (RDS, Secrets Manager and ElastiCache use
  # grants made with the caller's own permissions, so they need no entry), and the condition that scopes them.
  uso_padrao = ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"]
  chaves = {
    dados = { servicos = [], acoes = local.uso_padrao, teste = "StringEquals", variavel = "aws:SourceAccount", valor = local.conta }
    cache = { servicos = [], acoes = local.uso_padrao, teste = "StringEquals", variavel = "aws:SourceAccount", valor = local.conta }
    mensageria = {
      servicos = ["sns.amazonaws.com", "cloudwatch.amazonaws.com"]
      acoes    = local.uso_padrao
      teste    = "StringEquals"
      variavel = "aws:SourceAccount"
      valor    = local.conta
    }
    # The statement CloudWatch Logs documents for encrypting log groups with a customer key.
    logs = {
      servicos = ["logs.${var.regiao}.amazonaws.com"]
      acoes    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
      teste    = "ArnLike"
      variavel = "kms:EncryptionContext:aws:logs:arn"
      valor    = "arn:aws:logs:${var.regiao}:${local.conta}:*"
    }
  }
}

resource "aws_kms_key" "this" {
  for_each                = local.chaves
  description             = "${var.prefixo} ${each.key}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.chave[each.key].json
}

resource "aws_kms_alias" "this" {
  for_each      = local.chaves
  name          = "alias/${var.prefixo}-${each.key}"
  target_key_id = aws_kms_key.this[each.key].key_id
}

# Key policy: the account administers the key through IAM (the AWS default), and only the named services may use
# it on the account's behalf. In a key policy, resource "*" means "this key".
data "aws_iam_policy_document" "chave" {
  for_each = local.chaves

  statement {
    sid       = "AdministracaoPelaConta"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${local.conta}:root"]
    }
  }

  dynamic "statement" {
    for_each = length(each.value.servicos) > 0 ? [each.value] : []
    content {
      sid       = "UsoPelosServicosAws"
      actions   = statement.value.acoes
      resources = ["*"]
      principals {
        type        = "Service"
        identifiers = statement.value.servicos
      }
      condition {
        test     = statement.value.teste
        variable = statement.value.variavel
        values   = [statement.value.valor]
      }
    }
  }
}

output "arns" {
  description = "Key ARN per kind: dados, cache, mensageria, logs."
  value       = { for nome, chave in aws_kms_key.this : nome => chave.arn }
}
