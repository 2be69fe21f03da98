# Feature flags in AWS AppConfig (application "credito", one environment per account, profile "feature-flags").
# Services read them through the AppConfig Agent sidecar on localhost:2772. A flag change rolls out gradually and
# AppConfig rolls it back by itself if one of the monitored alarms fires meanwhile.
data "aws_caller_identity" "atual" {}

locals {
  aplicacao = "credito"
  perfil    = "feature-flags"
}

resource "aws_appconfig_application" "this" {
  name        = local.aplicacao
  description = "Feature flags of the credit platform"
}

resource "aws_appconfig_environment" "this" {
  name           = var.ambiente
  application_id = aws_appconfig_application.this.id

  dynamic "monitor" {
    for_each = toset(var.alarmes_monitorados)
    content {
      alarm_arn      = monitor.value
      alarm_role_arn = module.papel_monitor.arn
    }
  }
}

resource "aws_appconfig_configuration_profile" "flags" {
  application_id = aws_appconfig_application.this.id
  name           = local.perfil
  location_uri   = "hosted"
  type           = "AWS.AppConfig.FeatureFlags"
}

# The flag catalogue: flags.json is the only list of flags, with the names concessao reads (the policy tests compare
# it with OpenFeatureSinalizadores and application.yml). A value change is a pull request: a new hosted version,
# deployed below with the gradual strategy; AppConfig rolls it back by itself if a monitored alarm fires meanwhile.
resource "aws_appconfig_hosted_configuration_version" "flags" {
  application_id           = aws_appconfig_application.this.id
  configuration_profile_id = aws_appconfig_configuration_profile.flags.configuration_profile_id
  content_type             = "application/json"
  content                  = file("${path.module}/flags.json")
}

resource "aws_appconfig_deployment" "flags" {
  application_id           = aws_appconfig_application.this.id
  environment_id           = aws_appconfig_environment.this.environment_id
  configuration_profile_id = aws_appconfig_configuration_profile.flags.configuration_profile_id
  configuration_version    = aws_appconfig_hosted_configuration_version.flags.version_number
  deployment_strategy_id   = aws_appconfig_deployment_strategy.gradual.id
  description              = "Flag catalogue of infra-terraform/modules/flags/flags.json"
}

resource "aws_appconfig_deployment_strategy" "gradual" {
  name                           = "credito-gradual-10min"
  deployment_duration_in_minutes = 10
  final_bake_time_in_minutes     = 10
  growth_factor                  = 20
  growth_type                    = "LINEAR"
  replicate_to                   = "NONE"
}

data "aws_iam_policy_document" "monitor" {
  statement {
    actions   = ["cloudwatch:DescribeAlarms"]
    resources = var.alarmes_monitorados
  }
}

module "papel_monitor" {
  source    = "../papel"
  nome      = "credito-${var.ambiente}-appconfig-monitor"
  principal = "appconfig.amazonaws.com"
  politicas = { ler_alarmes = data.aws_iam_policy_document.monitor.json }
}
