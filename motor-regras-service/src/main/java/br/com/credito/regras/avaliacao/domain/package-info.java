/**
 * The credit policy itself, in plain Java: the request ({@link br.com.credito.regras.avaliacao.domain.SolicitacaoCredito}),
 * the versioned parameters ({@link br.com.credito.regras.avaliacao.domain.ParametrosPolitica}) and their coherence
 * check, one named class per rule returning a {@link br.com.credito.regras.avaliacao.domain.ResultadoRegra}, the
 * engine that combines them ({@link br.com.credito.regras.avaliacao.domain.MotorDeCredito}) and the batch comparison
 * used by simulations. Owns no data; the port {@link br.com.credito.regras.avaliacao.domain.CatalogoDePoliticas}
 * supplies the versions.
 */
package br.com.credito.regras.avaliacao.domain;
