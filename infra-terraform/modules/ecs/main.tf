# ECS Fargate: one service and task definition per microservice, deployed by CodeDeploy (blue/green). Terraform
# creates the first task definition; the deploy workflow registers new revisions with the commit SHA as image tag,
# so Terraform ignores the service's task_definition after creation.
locals {
  imagem_adot      = "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3"
  imagem_appconfig = "public.ecr.aws/aws-appconfig/aws-appconfig-agent:2.x"
  # The app and its sidecars write to the service's log group, one stream prefix per container.
  opcoes_log = { for nome, grupo in var.grupos_logs : nome => { awslogs-group = grupo, awslogs-region = var.regiao } }
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
      image                  = "${aws_ecr_repository.this[each.key].repository_url}:${var.tag_imagem_inicial}"
      essential              = true
      readonlyRootFilesystem = true
      stopTimeout            = 30
      portMappings           = [{ containerPort = each.value.porta, protocol = "tcp" }]
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp", readOnly = false }]
      environment            = [for nome, valor in each.value.ambiente : { name = nome, value = valor }]
      secrets                = [for nome, origem in each.value.segredos : { name = nome, valueFrom = origem }]
      dependsOn              = [{ containerName = "adot-collector", condition = "START" }, { containerName = "appconfig-agent", condition = "START" }]
      logConfiguration       = { logDriver = "awslogs", options = merge(local.opcoes_log[each.key], { awslogs-stream-prefix = "app" }) }
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

resource "aws_ecs_service" "this" {
  for_each                          = var.servicos
  name                              = "${each.key}-service"
  cluster                           = aws_ecs_cluster.this.id
  task_definition                   = aws_ecs_task_definition.this[each.key].arn
  desired_count                     = each.value.minimo
  launch_type                       = "FARGATE"
  platform_version                  = "LATEST"
  health_check_grace_period_seconds = 60
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
