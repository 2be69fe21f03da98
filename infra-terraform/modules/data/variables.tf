variable "prefixo" {
  type = string
}

variable "subnets" {
  type = list(string)
}

variable "sg_banco" {
  type = string
}

variable "sg_cache" {
  type = string
}

variable "chave_dados_arn" {
  type = string
}

variable "chave_cache_arn" {
  type = string
}

variable "chave_logs_arn" {
  type = string
}

variable "retencao_logs_dias" {
  type = number
}

variable "servicos_banco" {
  description = "Services with their own schema and database role (concessao, motor-regras, investimento)."
  type        = set(string)
}

variable "banco" {
  type = object({
    classe               = string
    armazenamento_gb     = number
    armazenamento_max_gb = number
    retencao_backup_dias = number
    protecao_exclusao    = bool
  })
}

variable "cache" {
  type = object({
    tipo_no = string
    num_nos = number
  })
}
