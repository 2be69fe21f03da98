variable "prefixo" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "servicos" {
  description = "Service catalogue (see the root locals): porta, banco, cache, chama_servicos, internet (why it needs NAT; empty: it does not)."
  type = map(object({
    porta          = number
    banco          = bool
    cache          = bool
    chama_servicos = bool
    internet       = string
  }))
}

variable "sg_endpoints" {
  description = "Security group of the VPC interface endpoints."
  type        = string
}

variable "lista_prefixos_s3" {
  description = "Prefix list id of the S3 gateway endpoint."
  type        = string
}
