# VPC over three AZs: public subnets hold only the NAT gateways; everything else (ALB, tasks, RDS, Redis,
# VPC endpoints) lives in private subnets. Nothing in this VPC accepts traffic from the internet.
resource "aws_vpc" "this" {
  cidr_block           = var.cidr_vpc
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = var.prefixo }
}

resource "aws_subnet" "publica" {
  count                   = length(var.azs)
  vpc_id                  = aws_vpc.this.id
  availability_zone       = var.azs[count.index]
  cidr_block              = cidrsubnet(var.cidr_vpc, 8, count.index)
  map_public_ip_on_launch = false
  tags                    = { Name = "${var.prefixo}-publica-${var.azs[count.index]}", Camada = "publica" }
}

resource "aws_subnet" "privada" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.this.id
  availability_zone = var.azs[count.index]
  cidr_block        = cidrsubnet(var.cidr_vpc, 4, count.index + 1)
  tags              = { Name = "${var.prefixo}-privada-${var.azs[count.index]}", Camada = "privada" }
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
  tags   = { Name = var.prefixo }
}

resource "aws_eip" "nat" {
  count  = var.nat_por_az ? length(var.azs) : 1
  domain = "vpc"
  tags   = { Name = "${var.prefixo}-nat-${count.index}" }
}

# Egress to the external bureau APIs goes through NAT; AWS APIs go through the VPC endpoints below.
resource "aws_nat_gateway" "this" {
  count         = var.nat_por_az ? length(var.azs) : 1
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.publica[count.index].id
  tags          = { Name = "${var.prefixo}-nat-${count.index}" }
  depends_on    = [aws_internet_gateway.this]
}

resource "aws_route_table" "publica" {
  vpc_id = aws_vpc.this.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }
  tags = { Name = "${var.prefixo}-publica" }
}

resource "aws_route_table_association" "publica" {
  count          = length(var.azs)
  subnet_id      = aws_subnet.publica[count.index].id
  route_table_id = aws_route_table.publica.id
}

resource "aws_route_table" "privada" {
  count  = length(var.azs)
  vpc_id = aws_vpc.this.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.this[var.nat_por_az ? count.index : 0].id
  }
  tags = { Name = "${var.prefixo}-privada-${var.azs[count.index]}" }
}

resource "aws_route_table_association" "privada" {
  count          = length(var.azs)
  subnet_id      = aws_subnet.privada[count.index].id
  route_table_id = aws_route_table.privada[count.index].id
}

# The default security group of a VPC allows all traffic between its members; strip it.
resource "aws_default_security_group" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_flow_log" "this" {
  vpc_id               = aws_vpc.this.id
  traffic_type         = "REJECT"
  log_destination_type = "cloud-watch-logs"
  log_destination      = aws_cloudwatch_log_group.flow.arn
  iam_role_arn         = module.papel_flow.arn
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "/credito/${var.prefixo}/vpc-flow"
  retention_in_days = var.retencao_logs_dias
  kms_key_id        = var.chave_logs_arn
}

data "aws_iam_policy_document" "flow" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
    resources = ["${aws_cloudwatch_log_group.flow.arn}:*"]
  }
}

module "papel_flow" {
  source    = "../papel"
  nome      = "${var.prefixo}-vpc-flow"
  principal = "vpc-flow-logs.amazonaws.com"
  politicas = { escrever_flow_logs = data.aws_iam_policy_document.flow.json }
}
