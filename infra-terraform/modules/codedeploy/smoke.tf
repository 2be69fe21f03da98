# The AfterAllowTestTraffic hook: a Lambda in the VPC that calls the new task set through the test listener and
# reports Succeeded/Failed to CodeDeploy. Source: deploy/hooks/smoke_test.py. One function per environment
# (one account per environment), named as the appspec files expect.
data "aws_caller_identity" "atual" {}

data "archive_file" "smoke" {
  type        = "zip"
  source_file = "${path.module}/../../../deploy/hooks/smoke_test.py"
  output_path = "${path.module}/.build/smoke_test.zip"
}

resource "aws_lambda_function" "smoke" {
  function_name    = "credito-smoke-test"
  role             = module.papel_smoke.arn
  runtime          = "python3.13"
  handler          = "smoke_test.handler"
  filename         = data.archive_file.smoke.output_path
  source_code_hash = data.archive_file.smoke.output_base64sha256
  # The handler stops retrying while there is still time to report (deploy/hooks/smoke_test.py, MARGEM_SEGUNDOS).
  timeout     = 120
  memory_size = 256

  vpc_config {
    subnet_ids         = var.subnets
    security_group_ids = [var.sg_smoke]
  }

  environment {
    variables = {
      URL_TESTE = var.url_teste
      CAMINHOS  = jsonencode({ for nome, s in var.servicos : s.servico_ecs => s.caminho_smoke })
    }
  }

  depends_on = [aws_cloudwatch_log_group.smoke]
}

resource "aws_cloudwatch_log_group" "smoke" {
  name              = "/aws/lambda/credito-smoke-test"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}

data "aws_iam_policy_document" "smoke" {
  statement {
    sid       = "LerImplantacaoEReportarResultado"
    actions   = ["codedeploy:GetDeployment", "codedeploy:PutLifecycleEventHookExecutionStatus"]
    resources = ["arn:aws:codedeploy:${var.regiao}:${data.aws_caller_identity.atual.account_id}:deploymentgroup:${aws_codedeploy_app.this.name}/*"]
  }

  statement {
    sid       = "LogsDoProprioGrupo"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.smoke.arn}:*"]
  }
}

# ENI management for a Lambda in a VPC comes from an AWS-managed policy: those EC2 actions have no resource scope.
module "papel_smoke" {
  source                = "../papel"
  nome                  = "${var.prefixo}-smoke-test"
  principal             = "lambda.amazonaws.com"
  politicas             = { reportar_hook = data.aws_iam_policy_document.smoke.json }
  politicas_gerenciadas = ["arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"]
}
