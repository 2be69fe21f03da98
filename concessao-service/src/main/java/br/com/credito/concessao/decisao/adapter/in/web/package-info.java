/**
 * REST API of the service: the decision ({@code POST /v1/cartao/concessao}), the card's status, its limit history, and
 * the explanation of a decision with the customer's review request. Controllers only translate HTTP to use cases.
 */
package br.com.credito.concessao.decisao.adapter.in.web;
