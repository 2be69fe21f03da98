variable "prefixo" {
  type = string
}

variable "regiao" {
  type = string
}

variable "subnets" {
  type = list(string)
}

variable "sg_vpc_link" {
  type = string
}

variable "listener_arn" {
  description = "Prod listener of the internal ALB."
  type        = string
}

variable "dominio_interno" {
  description = "Name on the ALB certificate, verified by API Gateway over the VPC link."
  type        = string
}

variable "throttling" {
  type = object({
    taxa   = number
    rajada = number
  })
}

variable "retencao_logs_dias" {
  type = number
}

variable "chave_logs_arn" {
  type = string
}

variable "chave_dados_arn" {
  description = "KMS key of the secret that holds concessao's client secret."
  type        = string
}
