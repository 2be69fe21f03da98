variable "ambiente" {
  type = string
}

variable "regiao" {
  type = string
}

variable "alarmes_monitorados" {
  description = "Alarm ARNs that roll back a flag deployment (AppConfig environment monitors)."
  type        = list(string)
}
