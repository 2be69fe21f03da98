variable "prefixo" {
  type = string
}

variable "regiao" {
  type = string
}

variable "retencao_logs_dias" {
  type = number
}

variable "chave_logs_arn" {
  type = string
}

variable "chave_mensageria_arn" {
  description = "KMS key of the alarm topic."
  type        = string
}

variable "alarme_email" {
  type = string
}

variable "servicos" {
  description = "Per service: the Micrometer namespace and whether it has circuit breakers (Resilience4j)."
  type = map(object({
    namespace_metricas = string
    tem_circuitos      = bool
  }))
}

variable "cluster" {
  type = string
}

variable "alb_sufixo" {
  type = string
}

variable "grupos" {
  description = "alb module output: per \"<servico>-azul|verde\", name, arn and sufixo."
  type = map(object({
    nome   = string
    arn    = string
    sufixo = string
  }))
}

variable "fila_eventos" {
  description = "Name of the queue concessao consumes (event lag = age of its oldest message)."
  type        = string
}

variable "filas_dlq" {
  type = list(string)
}

variable "servico_outbox" {
  description = "Service that owns the outbox (publishes credito.outbox.idade)."
  type        = string
}

variable "orcamento_erro" {
  description = "Error budget: the share of requests allowed to fail (1 - 99.9 % availability)."
  type        = number
  default     = 0.001
}

variable "limiar_latencia_p95_segundos" {
  type    = number
  default = 0.3
}

variable "servicos_cache" {
  description = "Services that read Redis (their cache hit ratio is on the dashboard)."
  type        = list(string)
}

variable "api_id" {
  description = "API Gateway HTTP API id (its 5xx alarm)."
  type        = string
}

variable "servicos_publicos" {
  description = "Services behind API Gateway routes: API Gateway 5xx also stops their deployments."
  type        = list(string)
}
