/** historico-service client ({@code GET /v1/historico/contratos/{idCliente}}, scope historico:ler). */
package br.com.credito.concessao.decisao.adapter.out.historico;
