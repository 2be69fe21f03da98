# Set these as variables of the GitHub environment of the same name (AWS_PLAN_ROLE_<ENV> as repository variables).
output "papel_plan" {
  value = aws_iam_role.plan.arn
}

output "papel_terraform" {
  value = aws_iam_role.terraform.arn
}

output "papel_deploy" {
  value = aws_iam_role.deploy.arn
}
