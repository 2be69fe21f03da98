output "aplicacao" {
  value = aws_codedeploy_app.this.name
}

output "grupos_implantacao" {
  value = { for nome, grupo in aws_codedeploy_deployment_group.this : nome => grupo.deployment_group_name }
}
