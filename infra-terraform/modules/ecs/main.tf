# ECS Fargate: one service and task definition per microservice, deployed by CodeDeploy (blue/green). Terraform
# creates the first task definition; the deploy workflow registers new revisions with the commit SHA as image tag,
# so Terraform ignores the service's task_definition after creation.
locals {
  # Sidecars by digest (the tag is only a comment): a task always runs the bytes that were reviewed. They are
  # pulled through this account's ECR pull-through cache of ECR Public, so image pulls stay on the VPC endpoints.
  # Update: resolve the new tag's digest (docker buildx imagetools inspect public.ecr.aws/<imagem>:<tag>).
  registro_cache = "${data.aws_caller_identity.atual.account_id}.dkr.ecr.${var.regiao}.amazonaws.com/${aws_ecr_pull_through_cache_rule.ecr_publica.ecr_repository_prefix}"
  # aws-observability/aws-otel-collector:v0.48.0
  imagem_adot = "${local.registro_cache}/aws-observability/aws-otel-collector@sha256:9b28046359054b414f4ba76056ba4e8cffda2d53fbcee06171d7eeecd71326c3"
  # aws-appconfig/aws-appconfig-agent:2.x
  imagem_appconfig = "${local.registro_cache}/aws-appconfig/aws-appconfig-agent@sha256:5e23ec8b3eb883680cdf1e4224c8d0f99405e14eb67131a2def7316eaa418f1a"
  # docker/library/postgres:17-alpine (psql for the one-off database-roles task)
  imagem_psql = "${local.registro_cache}/docker/library/postgres@sha256:b0f9560a2de083e2cc7382e75f808c7381a32852a7ec49117deedb300e552b24"
  # The app and its sidecars write to the service's log group, one stream prefix per container.
  opcoes_log = { for nome, grupo in var.grupos_logs : nome => { awslogs-group = grupo, awslogs-region = var.regiao } }
}

locals {
  # Warm-up before readiness takes up to ~60-90 s (JIT, pools, clients exercised with synthetic data). The
  # container health check and ECS wait for it: startPeriod and the service's grace cover the slowest start with
  # room, so a task that is still warming up is neither killed nor sent a full share of traffic.
  aquecimento_max_segundos = 90
  carencia_saude_segundos  = 180
  servicos_ativos          = var.implantar_servicos ? var.servicos : {}
}

data "aws_caller_identity" "atual" {}

locals {
  repositorios_cache_arn = "arn:aws:ecr:${var.regiao}:${data.aws_caller_identity.atual.account_id}:repository/${aws_ecr_pull_through_cache_rule.ecr_publica.ecr_repository_prefix}/*"
}

resource "aws_ecr_pull_through_cache_rule" "ecr_publica" {
  ecr_repository_prefix = "ecr-public"
  upstream_registry_url = "public.ecr.aws"
}

resource "aws_ecs_cluster" "this" {
  name = var.prefixo

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}

# Immutable tags: a tag is a commit SHA and always names the same image.
resource "aws_ecr_repository" "this" {
  for_each             = var.servicos
  name                 = "credito/${each.key}-service"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.chave_dados_arn
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  for_each   = var.servicos
  repository = aws_ecr_repository.this[each.key].name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Keep the last 100 images (rollback window)"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 100 }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_ecs_task_definition" "this" {
  for_each                 = var.servicos
  family                   = "${var.prefixo}-${each.key}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = each.value.cpu
  memory                   = each.value.memoria
  task_role_arn            = var.papeis_tarefa[each.key]
  execution_role_arn       = var.papeis_execucao[each.key]

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  # The root filesystem is read-only; Tomcat and the JVM write only here.
  volume {
    name = "tmp"
  }

  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "${aws_ecr_repository.this[each.key].repository_url}:${var.tag_imagem}"
      essential              = true
      readonlyRootFilesystem = true
      stopTimeout            = 30
      portMappings           = [{ containerPort = each.value.porta, protocol = "tcp" }]
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }]
      environment            = [for nome, valor in each.value.ambiente : { name = nome, value = valor }]
      secrets                = [for nome, origem in each.value.segredos : { name = nome, valueFrom = origem }]
      dependsOn              = [{ containerName = "adot-collector", condition = "START" }, { containerName = "appconfig-agent", condition = "START" }]
      # Same probe as the image's HEALTHCHECK (ECS ignores the Dockerfile's): readiness, which turns UP after warm-up.
      healthCheck = {
        command     = ["CMD-SHELL", "curl -fsS http://localhost:${each.value.porta}/actuator/health/readiness || exit 1"]
        interval    = 10
        timeout     = 3
        retries     = 3
        startPeriod = local.aquecimento_max_segundos + 30
      }
      logConfiguration = { logDriver = "awslogs", options = merge(local.opcoes_log[each.key], { awslogs-stream-prefix = "app" }) }
    },
    {
      name             = "adot-collector"
      image            = local.imagem_adot
      essential        = false
      environment      = [{ name = "AOT_CONFIG_CONTENT", value = file("${path.module}/adot-config.yaml") }]
      logConfiguration = { logDriver = "awslogs", options = merge(local.opcoes_log[each.key], { awslogs-stream-prefix = "adot" }) }
    },
    {
      name      = "appconfig-agent"
      image     = local.imagem_appconfig
      essential = false
      environment = [
        { name = "PREFETCH_LIST", value = var.caminho_flags },
        { name = "POLL_INTERVAL", value = "30" },
        { name = "SERVICE_REGION", value = var.regiao },
      ]
      logConfiguration = { logDriver = "awslogs", options = merge(local.opcoes_log[each.key], { awslogs-stream-prefix = "appconfig" }) }
    },
  ])
}

# Created only once images and database roles exist (implantar_servicos; README, first environment).
resource "aws_ecs_service" "this" {
  for_each                          = local.servicos_ativos
  name                              = "${each.key}-service"
  cluster                           = aws_ecs_cluster.this.id
  task_definition                   = aws_ecs_task_definition.this[each.key].arn
  desired_count                     = each.value.minimo
  launch_type                       = "FARGATE"
  platform_version                  = "LATEST"
  health_check_grace_period_seconds = local.carencia_saude_segundos
  enable_execute_command            = false
  propagate_tags                    = "SERVICE"

  deployment_controller {
    type = "CODE_DEPLOY"
  }

  network_configuration {
    subnets          = var.subnets
    security_groups  = [var.grupos_seguranca[each.key]]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = var.grupos_alvo_azuis[each.key]
    container_name   = "app"
    container_port   = each.value.porta
  }

  # CodeDeploy owns the task definition and the active target group after the first deployment;
  # autoscaling owns desired_count.
  lifecycle {
    ignore_changes = [task_definition, load_balancer, desired_count]
  }
}
