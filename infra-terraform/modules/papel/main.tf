# An IAM role assumed by one AWS service on the platform's behalf (CodeDeploy, a Lambda, VPC Flow Logs, AppConfig),
# with an inline policy written by the caller as a policy document and, where AWS maintains the exact permission
# set, managed policies.
resource "aws_iam_role" "this" {
  name               = var.nome
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = [var.principal]
    }
  }
}

# A map with static keys: for_each must know the keys at plan time, while the JSON is only known at apply.
resource "aws_iam_role_policy" "this" {
  for_each = var.politicas
  name     = each.key
  role     = aws_iam_role.this.id
  policy   = each.value
}

resource "aws_iam_role_policy_attachment" "gerenciadas" {
  for_each   = toset(var.politicas_gerenciadas)
  role       = aws_iam_role.this.name
  policy_arn = each.value
}
