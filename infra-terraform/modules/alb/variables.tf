variable "prefixo" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "subnets" {
  type = list(string)
}

variable "sg_alb" {
  type = string
}

variable "certificado_arn" {
  type = string
}

variable "dominio_interno" {
  type = string
}

variable "servicos" {
  description = "Per service: container port, ALB path patterns and rule priority."
  type = map(object({
    porta      = number
    caminhos   = list(string)
    prioridade = number
  }))
}
