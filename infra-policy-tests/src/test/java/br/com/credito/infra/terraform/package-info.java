/** Policies over infra-terraform/, read from the HCL source with hcl4j. */
package br.com.credito.infra.terraform;
