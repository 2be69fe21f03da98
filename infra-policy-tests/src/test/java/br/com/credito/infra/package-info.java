/**
 * Policy tests of the delivery: the promises of infra-terraform/README.md (encryption, DLQs, network exposure,
 * Multi-AZ, least-privilege roles, rollback alarms, remote state) checked on the Terraform source parsed with hcl4j,
 * and the structure of the GitHub workflows and CodeDeploy appspecs. No provider, no AWS account, no terraform
 * binary needed.
 */
package br.com.credito.infra;
