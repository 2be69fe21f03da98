variable "prefixo" {
  type = string
}

variable "regiao" {
  type = string
}

variable "cidr_vpc" {
  type = string
}

variable "azs" {
  type = list(string)
  validation {
    condition     = length(var.azs) == 3
    error_message = "The network spans exactly three AZs."
  }
}

variable "nat_por_az" {
  type = bool
}

variable "chave_logs_arn" {
  description = "KMS key of the flow-log group."
  type        = string
}

variable "retencao_logs_dias" {
  type = number
}
