/** Business metrics of decisions, published through Micrometer (Prometheus locally, CloudWatch in AWS). */
package br.com.credito.concessao.decisao.adapter.out.metricas;
