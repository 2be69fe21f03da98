package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of the limit changes, oldest first; {@code causa} is CONCESSAO (a request) or EVENTO_INVESTIMENTO (idEvento
 * set). {@code pagina}, {@code tamanho} and {@code total} were added beside {@code alteracoes} (issue 16): the shape
 * a client already reads is unchanged.
 */
record HistoricoLimiteResponse(
        String idCliente, List<AlteracaoResponse> alteracoes, int pagina, int tamanho, long total) {

    record AlteracaoResponse(
            BigDecimal limiteAnterior,
            BigDecimal limiteNovo,
            String causa,
            UUID idConcessao,
            UUID idEvento,
            int versaoPolitica,
            Instant registradoEm) {}

    static HistoricoLimiteResponse de(
            String idCliente, List<AlteracaoLimite> alteracoes, int pagina, int tamanho, long total) {
        return new HistoricoLimiteResponse(
                idCliente,
                alteracoes.stream()
                        .map(a -> new AlteracaoResponse(
                                a.limiteAnterior(),
                                a.limiteNovo(),
                                a.idEvento() == null ? "CONCESSAO" : "EVENTO_INVESTIMENTO",
                                a.idConcessao(),
                                a.idEvento(),
                                a.versaoPolitica(),
                                a.registradoEm()))
                        .toList(),
                pagina,
                tamanho,
                total);
    }
}
