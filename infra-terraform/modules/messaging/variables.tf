variable "chave_mensageria_arn" {
  type = string
}
