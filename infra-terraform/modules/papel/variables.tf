variable "nome" {
  type = string
}

variable "principal" {
  description = "Service principal that assumes the role, e.g. lambda.amazonaws.com."
  type        = string
}

variable "politicas" {
  description = "Inline policies: name => an aws_iam_policy_document's json."
  type        = map(string)
  default     = {}
}

variable "politicas_gerenciadas" {
  description = "ARNs of AWS-managed policies to attach."
  type        = list(string)
  default     = []
}
