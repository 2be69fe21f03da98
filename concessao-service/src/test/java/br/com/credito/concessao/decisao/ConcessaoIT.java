package br.com.credito.concessao.decisao;

import static br.com.credito.concessao.apoio.ClienteHttp.json;
import static br.com.credito.concessao.apoio.DownstreamsDeTeste.WIREMOCK;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.ClienteHttp;
import br.com.credito.concessao.apoio.DownstreamsDeTeste;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@TesteDeIntegracao
class ConcessaoIT {

    private static final Logger log = LoggerFactory.getLogger(ConcessaoIT.class);

    @LocalServerPort
    private int porta;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CircuitBreakerRegistry breakers;

    private ClienteHttp http;

    @BeforeEach
    void preparar() {
        DownstreamsDeTeste.padrao();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        http = new ClienteHttp(porta);
    }

    /**
     * The seed's customer as the bureau simulator describes him (CT-1001 Emprestimo, CT-1002 Financiamento) with the CDB
     * of R$ 10.000: concessao passes each contract's product type on, and answers the seed's own sentence. The policy
     * stub approves R$ 5.000 only when the financing arrives typed (what version 2 needs to weigh it 0).
     */
    @Test
    void clienteDoSeedComFinanciamentoEhAprovadoComAFraseDoSeed() {
        DownstreamsDeTeste.historico(okJson(DownstreamsDeTeste.CONTRATOS_12345));
        WIREMOCK.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(DownstreamsDeTeste.REGRAS))
                .atPriority(1)
                .withRequestBody(matchingJsonPath(
                        "$.listaContratos[?(@.idContrato == 'CT-1002' && @.tipoProduto == 'Financiamento')]"))
                .willReturn(okJson(DownstreamsDeTeste.aprovacao("5000.00", 2))));
        DownstreamsDeTeste.regras(okJson(DownstreamsDeTeste.aprovacao("1500.00", 2)));

        HttpResponse<String> resposta = http.conceder("12345", "GOLD", null);

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.headers().firstValue("Content-Type"))
                .hasValueSatisfying(tipo -> assertThat(tipo).contains("application/json"));
        JsonNode corpo = json(resposta);
        assertThat(corpo.path("codigoDecisao").asString()).isEqualTo("APROVADO");
        assertThat(corpo.path("limiteAprovado").decimalValue()).isEqualByComparingTo("5000");
        assertThat(corpo.path("descricao").asString()).isEqualTo("Cartão aprovado com limite de R$ 5.000");
        assertThat(corpo.path("versaoPolitica").asInt()).isEqualTo(2);
        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(DownstreamsDeTeste.REGRAS))
                .withRequestBody(matchingJsonPath("$.listaContratos[0].tipoProduto", equalTo("Emprestimo")))
                .withRequestBody(matchingJsonPath("$.listaInvestimentos[?(@.valor == 10000)]")));
    }

    @Test
    void asTresChamadasAosServicosAcontecemAoMesmoTempo() {
        Duration atraso = Duration.ofMillis(300);
        DownstreamsDeTeste.score(okJson("{\"score\":750}").withFixedDelay((int) atraso.toMillis()));
        DownstreamsDeTeste.historico(okJson("[]").withFixedDelay((int) atraso.toMillis()));
        DownstreamsDeTeste.investimentos(okJson("[]").withFixedDelay((int) atraso.toMillis()));

        HttpResponse<String> resposta = http.conceder("paralelo-1", "GOLD", null);

        assertThat(resposta.statusCode()).isEqualTo(200);
        // The first attempt at each downstream (a retry after a cold-start timeout would add a later one).
        List<ServeEvent> chamadas = WIREMOCK.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("GET"))
                .collect(Collectors.groupingBy(
                        e -> e.getRequest().getUrl().split("/")[2],
                        Collectors.minBy(Comparator.comparingLong(ConcessaoIT::inicio))))
                .values()
                .stream()
                .map(Optional::orElseThrow)
                .toList();
        assertThat(chamadas).hasSize(3);
        long ultimoInicio =
                chamadas.stream().mapToLong(ConcessaoIT::inicio).max().orElseThrow();
        long primeiroFim = chamadas.stream().mapToLong(ConcessaoIT::fim).min().orElseThrow();
        long primeiroInicio =
                chamadas.stream().mapToLong(ConcessaoIT::inicio).min().orElseThrow();
        log.info(
                "Fan-out com 3 x 300 ms: inicios em {} ms, janela comum de {} ms",
                ultimoInicio - primeiroInicio,
                primeiroFim - ultimoInicio);
        // Some instant lies inside all three requests: each started before any of them had finished.
        assertThat(ultimoInicio).isLessThan(primeiroFim);
    }

    /**
     * Years of monthly purchases: concessao reads the position (totals per type), not the items, and still sums per
     * type, so even 300 lines of one type reach the policy engine (at most 200 items) as one total.
     */
    @Test
    void clienteComCentenasDeInvestimentosEDecididoComUmTotalPorTipo() {
        StringBuilder lista = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            lista.append("{\"tipoInvestimento\":\"CDB\",\"valor\":100.00},");
        }
        lista.append("{\"tipoInvestimento\":\"TESOURO\",\"valor\":50.00}]");
        DownstreamsDeTeste.investimentos(okJson(lista.toString()));

        HttpResponse<String> resposta = http.conceder("carteira-grande-1", "GOLD", null);

        assertThat(resposta.statusCode()).isEqualTo(200);
        WIREMOCK.verify(getRequestedFor(urlPathEqualTo(DownstreamsDeTeste.INVESTIMENTOS))
                .withQueryParam("idCliente", equalTo("carteira-grande-1")));
        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(DownstreamsDeTeste.REGRAS))
                .withRequestBody(matchingJsonPath("$.listaInvestimentos.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath(
                        "$.listaInvestimentos[?(@.tipoInvestimento == 'CDB' && @.valor == 30000.00)]")));
    }

    /** A 404 from investimento means the client holds nothing: decided live with no collateral, not "indisponivel". */
    @Test
    void posicaoNaoEncontradaEClienteSemInvestimentos() {
        DownstreamsDeTeste.investimentos(
                aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json"));

        HttpResponse<String> resposta = http.conceder("sem-investimentos-1", "GOLD", null);

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(json(resposta).at("/fontes/investimentos/origem").asString()).isEqualTo("AO_VIVO");
        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(DownstreamsDeTeste.REGRAS))
                .withRequestBody(matchingJsonPath("$.listaInvestimentos.length()", equalTo("0")))
                .withRequestBody(matchingJsonPath("$.investimentosIndisponiveis", equalTo("false"))));
    }

    @Test
    void umServicoLentoNaoAtrasaOsOutrosEOScoreViraIndisponivelDentroDoPrazo() {
        DownstreamsDeTeste.score(okJson("{\"score\":750}").withFixedDelay(5_000));

        long inicio = System.nanoTime();
        HttpResponse<String> resposta = http.conceder("lento-1", "GOLD", null);
        Duration decorrido = Duration.ofNanos(System.nanoTime() - inicio);
        log.info("Score pendurado por 5 s: decisao respondida em {} ms", decorrido.toMillis());

        assertThat(resposta.statusCode()).isEqualTo(200);
        JsonNode corpo = json(resposta);
        assertThat(corpo.at("/fontes/score/origem").asString()).isEqualTo("INDISPONIVEL");
        assertThat(corpo.at("/fontes/historico/origem").asString()).isEqualTo("CACHE");
        assertThat(corpo.at("/fontes/historico/idadeSegundos").asLong()).isEqualTo(120);
        assertThat(corpo.at("/fontes/investimentos/origem").asString()).isEqualTo("AO_VIVO");
        // Generous bound: the 800 ms deadline plus the policy call, far below the 5 s the score would take.
        assertThat(decorrido).isLessThan(Duration.ofMillis(3_000));
        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(DownstreamsDeTeste.REGRAS))
                .withRequestBody(matchingJsonPath("$.scoreIndisponivel", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.historicoIndisponivel", equalTo("false"))));
    }

    @Test
    void comOScoreForaDoArADecisaoSaiPeloFallbackEAProvenienciaDizIsso() {
        DownstreamsDeTeste.score(DownstreamsDeTeste.indisponivel());
        DownstreamsDeTeste.regras(okJson("{\"codigoDecisao\":\"EM_ANALISE\",\"descricao\":\"Risco indefinido\","
                + "\"limiteAprovado\":0,\"motivos\":[{\"codigo\":\"RISCO_INDEFINIDO\",\"descricao\":\"Score "
                + "indisponivel\"}],\"versaoPolitica\":1}"));

        HttpResponse<String> resposta = http.conceder("sem-score-1", "GOLD", null);

        assertThat(resposta.statusCode()).isEqualTo(200);
        JsonNode corpo = json(resposta);
        assertThat(corpo.path("codigoDecisao").asString()).isEqualTo("EM_ANALISE");
        assertThat(corpo.at("/fontes/score/origem").asString()).isEqualTo("INDISPONIVEL");
        assertThat(corpo.at("/fontes/score/idadeSegundos").isNull()).isTrue();
        assertThat(corpo.at("/motivos/0/codigo").asString()).isEqualTo("RISCO_INDEFINIDO");
    }

    @Test
    void comOMotorDeRegrasForaDoArResponde503ENaoGravaDecisao() {
        DownstreamsDeTeste.regras(DownstreamsDeTeste.indisponivel());

        HttpResponse<String> resposta = http.conceder("sem-regras-1", "GOLD", null);

        assertThat(resposta.statusCode()).isEqualTo(503);
        assertThat(resposta.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(json(resposta).path("codigo").asString()).isEqualTo("REGRAS_INDISPONIVEL");
        assertThat(ClienteHttp.decisoesGravadas(jdbc, "sem-regras-1")).isZero();
        assertThat(http.get("/v1/cartao/status/sem-regras-1").statusCode()).isEqualTo(404);
    }

    @Test
    void asChamadasAosServicosLevamOTokenDoProprioServicoEOTraceDaRequisicao() {
        http.conceder("token-1", "GOLD", null);

        WIREMOCK.verify(postRequestedFor(urlPathEqualTo(DownstreamsDeTeste.REGRAS))
                .withHeader("Authorization", equalTo("Bearer " + DownstreamsDeTeste.TOKEN)));
        // The fan-out runs on other threads and still carries the request's trace to every downstream.
        List<String> tracos = WIREMOCK.getAllServeEvents().stream()
                .filter(e -> !e.getRequest().getUrl().startsWith("/oauth2"))
                .map(e -> e.getRequest().getHeader("traceparent"))
                .toList();
        assertThat(tracos).hasSize(4).doesNotContainNull();
        assertThat(tracos.stream().map(t -> t.split("-")[1]).distinct()).hasSize(1);
    }

    private static long inicio(ServeEvent evento) {
        return evento.getRequest().getLoggedDate().getTime();
    }

    private static long fim(ServeEvent evento) {
        return inicio(evento) + evento.getTiming().getTotalTime();
    }
}
