package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Each limit change, oldest first; {@code causa} is CONCESSAO (a request) or EVENTO_INVESTIMENTO (idEvento set). */
record HistoricoLimiteResponse(String idCliente, List<AlteracaoResponse> alteracoes) {

    record AlteracaoResponse(
            BigDecimal limiteAnterior,
            BigDecimal limiteNovo,
            String causa,
            UUID idConcessao,
            UUID idEvento,
            int versaoPolitica,
            Instant registradoEm) {}

    static HistoricoLimiteResponse de(String idCliente, List<AlteracaoLimite> alteracoes) {
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
                        .toList());
    }
}
