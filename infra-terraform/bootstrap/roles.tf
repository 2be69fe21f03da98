# plan: read-only, from pull requests. terraform: applies the platform, only from the GitHub environment of this
# account (prod: after the manual approval). deploy: pushes images and starts CodeDeploy deployments, nothing else.
resource "aws_iam_role" "plan" {
  name               = "credito-github-plan"
  assume_role_policy = data.aws_iam_policy_document.confia_no_github["plan"].json
}

resource "aws_iam_role_policy_attachment" "plan_leitura" {
  role       = aws_iam_role.plan.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_role_policy" "plan_estado" {
  name   = "estado-e-trava"
  role   = aws_iam_role.plan.id
  policy = data.aws_iam_policy_document.estado.json
}

# Applying the whole platform creates IAM roles, KMS keys and networks: this role is an administrator of the
# account, which is why only the protected environment's workflow runs can assume it.
resource "aws_iam_role" "terraform" {
  name                 = "credito-github-terraform"
  assume_role_policy   = data.aws_iam_policy_document.confia_no_github["terraform"].json
  max_session_duration = 3600
}

resource "aws_iam_role_policy_attachment" "terraform_admin" {
  role       = aws_iam_role.terraform.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "deploy" {
  name               = "credito-github-deploy"
  assume_role_policy = data.aws_iam_policy_document.confia_no_github["deploy"].json
}

resource "aws_iam_role_policy" "deploy" {
  name   = "publicar-imagem-e-implantar"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}

data "aws_iam_policy_document" "estado" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.estado.arn}/credito/${var.ambiente}/terraform.tfstate.tflock"]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.estado.arn]
  }
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "TokenDoEcr"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid = "EnviarImagens"
    actions = [
      "ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
      "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage",
    ]
    resources = ["arn:aws:ecr:${var.regiao}:${data.aws_caller_identity.atual.account_id}:repository/credito/*"]
  }
  # ECS task-definition APIs have no resource-level permissions.
  statement {
    sid       = "DefinicoesDeTarefa"
    actions   = ["ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"]
    resources = ["*"]
  }
  statement {
    sid       = "Servicos"
    actions   = ["ecs:DescribeServices"]
    resources = ["arn:aws:ecs:${var.regiao}:${data.aws_caller_identity.atual.account_id}:service/credito-${var.ambiente}/*"]
  }
  statement {
    sid = "ImplantacoesCodeDeploy"
    actions = [
      "codedeploy:CreateDeployment", "codedeploy:GetDeployment", "codedeploy:GetDeploymentGroup",
      "codedeploy:GetDeploymentConfig", "codedeploy:RegisterApplicationRevision", "codedeploy:GetApplicationRevision",
    ]
    resources = [
      "arn:aws:codedeploy:${var.regiao}:${data.aws_caller_identity.atual.account_id}:application:credito-${var.ambiente}",
      "arn:aws:codedeploy:${var.regiao}:${data.aws_caller_identity.atual.account_id}:deploymentgroup:credito-${var.ambiente}/*",
      "arn:aws:codedeploy:${var.regiao}:${data.aws_caller_identity.atual.account_id}:deploymentconfig:*",
    ]
  }
  statement {
    sid       = "EntregarPapeisAsTarefas"
    actions   = ["iam:PassRole"]
    resources = ["arn:aws:iam::${data.aws_caller_identity.atual.account_id}:role/credito-${var.ambiente}-*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}
