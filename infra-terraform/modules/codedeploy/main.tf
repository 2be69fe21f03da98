# CodeDeploy blue/green for every ECS service: the new task set comes up behind the green group, the test
# listener points at it, the smoke-test hook (AfterAllowTestTraffic) checks it, then a canary shifts part of the
# production traffic, waits, and shifts the rest. Any rollback alarm firing meanwhile stops and rolls back.
resource "aws_codedeploy_app" "this" {
  name             = var.prefixo
  compute_platform = "ECS"
}

resource "aws_codedeploy_deployment_config" "canary" {
  deployment_config_name = "${var.prefixo}-canary-${var.canary.percentual}pct-${var.canary.minutos}min"
  compute_platform       = "ECS"

  traffic_routing_config {
    type = "TimeBasedCanary"
    time_based_canary {
      percentage = var.canary.percentual
      interval   = var.canary.minutos
    }
  }
}

# Created with the ECS services (implantar_servicos): a deployment group needs its service.
resource "aws_codedeploy_deployment_group" "this" {
  for_each               = var.implantar_servicos ? var.servicos : {}
  app_name               = aws_codedeploy_app.this.name
  deployment_group_name  = each.value.servico_ecs
  deployment_config_name = aws_codedeploy_deployment_config.canary.deployment_config_name
  service_role_arn       = module.papel_codedeploy.arn

  deployment_style {
    deployment_option = "WITH_TRAFFIC_CONTROL"
    deployment_type   = "BLUE_GREEN"
  }

  blue_green_deployment_config {
    deployment_ready_option {
      action_on_timeout = "CONTINUE_DEPLOYMENT"
    }
    terminate_blue_instances_on_deployment_success {
      action                           = "TERMINATE"
      termination_wait_time_in_minutes = 10
    }
  }

  ecs_service {
    cluster_name = var.cluster
    service_name = each.value.servico_ecs
  }

  load_balancer_info {
    target_group_pair_info {
      prod_traffic_route {
        listener_arns = [var.listener_prod_arn]
      }
      test_traffic_route {
        listener_arns = [var.listener_teste_arn]
      }
      target_group {
        name = each.value.grupo_azul
      }
      target_group {
        name = each.value.grupo_verde
      }
    }
  }

  alarm_configuration {
    enabled = true
    alarms  = var.alarmes[each.key]
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
  }
}

module "papel_codedeploy" {
  source                = "../papel"
  nome                  = "${var.prefixo}-codedeploy"
  principal             = "codedeploy.amazonaws.com"
  politicas_gerenciadas = ["arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS"]
}
