/**
 * Publishes {@code investimento-criado} through a transactional outbox: Spring Modulith's event publication registry
 * ({@code event_publication}) stores the event in the registering transaction; after commit
 * {@link br.com.credito.investimento.investimento.adapter.out.mensageria.PublicadorInvestimentoCriado} sends it to SQS
 * (local) or SNS (aws) and the registry forgets it; failed sends are resubmitted with exponential backoff by
 * {@link br.com.credito.investimento.investimento.adapter.out.mensageria.ReenvioDePublicacoes}.
 */
package br.com.credito.investimento.investimento.adapter.out.mensageria;
