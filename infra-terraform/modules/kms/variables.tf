variable "prefixo" {
  type = string
}

variable "regiao" {
  type = string
}
