output "perfil_arn" {
  description = "ARN of the flag profile in this environment, the only AppConfig resource a task role may read."
  value       = "arn:aws:appconfig:${var.regiao}:${data.aws_caller_identity.atual.account_id}:application/${aws_appconfig_application.this.id}/environment/${aws_appconfig_environment.this.environment_id}/configuration/${aws_appconfig_configuration_profile.flags.configuration_profile_id}"
}

output "caminho_agente" {
  description = "Path the AppConfig Agent serves the flags on (http://localhost:2772 + this)."
  value       = "/applications/${aws_appconfig_application.this.name}/environments/${aws_appconfig_environment.this.name}/configurations/${aws_appconfig_configuration_profile.flags.name}"
}
