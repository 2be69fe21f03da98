package br.com.credito.concessao.decisao.adapter.in.web;

import jakarta.validation.constraints.Size;

/** Optional body of a review request: the customer's own words, if any. */
record RevisaoRequest(@Size(max = 500) String justificativa) {}
