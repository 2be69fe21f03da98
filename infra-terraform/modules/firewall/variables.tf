variable "prefixo" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "servicos" {
  description = "Service catalogue (see the root locals): porta, banco, cache, chama_servicos."
  type = map(object({
    porta          = number
    banco          = bool
    cache          = bool
    chama_servicos = bool
  }))
}
