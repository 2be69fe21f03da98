variable "prefixo" {
  type = string
}

variable "regiao" {
  type = string
}

variable "subnets" {
  type = list(string)
}

variable "chave_dados_arn" {
  description = "KMS key of the image repositories."
  type        = string
}

variable "tag_imagem_inicial" {
  type = string
}

variable "servicos" {
  description = "Per service: port, task size, autoscaling bounds, plain environment and secrets (name => valueFrom ARN)."
  type = map(object({
    porta                = number
    cpu                  = number
    memoria              = number
    minimo               = number
    maximo               = number
    requisicoes_por_alvo = number
    cpu_alvo             = number
    ambiente             = map(string)
    segredos             = map(string)
  }))
}

variable "papeis_tarefa" {
  type = map(string)
}

variable "papeis_execucao" {
  type = map(string)
}

variable "grupos_seguranca" {
  type = map(string)
}

variable "grupos_logs" {
  description = "CloudWatch log group name per service (created by the observability module, with retention)."
  type        = map(string)
}

variable "grupos_alvo_azuis" {
  type = map(string)
}

variable "rotulos_escala" {
  description = "Per service, \"<alb arn suffix>/<blue target group arn suffix>\" for ALBRequestCountPerTarget."
  type        = map(string)
}

variable "caminho_flags" {
  description = "AppConfig Agent path of the feature-flag profile (/applications/<app>/environments/<env>/configurations/<profile>)."
  type        = string
}
