output "vpc_id" {
  value = aws_vpc.this.id
}

output "cidr_vpc" {
  value = aws_vpc.this.cidr_block
}

output "subnets_privadas" {
  value = aws_subnet.privada[*].id
}

output "subnets_publicas" {
  value = aws_subnet.publica[*].id
}

output "sg_endpoints" {
  description = "Security group of the interface endpoints (tasks' egress to AWS APIs goes to it, not to 0.0.0.0/0)."
  value       = aws_security_group.endpoints.id
}

output "lista_prefixos_s3" {
  description = "Prefix list of the S3 gateway endpoint (ECR image layers)."
  value       = aws_vpc_endpoint.s3.prefix_list_id
}
