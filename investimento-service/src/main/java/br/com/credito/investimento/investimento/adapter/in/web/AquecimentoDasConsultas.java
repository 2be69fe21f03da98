package br.com.credito.investimento.investimento.adapter.in.web;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.aquecimento.ExercicioDeBanco;
import br.com.credito.common.web.Paginacao;
import br.com.credito.investimento.investimento.application.ConsultarInvestimentos;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): the reads concessao makes on every decision (position per type, the list) through JPA for a
 * synthetic client, their answers written as JSON, and a registration body read and validated into the domain
 * without being registered. Writes are left out on purpose: an investment, even rolled back, goes through the outbox
 * and must never risk an event. Run on every pooled connection (ExercicioDeBanco): under the first load, the pool's
 * other connections still had these reads' first plans to make.
 */
@Component
record AquecimentoDasConsultas(ConsultarInvestimentos consultar, JsonMapper json) implements ExercicioDeBanco {

    private static final String CLIENTE_SINTETICO = ClienteSintetico.PREFIXO;

    private static final String REGISTRO = """
            {"idCliente":"aquecimento-sintetico","tipoInvestimento":"CDB","valor":10000.00}
            """;

    @Override
    public String nome() {
        return "investimento-consultas";
    }

    @Override
    public void executar() {
        json.writeValueAsString(PosicaoResponse.de(consultar.posicaoDoCliente(CLIENTE_SINTETICO)));
        json.writeValueAsString(consultar.doCliente(CLIENTE_SINTETICO, 0, Paginacao.TAMANHO_MAXIMO).itens().stream()
                .map(InvestimentoResponse::de)
                .toList());
        json.readValue(REGISTRO, RegistrarInvestimentoRequest.class).paraDominio();
    }
}
