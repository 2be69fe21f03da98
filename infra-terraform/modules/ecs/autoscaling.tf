# Sizing (50 TPS average, 600 TPS peaks): every request crosses concessao and each downstream once, so each service
# sees up to ~600 req/s. At the target of requisicoes_por_alvo per task per minute (6000 = 100 req/s in prod) the
# peak needs ~6 tasks; the floor of 3 keeps one task per AZ, and CPU tracking catches load the request count misses.
resource "aws_appautoscaling_target" "this" {
  for_each           = var.servicos
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${aws_ecs_cluster.this.name}/${aws_ecs_service.this[each.key].name}"
  min_capacity       = each.value.minimo
  max_capacity       = each.value.maximo
}

resource "aws_appautoscaling_policy" "cpu" {
  for_each           = var.servicos
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

# Tracks the blue group: after a deployment that leaves green active the CPU policy still scales, and the next
# deployment returns to blue. README, "Known limits".
resource "aws_appautoscaling_policy" "requisicoes" {
  for_each           = var.servicos
  name               = "${each.key}-requisicoes"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[each.key].service_namespace
  scalable_dimension = aws_appautoscaling_target.this[each.key].scalable_dimension
  resource_id        = aws_appautoscaling_target.this[each.key].resource_id

  target_tracking_scaling_policy_configuration {
    target_value       = each.value.requisicoes_por_alvo
    scale_out_cooldown = 60
    scale_in_cooldown  = 300
    predefined_metric_specification {
      predefined_metric_type = "ALBRequestCountPerTarget"
      resource_label         = var.rotulos_escala[each.key]
    }
  }
}
