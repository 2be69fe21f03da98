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

variable "tag_imagem" {
  description = "Commit SHA the first task definitions run (the pipeline pushed it before this apply)."
  type        = string
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

variable "alvos_escala" {
  description = "Per service: ALB ARN suffix and the blue and green target group ARN suffixes (request-count scaling)."
  type = map(object({
    alb   = string
    azul  = string
    verde = string
  }))
}

variable "caminho_flags" {
  description = "AppConfig Agent path of the feature-flag profile (/applications/<app>/environments/<env>/configurations/<profile>)."
  type        = string
}

variable "implantar_servicos" {
  description = "false in the first apply of an environment: no ECS service yet (root variables.tf)."
  type        = bool
}

variable "segredo_mestre_arn" {
  description = "ARN of the RDS-managed master secret (database-roles task)."
  type        = string
}

variable "segredos_banco" {
  description = "Secret ARN per database-owning service (username, password)."
  type        = map(string)
}

variable "banco_endereco" {
  description = "RDS endpoint address (no port)."
  type        = string
}

variable "sg_papeis_banco" {
  type = string
}

variable "chave_logs_arn" {
  type = string
}

variable "retencao_logs_dias" {
  type = number
}
