package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.aquecimento.ExercicioDeBanco;
import br.com.credito.common.web.Paginacao;
import br.com.credito.concessao.decisao.application.ConsultarCartao;
import br.com.credito.concessao.decisao.domain.NaoEncontradoException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): a concessão request read from JSON into the domain, and the JDBC reads of the card's status
 * and limit history for a synthetic client (not found, as the status endpoint would answer). Nothing is decided or
 * stored: a decision is an audited record, and its fan-out would call the downstreams as a real one. Run on every
 * pooled connection (ExercicioDeBanco).
 */
@Component
record AquecimentoDaConcessao(ConsultarCartao consultar, JsonMapper json) implements ExercicioDeBanco {

    private static final String CLIENTE_SINTETICO = ClienteSintetico.PREFIXO;

    private static final String SOLICITACAO = """
            {"idCliente":"aquecimento-sintetico","tipoCartao":"GOLD"}
            """;

    @Override
    public String nome() {
        return "concessao";
    }

    @Override
    public void executar() {
        json.readValue(SOLICITACAO, ConcessaoRequest.class).paraDominio();
        try {
            json.writeValueAsString(StatusCartaoResponse.de(consultar.situacaoAtual(CLIENTE_SINTETICO)));
        } catch (NaoEncontradoException esperado) {
            // the synthetic client has no card
        }
        try {
            consultar.historicoDeLimites(CLIENTE_SINTETICO, 0, Paginacao.TAMANHO_MAXIMO);
        } catch (NaoEncontradoException esperado) {
            // nor a limit history
        }
    }
}
