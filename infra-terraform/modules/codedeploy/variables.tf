variable "prefixo" {
  type = string
}

variable "cluster" {
  type = string
}

variable "servicos" {
  description = "Per service: ECS service name, blue and green target group names, smoke-test path."
  type = map(object({
    servico_ecs   = string
    grupo_azul    = string
    grupo_verde   = string
    caminho_smoke = string
  }))
}

variable "listener_prod_arn" {
  type = string
}

variable "listener_teste_arn" {
  type = string
}

variable "canary" {
  description = "Traffic shifted to the new version first (percent) and how long it runs before the rest (minutes)."
  type = object({
    percentual = number
    minutos    = number
  })
}

variable "subnets" {
  type = list(string)
}

variable "sg_smoke" {
  type = string
}

variable "url_teste" {
  description = "Base URL of the ALB test listener (https://<dominio interno>:8443)."
  type        = string
}

variable "retencao_logs_dias" {
  type = number
}

variable "chave_logs_arn" {
  type = string
}

variable "alarmes" {
  description = "Per service, the alarms that stop and roll back its deployment (observability module)."
  type        = map(list(string))
}

variable "implantar_servicos" {
  type = bool
}

variable "regiao" {
  type = string
}
