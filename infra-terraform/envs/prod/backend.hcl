# terraform init -reconfigure -backend-config=envs/prod/backend.hcl
# The bucket (versioned, KMS-encrypted, public access blocked) lives in the prod account and is created once by hand
# or by the bootstrap stack; state locking uses an S3 lock file (use_lockfile in versions.tf), no DynamoDB table.
bucket     = "credito-terraform-state-prod"
key        = "credito/prod/terraform.tfstate"
region     = "sa-east-1"
kms_key_id = "alias/credito-terraform-state"
