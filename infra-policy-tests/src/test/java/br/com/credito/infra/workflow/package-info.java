/** Structure of .github/workflows and deploy/appspec, read with SnakeYAML. */
package br.com.credito.infra.workflow;
