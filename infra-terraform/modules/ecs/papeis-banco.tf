# One-off task that creates the per-service database roles (deploy/db/criar-papeis.sh) from inside the VPC: the
# pipeline runs it (aws ecs run-task) after every apply and before any service deployment, so a new environment's
# services never start against roles that do not exist. No ECS Exec, no bastion. The credentials come from Secrets
# Manager through ECS (execution role), the script is the container's command.
locals {
  credenciais_papeis = merge(
    {
      MESTRE_USUARIO = format("%s:username::", var.segredo_mestre_arn)
      MESTRE_SENHA   = format("%s:password::", var.segredo_mestre_arn)
    },
    { for nome, arn in var.segredos_banco : format("%s_USUARIO", upper(replace(nome, "-", "_"))) => format("%s:username::", arn) },
    { for nome, arn in var.segredos_banco : format("%s_SENHA", upper(replace(nome, "-", "_"))) => format("%s:password::", arn) },
  )
}

resource "aws_cloudwatch_log_group" "papeis_banco" {
  name              = "/credito/${var.prefixo}/papeis-banco"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}

data "aws_iam_policy_document" "papeis_banco" {
  statement {
    sid       = "SegredosDoBanco"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = concat([var.segredo_mestre_arn], values(var.segredos_banco))
  }
  statement {
    sid       = "ChaveDosSegredos"
    actions   = ["kms:Decrypt"]
    resources = [var.chave_dados_arn]
  }
  statement {
    sid       = "TokenDoEcr"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid       = "ImagemPeloCacheDaEcrPublica"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability", "ecr:BatchImportUpstreamImage", "ecr:CreateRepository"]
    resources = [local.repositorios_cache_arn]
  }
  statement {
    sid       = "LogsDoProprioGrupo"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.papeis_banco.arn}:*"]
  }
}

module "papel_execucao_papeis_banco" {
  source    = "../papel"
  nome      = "${var.prefixo}-papeis-banco-exec"
  principal = "ecs-tasks.amazonaws.com"
  politicas = { iniciar_tarefa = data.aws_iam_policy_document.papeis_banco.json }
}

resource "aws_ecs_task_definition" "papeis_banco" {
  family                   = "${var.prefixo}-papeis-banco"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = module.papel_execucao_papeis_banco.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([{
    name      = "papeis-banco"
    image     = local.imagem_psql
    essential = true
    # The script itself (POSIX sh), so the task needs no image of its own.
    command = ["sh", "-c", file("${path.module}/../../../deploy/db/criar-papeis.sh")]
    environment = [
      { name = "PGHOST", value = var.banco_endereco },
      { name = "PGDATABASE", value = "credito" },
      # Inside the VPC, to the RDS endpoint only (security group): the image has no RDS CA bundle, the services do
      # verify-full (modules/data).
      { name = "PGSSLMODE", value = "require" },
      { name = "PGCONNECT_TIMEOUT", value = "10" },
    ]
    secrets          = [for nome, origem in local.credenciais_papeis : { name = nome, valueFrom = origem }]
    logConfiguration = { logDriver = "awslogs", options = { awslogs-group = aws_cloudwatch_log_group.papeis_banco.name, awslogs-region = var.regiao, awslogs-stream-prefix = "papeis" } }
  }])
}
