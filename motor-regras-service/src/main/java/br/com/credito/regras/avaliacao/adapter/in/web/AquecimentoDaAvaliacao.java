package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.regras.avaliacao.domain.MotorDeCredito;
import br.com.credito.regras.avaliacao.domain.port.CatalogoDePoliticas;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): the path of POST /v1/regras/avaliar without the HTTP hop — the request read from JSON, the
 * policy in force evaluated, the answer written as JSON — for a synthetic client with inputs that reach every rule.
 * The use case is bypassed on purpose: it counts decisions by outcome for the dashboards, and a synthetic evaluation
 * is not a decision. Nothing is stored; the engine never stores anything.
 */
@Component
class AquecimentoDaAvaliacao implements ExercicioDeAquecimento {

    private static final String SOLICITACAO = """
            {"idCliente":"000000","tipoCartao":"PLATINUM","score":720,
             "listaContratos":[{"idContrato":"AQUECIMENTO-1","saldoAberto":1500.00,"diasEmAtraso":10,"inadimplente":false},
                               {"idContrato":"AQUECIMENTO-2","saldoAberto":9000.00,"diasEmAtraso":0,"inadimplente":false}],
             "listaInvestimentos":[{"tipoInvestimento":"CDB","valor":10000.00},{"tipoInvestimento":"LCI","valor":2500.50}]}
            """;

    private final JsonMapper json;
    private final CatalogoDePoliticas catalogo;
    private final MotorDeCredito motor = new MotorDeCredito();

    AquecimentoDaAvaliacao(JsonMapper json, CatalogoDePoliticas catalogo) {
        this.json = json;
        this.catalogo = catalogo;
    }

    @Override
    public String nome() {
        return "avaliacao";
    }

    @Override
    public void executar() {
        AvaliacaoRequest pedido = json.readValue(SOLICITACAO, AvaliacaoRequest.class);
        json.writeValueAsString(AvaliacaoResponse.de(motor.avaliar(pedido.paraSolicitacao(), catalogo.vigente())));
    }
}
