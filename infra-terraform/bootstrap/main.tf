# Applied once per account by an administrator, with local state kept in a safe place (it creates the remote
# state's own bucket): the Terraform state bucket and the roles GitHub Actions assumes through OIDC.
#   terraform init && terraform apply -var ambiente=prod -var repositorio=org/credito
terraform {
  required_version = ">= 1.11.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

provider "aws" {
  region = var.regiao
}

data "aws_caller_identity" "atual" {}

locals {
  bucket = "credito-terraform-state-${var.ambiente}"
  # OIDC subjects with the repository's customised claim template (repo, context, job_workflow_ref; README, first
  # environment): each role is bound to an environment AND to the one workflow file allowed to use it on main.
  fluxo       = "${var.repositorio}/.github/workflows"
  sub_plano   = "repo:${var.repositorio}:environment:${var.ambiente}-plano:job_workflow_ref:${local.fluxo}/implantar-ambiente.yml@refs/heads/main"
  sub_aplicar = "repo:${var.repositorio}:environment:${var.ambiente}:job_workflow_ref:${local.fluxo}/implantar-ambiente.yml@refs/heads/main"
  sub_servico = "repo:${var.repositorio}:environment:${var.ambiente}-servicos:job_workflow_ref:${local.fluxo}/implantar-servicos.yml@refs/heads/main"
  # Pull requests plan against dev only (plano.yml); nothing from a pull request can assume a prod role.
  sub_pr = "repo:${var.repositorio}:pull_request:job_workflow_ref:${local.fluxo}/plano.yml@refs/pull/*"
  confianca = {
    plan      = var.ambiente == "dev" ? [local.sub_plano, local.sub_pr] : [local.sub_plano]
    terraform = [local.sub_aplicar]
    deploy    = [local.sub_servico]
  }
}

resource "aws_kms_key" "estado" {
  description         = "Terraform state of credito-${var.ambiente}"
  enable_key_rotation = true
}

resource "aws_kms_alias" "estado" {
  name          = "alias/credito-terraform-state"
  target_key_id = aws_kms_key.estado.key_id
}

resource "aws_s3_bucket" "estado" {
  bucket = local.bucket
}

resource "aws_s3_bucket_versioning" "estado" {
  bucket = aws_s3_bucket.estado.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "estado" {
  bucket = aws_s3_bucket.estado.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.estado.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "estado" {
  bucket                  = aws_s3_bucket.estado.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "estado" {
  bucket = aws_s3_bucket.estado.id
  policy = data.aws_iam_policy_document.somente_tls.json
}

data "aws_iam_policy_document" "somente_tls" {
  statement {
    sid       = "SomenteTls"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.estado.arn, "${aws_s3_bucket.estado.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "confia_no_github" {
  for_each = local.confianca
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = each.value
    }
  }
}
