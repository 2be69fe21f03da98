# papel_plan: variable AWS_PLAN_ROLE of the GitHub environment <env>-plano (dev also AWS_PLAN_ROLE_DEV, repository);
# papel_terraform: AWS_TERRAFORM_ROLE of <env>; papel_deploy: AWS_DEPLOY_ROLE of <env>-servicos.
output "papel_plan" {
  value = aws_iam_role.plan.arn
}

output "papel_terraform" {
  value = aws_iam_role.terraform.arn
}

output "papel_deploy" {
  value = aws_iam_role.deploy.arn
}
