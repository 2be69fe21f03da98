/** score-service client ({@code GET /v1/score/{idCliente}}, scope score:ler). */
package br.com.credito.concessao.decisao.adapter.out.score;
