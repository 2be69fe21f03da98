/**
 * motor-regras-service client ({@code POST /v1/regras/avaliar}, scope regras:avaliar). The evaluation is pure (the
 * engine stores nothing), so retrying it once is safe; when it cannot answer, no decision is invented.
 */
package br.com.credito.concessao.decisao.adapter.out.regras;
