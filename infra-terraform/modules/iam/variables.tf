variable "prefixo" {
  type = string
}

variable "servicos" {
  description = <<-EOT
    Per service, exactly the resources it may touch: the queue it consumes, the topic it publishes to, the secrets
    injected into its task, the log group and the image repository of its own, the KMS keys behind them.
  EOT
  type = map(object({
    filas_consumo      = list(string)
    topicos_publicacao = list(string)
    chaves_mensageria  = list(string)
    segredos           = list(string)
    chaves_segredos    = list(string)
    grupo_logs_arn     = string
    repositorio_arn    = string
    repositorios_cache = string
    namespace_metricas = string
  }))
}

variable "perfil_flags_arn" {
  description = "ARN pattern of the AppConfig configuration profile of the feature flags (application/environment/profile)."
  type        = string
}
