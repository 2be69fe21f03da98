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

variable "zona_publica" {
  description = "Public Route 53 hosted zone of the bank's domain (e.g. credito.example.com.br). ACM validates the internal ALB certificate in it, so the certificate is publicly trusted (API Gateway's private integration, the smoke-test Lambda and the JVMs trust it with their default trust stores)."
  type        = string
}

variable "dominio_interno" {
  description = "Name of the internal ALB (e.g. servicos.credito.example.com.br): inside zona_publica, resolved only inside the VPC (private hosted zone), on a publicly trusted ACM certificate."
  type        = string
  validation {
    condition     = can(regex("[.]${replace(var.zona_publica, ".", "[.]")}$", var.dominio_interno))
    error_message = "dominio_interno must be a name inside zona_publica: ACM validates the certificate through that public zone."
  }
}

variable "tag_imagem" {
  description = "Image tag (commit SHA) the task definitions start on. The pipeline passes the SHA it has just pushed; there is no default, so no service can start on a tag nobody pushed."
  type        = string
  validation {
    condition     = can(regex("^[0-9a-f]{40}$", var.tag_imagem))
    error_message = "tag_imagem must be a full commit SHA (the tag the pipeline pushes to the immutable repositories)."
  }
}

variable "implantar_servicos" {
  description = "false only in the first apply of an environment: everything but the ECS services, their autoscaling and CodeDeploy groups, so that images are pushed and the database roles exist before any task starts (README, first environment)."
  type        = bool
  default     = true
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
  description = "API Gateway stage throttling (steady rate and burst), sized above the 600 TPS peak: the ceiling for all clients together."
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

variable "limite_por_cliente" {
  description = "Requests one API client (Cognito client_id) may send per minute before AWS WAF answers 429: no channel can starve the others (README, throttling)."
  type        = number
  validation {
    condition     = var.limite_por_cliente >= 10
    error_message = "limite_por_cliente is per minute and WAF's minimum is 10."
  }
}
