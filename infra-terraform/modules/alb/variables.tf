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

variable "zona_publica" {
  description = "Public hosted zone where ACM validates the certificate of dominio_interno."
  type        = string
}

variable "limite_por_cliente" {
  description = "Requests per minute per API client (header x-credito-cliente, set by API Gateway from the token's client_id)."
  type        = number
}

variable "chave_logs_arn" {
  type = string
}

variable "retencao_logs_dias" {
  type = number
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
