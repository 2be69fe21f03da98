# Tasks reach AWS APIs privately: no AWS call leaves the VPC through NAT.
locals {
  endpoints_interface = [
    "ecr.api", "ecr.dkr", "sqs", "sns", "secretsmanager", "logs", "monitoring", "xray",
    "appconfig", "appconfigdata", "kms", "sts",
  ]
}

resource "aws_security_group" "endpoints" {
  name        = "${var.prefixo}-vpc-endpoints"
  description = "HTTPS from inside the VPC to the interface endpoints"
  vpc_id      = aws_vpc.this.id
}

resource "aws_vpc_security_group_ingress_rule" "endpoints_https" {
  security_group_id = aws_security_group.endpoints.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = var.cidr_vpc
}

resource "aws_vpc_endpoint" "interface" {
  for_each            = toset(local.endpoints_interface)
  vpc_id              = aws_vpc.this.id
  service_name        = "com.amazonaws.${var.regiao}.${each.key}"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = aws_subnet.privada[*].id
  security_group_ids  = [aws_security_group.endpoints.id]
  private_dns_enabled = true
  tags                = { Name = "${var.prefixo}-${each.key}" }
}

# ECR stores image layers in S3: the gateway endpoint keeps image pulls off NAT.
resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.${var.regiao}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.privada[*].id
  tags              = { Name = "${var.prefixo}-s3" }
}
