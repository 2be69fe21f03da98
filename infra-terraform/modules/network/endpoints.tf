# Tasks reach AWS APIs privately: no AWS call leaves the VPC through NAT. Each endpoint carries a policy: only
# principals of this account pass through it (a credential of another account cannot use our endpoints to move data
# out). S3 admits only this account's buckets and ECR's layer bucket. aws:ResourceAccount is not used on the
# interface endpoints because APIs without resource-level permissions (X-Ray, PutMetricData) may lack it.
locals {
  endpoints_interface = [
    "ecr.api", "ecr.dkr", "sqs", "sns", "secretsmanager", "logs", "monitoring", "xray",
    "appconfig", "appconfigdata", "kms", "sts", "codedeploy",
  ]
}

data "aws_caller_identity" "atual" {}

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

data "aws_iam_policy_document" "endpoint" {
  statement {
    sid       = "SomenteEstaConta"
    actions   = ["*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalAccount"
      values   = [data.aws_caller_identity.atual.account_id]
    }
  }
}

resource "aws_vpc_endpoint" "interface" {
  for_each            = toset(local.endpoints_interface)
  vpc_id              = aws_vpc.this.id
  service_name        = "com.amazonaws.${var.regiao}.${each.key}"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = aws_subnet.privada[*].id
  security_group_ids  = [aws_security_group.endpoints.id]
  private_dns_enabled = true
  policy              = data.aws_iam_policy_document.endpoint.json
  tags                = { Name = "${var.prefixo}-${each.key}" }
}

# ECR stores image layers in an AWS-owned S3 bucket: the gateway endpoint keeps image pulls off NAT.
data "aws_iam_policy_document" "s3" {
  statement {
    sid       = "CamadasDeImagemDoEcr"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::prod-${var.regiao}-starport-layer-bucket/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
  statement {
    sid       = "BucketsDestaConta"
    actions   = ["s3:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceAccount"
      values   = [data.aws_caller_identity.atual.account_id]
    }
  }
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.${var.regiao}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.privada[*].id
  policy            = data.aws_iam_policy_document.s3.json
  tags              = { Name = "${var.prefixo}-s3" }
}
