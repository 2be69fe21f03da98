# plan: reads the platform (a scoped policy, not ReadOnlyAccess) and the state; from `<env>-plano` on main, and in
# dev also from pull requests. terraform: applies the platform, only from `<env>` (prod: after the manual approval)
# and implantar-ambiente.yml. deploy: pushes images, runs the database-roles task and starts CodeDeploy
# deployments, only from `<env>-servicos` and implantar-servicos.yml.
resource "aws_iam_role" "plan" {
  name               = "credito-github-plan"
  assume_role_policy = data.aws_iam_policy_document.confia_no_github["plan"].json
}

resource "aws_iam_role_policy" "plan_leitura" {
  name   = "ler-plataforma"
  role   = aws_iam_role.plan.id
  policy = data.aws_iam_policy_document.plan.json
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
    sid       = "LerEstado"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.estado.arn, "${aws_s3_bucket.estado.arn}/credito/${var.ambiente}/terraform.tfstate"]
  }
  statement {
    sid       = "TravaEPlanosSalvos"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.estado.arn}/credito/${var.ambiente}/terraform.tfstate.tflock", "${aws_s3_bucket.estado.arn}/planos/*"]
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
      "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage", "ecr:DescribeImages",
    ]
    resources = ["arn:aws:ecr:${var.regiao}:${data.aws_caller_identity.atual.account_id}:repository/credito/*"]
  }
  # ECS task-definition APIs have no resource-level permissions.
  statement {
    sid       = "DefinicoesDeTarefa"
    actions   = ["ecs:DescribeTaskDefinition"]
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
    sid       = "TarefaPapeisDoBanco"
    actions   = ["ecs:RunTask"]
    resources = ["arn:aws:ecs:${var.regiao}:${data.aws_caller_identity.atual.account_id}:task-definition/credito-${var.ambiente}-papeis-banco:*"]
  }
  statement {
    sid       = "AcompanharTarefa"
    actions   = ["ecs:DescribeTasks"]
    resources = ["arn:aws:ecs:${var.regiao}:${data.aws_caller_identity.atual.account_id}:task/credito-${var.ambiente}/*"]
  }
  statement {
    sid       = "RedeDaTarefa"
    actions   = ["ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"]
    resources = ["*"]
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

# What a plan reads: describe/list/get on the services the platform uses, and the values a refresh needs. The
# write-only secret versions are refreshed with GetSecretValue, so the plan role reads the platform's own secrets
# (credito/credito-<env>/*) and decrypts with the data key only through Secrets Manager; it can read no other secret.
data "aws_iam_policy_document" "plan" {
  statement {
    sid = "DescreverPlataforma"
    actions = [
      "acm:Describe*", "acm:List*", "acm:GetCertificate",
      "apigateway:GET",
      "application-autoscaling:Describe*", "application-autoscaling:ListTagsForResource",
      "appconfig:Get*", "appconfig:List*",
      "cloudwatch:Describe*", "cloudwatch:GetDashboard", "cloudwatch:ListTagsForResource",
      "codedeploy:BatchGet*", "codedeploy:Get*", "codedeploy:List*",
      "cognito-idp:Describe*", "cognito-idp:GetUserPoolMfaConfig", "cognito-idp:List*",
      "ec2:Describe*", "ec2:GetManagedPrefixListEntries",
      "ecr:Describe*", "ecr:GetLifecyclePolicy", "ecr:GetRepositoryPolicy", "ecr:ListTagsForResource",
      "ecs:Describe*", "ecs:List*",
      "elasticache:Describe*", "elasticache:ListTagsForResource",
      "elasticloadbalancing:Describe*",
      "iam:GetOpenIDConnectProvider", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:GetRole", "iam:GetRolePolicy",
      "iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:ListRoleTags",
      "kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListResourceTags",
      "lambda:GetFunction", "lambda:GetFunctionCodeSigningConfig", "lambda:GetPolicy", "lambda:ListVersionsByFunction",
      "logs:Describe*", "logs:ListTagsForResource", "logs:ListTagsLogGroup",
      "rds:Describe*", "rds:ListTagsForResource",
      "route53:Get*", "route53:List*",
      "secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy",
      "sns:GetSubscriptionAttributes", "sns:GetTopicAttributes", "sns:ListTagsForResource",
      "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ListQueueTags",
      "sts:GetCallerIdentity",
      "wafv2:Get*", "wafv2:List*",
    ]
    resources = ["*"]
  }
  statement {
    sid       = "SegredosDaPlataformaNoRefresh"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["arn:aws:secretsmanager:${var.regiao}:${data.aws_caller_identity.atual.account_id}:secret:credito/credito-${var.ambiente}/*"]
  }
  statement {
    sid       = "ChaveDosSegredosViaSecretsManager"
    actions   = ["kms:Decrypt"]
    resources = ["arn:aws:kms:${var.regiao}:${data.aws_caller_identity.atual.account_id}:key/*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${var.regiao}.amazonaws.com"]
    }
  }
}
