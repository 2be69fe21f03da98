# Sizing (50 TPS average, 600 TPS peaks): every request crosses concessao and each downstream once, so each service
# sees up to ~600 req/s. At the target of requisicoes_por_alvo per task per minute (6000 = 100 req/s in prod) the
# peak needs ~6 tasks; the floor of 3 keeps one task per AZ, and CPU tracking catches load the request count misses.
# Scale-out starts cold JVMs: each new task warms up before readiness, then the target group's slow_start ramps its
# share (modules/alb), so a new task never takes a full share while cold.
resource "aws_appautoscaling_target" "this" {
  for_each           = local.servicos_ativos
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${aws_ecs_cluster.this.name}/${aws_ecs_service.this[each.key].name}"
  min_capacity       = each.value.minimo
  max_capacity       = each.value.maximo
}

# Two target-tracking policies per service; ECS scales out on whichever asks for more tasks.
# CPU: the predefined ECS metric.
resource "aws_appautoscaling_policy" "cpu" {
  for_each           = local.servicos_ativos
  name               = "${each.key}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[each.key].service_namespace
  scalable_dimension = aws_appautoscaling_target.this[each.key].scalable_dimension
  resource_id        = aws_appautoscaling_target.this[each.key].resource_id

  target_tracking_scaling_policy_configuration {
    target_value       = each.value.cpu_alvo
    scale_out_cooldown = 60
    scale_in_cooldown  = 300
    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

# Requests per running task over BOTH target groups: CodeDeploy leaves blue or green active after each deployment,
# and ALBRequestCountPerTarget names one group only, so it would go blank after a swap.
resource "aws_appautoscaling_policy" "requisicoes" {
  for_each           = local.servicos_ativos
  name               = "${each.key}-requisicoes"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[each.key].service_namespace
  scalable_dimension = aws_appautoscaling_target.this[each.key].scalable_dimension
  resource_id        = aws_appautoscaling_target.this[each.key].resource_id

  target_tracking_scaling_policy_configuration {
    target_value       = each.value.requisicoes_por_alvo
    scale_out_cooldown = 60
    scale_in_cooldown  = 300

    customized_metric_specification {
      metrics {
        id          = "por_tarefa"
        label       = "requests per running task per minute, blue + green"
        expression  = "(FILL(azul, 0) + FILL(verde, 0)) / tarefas"
        return_data = true
      }

      dynamic "metrics" {
        for_each = { azul = var.alvos_escala[each.key].azul, verde = var.alvos_escala[each.key].verde }
        content {
          id          = metrics.key
          return_data = false
          metric_stat {
            stat = "Sum"
            metric {
              namespace   = "AWS/ApplicationELB"
              metric_name = "RequestCount"
              dimensions {
                name  = "LoadBalancer"
                value = var.alvos_escala[each.key].alb
              }
              dimensions {
                name  = "TargetGroup"
                value = metrics.value
              }
            }
          }
        }
      }

      metrics {
        id          = "tarefas"
        return_data = false
        metric_stat {
          stat = "Average"
          metric {
            namespace   = "ECS/ContainerInsights"
            metric_name = "RunningTaskCount"
            dimensions {
              name  = "ClusterName"
              value = aws_ecs_cluster.this.name
            }
            dimensions {
              name  = "ServiceName"
              value = aws_ecs_service.this[each.key].name
            }
          }
        }
      }
    }
  }
}
