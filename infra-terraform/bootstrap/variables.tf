variable "ambiente" {
  type = string
}

variable "regiao" {
  type    = string
  default = "sa-east-1"
}

variable "repositorio" {
  description = "GitHub repository allowed to assume the roles (owner/name)."
  type        = string
}
