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

locals {
  # Two target-tracking policies per service; ECS scales out on whichever asks for more tasks.
  metricas_escala = {
    cpu         = "ECSServiceAverageCPUUtilization"
    requisicoes = "ALBRequestCountPerTarget"
  }
  politicas_escala = { for par in setproduct(keys(var.servicos), keys(local.metricas_escala)) : join("-", par) => { servico = par[0], tipo = par[1] } }
}

# The request policy tracks the blue group: after a deployment that leaves green active, the CPU policy still
# scales, and the next deployment returns to blue. README, "Known limits".
resource "aws_appautoscaling_policy" "this" {
  for_each           = local.politicas_escala
  name               = each.key
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this[each.value.servico].service_namespace
  scalable_dimension = aws_appautoscaling_target.this[each.value.servico].scalable_dimension
  resource_id        = aws_appautoscaling_target.this[each.value.servico].resource_id

  target_tracking_scaling_policy_configuration {
    target_value       = each.value.tipo == "cpu" ? var.servicos[each.value.servico].cpu_alvo : var.servicos[each.value.servico].requisicoes_por_alvo
    scale_out_cooldown = 60
    scale_in_cooldown  = 300
    predefined_metric_specification {
      predefined_metric_type = local.metricas_escala[each.value.tipo]
      resource_label         = each.value.tipo == "cpu" ? null : var.rotulos_escala[each.value.servico]
    }
  }
}
