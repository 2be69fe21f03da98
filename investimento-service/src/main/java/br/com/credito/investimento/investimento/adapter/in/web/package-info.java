/**
 * REST API of the investment area: {@code /v1/investimentos}, its items and {@code /v1/investimentos/posicao} (contract:
 * docs/contratos-internos.md).
 */
package br.com.credito.investimento.investimento.adapter.in.web;
