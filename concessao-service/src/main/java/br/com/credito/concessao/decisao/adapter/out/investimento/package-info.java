/** investimento-service client ({@code GET /v1/investimentos/posicao?idCliente=}, scope investimento:ler). */
package br.com.credito.concessao.decisao.adapter.out.investimento;
