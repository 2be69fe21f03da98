variable "ambiente" {
  description = "Environment name: dev or prod."
  type        = string
  validation {
    condition     = contains(["dev", "prod"], var.ambiente)
    error_message = "ambiente must be dev or prod."
  }
}

variable "conta_aws" {
  description = "AWS account id of this environment (one account per environment)."
  type        = string
}

variable "regiao" {
  description = "AWS region."
  type        = string
  default     = "sa-east-1"
}

variable "azs" {
  description = "Availability zones; the platform spreads every tier over three."
  type        = list(string)
  validation {
    condition     = length(var.azs) == 3
    error_message = "Exactly three availability zones are required (99.9 % target)."
  }
}

variable "cidr_vpc" {
  description = "CIDR of the VPC."
  type        = string
}

variable "nat_por_az" {
  description = "One NAT gateway per AZ (prod) or a single shared one (dev, cheaper, not AZ-resilient)."
  type        = bool
}

variable "dominio_interno" {
  description = "Private DNS name of the internal ALB (e.g. servicos.credito.internal)."
  type        = string
}

variable "certificado_alb_arn" {
  description = "ACM certificate (private CA) for the internal ALB listeners."
  type        = string
}

variable "tag_imagem_inicial" {
  description = "Image tag of the first task definitions; later deploys register new revisions with the commit SHA."
  type        = string
}

variable "dimensionamento" {
  description = "Per-service task size and autoscaling bounds."
  type = map(object({
    cpu                  = number
    memoria              = number
    minimo               = number
    maximo               = number
    requisicoes_por_alvo = number
    cpu_alvo             = number
  }))
}

variable "banco" {
  description = "RDS PostgreSQL sizing and protection."
  type = object({
    classe               = string
    armazenamento_gb     = number
    armazenamento_max_gb = number
    retencao_backup_dias = number
    protecao_exclusao    = bool
  })
}

variable "cache" {
  description = "ElastiCache Redis sizing."
  type = object({
    tipo_no = string
    num_nos = number
  })
}

variable "retencao_logs_dias" {
  description = "CloudWatch Logs retention."
  type        = number
}

variable "api_throttling" {
  description = "API Gateway stage throttling (steady rate and burst), sized above the 600 TPS peak."
  type = object({
    taxa   = number
    rajada = number
  })
}

variable "alarme_email" {
  description = "Address subscribed to the alarm topic (empty: no subscription)."
  type        = string
  default     = ""
}

variable "canary_deploy" {
  description = "CodeDeploy config: percent shifted first and minutes before the rest."
  type = object({
    percentual = number
    minutos    = number
  })
}

variable "bureau_url" {
  description = "Base URL of the external score/history bureau (reached through NAT)."
  type        = string
}

variable "segredo_sentry_arn" {
  description = "ARN of a secret holding the Sentry DSN, created out of band; empty: Sentry stays off."
  type        = string
  default     = ""
}
