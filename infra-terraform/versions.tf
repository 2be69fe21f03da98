terraform {
  # 1.10+ for S3-native state locking, 1.11+ for write-only attributes (secrets never land in state).
  required_version = ">= 1.11.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.7"
    }
    archive = {
      source  = "hashicorp/archive"
      version = "~> 2.7"
    }
    http = {
      source  = "hashicorp/http"
      version = "~> 3.5"
    }
  }

  # Partial configuration: bucket, key, region and kms_key_id come from envs/<env>/backend.hcl
  # (terraform init -backend-config=envs/prod/backend.hcl). One state per environment.
  backend "s3" {
    use_lockfile = true
    encrypt      = true
  }
}

provider "aws" {
  region = var.regiao

  # A plan against the wrong account fails instead of touching it.
  allowed_account_ids = [var.conta_aws]

  default_tags {
    tags = {
      Sistema     = "credito"
      Ambiente    = var.ambiente
      GerenciaPor = "terraform"
      Repositorio = "credito/infra-terraform"
    }
  }
}
