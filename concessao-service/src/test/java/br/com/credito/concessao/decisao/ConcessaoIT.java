package br.com.credito.concessao.decisao;

import static br.com.credito.concessao.apoio.ClienteHttp.json;
import static br.com.credito.concessao.apoio.DownstreamsDeTeste.WIREMOCK;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@TesteDeIntegracao
class ConcessaoIT {

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
        // Some instant lies inside all three requests: each started before any of them had finished.
        assertThat(ultimoInicio).isLessThan(primeiroFim);
    }

    @Test
    void umServicoLentoNaoAtrasaOsOutrosEOScoreViraIndisponivelDentroDoPrazo() {
        DownstreamsDeTeste.score(okJson("{\"score\":750}").withFixedDelay(5_000));

        long inicio = System.nanoTime();
        HttpResponse<String> resposta = http.conceder("lento-1", "GOLD", null);
        Duration decorrido = Duration.ofNanos(System.nanoTime() - inicio);

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
        assertThat(linhasDoCliente("sem-regras-1")).isZero();
        assertThat(http.get("/v1/cartao/status/sem-regras-1").statusCode()).isEqualTo(404);
    }

    @Test
    void aMesmaChaveComOMesmoCorpoDevolveADecisaoOriginalSemGravarOutra() {
        String primeira = json(http.conceder("idem-1", "GOLD", "chave-idem-1"))
                .path("idConcessao")
                .asString();

        HttpResponse<String> repetida = http.conceder("idem-1", "GOLD", "chave-idem-1");

        assertThat(repetida.statusCode()).isEqualTo(200);
        assertThat(json(repetida).path("idConcessao").asString()).isEqualTo(primeira);
        assertThat(linhasDoCliente("idem-1")).isEqualTo(1);
    }

    @Test
    void aMesmaChaveComOutroCorpoResponde409() {
        http.conceder("idem-2", "GOLD", "chave-idem-2");

        HttpResponse<String> outra = http.conceder("idem-2", "BLACK", "chave-idem-2");

        assertThat(outra.statusCode()).isEqualTo(409);
        assertThat(json(outra).path("codigo").asString()).isEqualTo("IDEMPOTENCIA_CONFLITO");
        assertThat(linhasDoCliente("idem-2")).isEqualTo(1);
    }

    @Test
    void requisicoesConcorrentesComAMesmaChaveProduzemUmaDecisao() throws Exception {
        Callable<HttpResponse<String>> pedido = () -> http.conceder("idem-3", "GOLD", "chave-idem-3");
        List<HttpResponse<String>> respostas;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> futuros = executor.invokeAll(
                    IntStream.range(0, 6).mapToObj(i -> pedido).toList());
            respostas = futuros.stream().map(ConcessaoIT::obter).toList();
        }

        assertThat(respostas).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(respostas.stream()
                        .map(r -> json(r).path("idConcessao").asString())
                        .distinct())
                .hasSize(1);
        assertThat(linhasDoCliente("idem-3")).isEqualTo(1);
    }

    @Test
    void statusDeClienteDesconhecidoResponde404ProblemJson() {
        HttpResponse<String> resposta = http.get("/v1/cartao/status/desconhecido-1");

        assertThat(resposta.statusCode()).isEqualTo(404);
        assertThat(json(resposta).path("codigo").asString()).isEqualTo("CLIENTE_NAO_ENCONTRADO");
    }

    @Test
    void statusEHistoricoDeLimitesSeguemAUltimaDecisao() {
        http.conceder("status-1", "GOLD", null);

        JsonNode status = json(http.get("/v1/cartao/status/status-1"));
        assertThat(status.path("statusCartao").asString()).isEqualTo("APROVADO");
        assertThat(status.path("limiteAtual").decimalValue()).isEqualByComparingTo("5000");

        JsonNode historico = json(http.get("/v1/cartao/limites/status-1/historico"));
        assertThat(historico.path("alteracoes")).hasSize(1);
        assertThat(historico.at("/alteracoes/0/causa").asString()).isEqualTo("CONCESSAO");
        assertThat(historico.at("/alteracoes/0/limiteAnterior").isNull()).isTrue();
        assertThat(historico.at("/alteracoes/0/versaoPolitica").asInt()).isEqualTo(1);
    }

    @Test
    void aExplicacaoDeUmaDecisaoGravadaCitaSeusMotivosVersaoEFontesEARevisaoGeraProtocolo() {
        String id = json(http.conceder("explica-1", "GOLD", null))
                .path("idConcessao")
                .asString();

        JsonNode explicacao = json(http.get("/v1/cartao/concessoes/" + id + "/explicacao"));
        assertThat(explicacao.at("/criterios/0/codigo").asString()).isEqualTo("SCORE_FAIXA_ALTA");
        assertThat(explicacao.path("resumo").asString()).contains("aprovado").contains("versao 1");
        assertThat(explicacao.at("/dados/1/origem").asString()).isEqualTo("CACHE");
        assertThat(explicacao.at("/dados/1/comoFoiObtido").asString()).contains("120 s");

        HttpResponse<String> revisao = http.post("/v1/cartao/concessoes/" + id + "/revisao", "{}");
        assertThat(revisao.statusCode()).isEqualTo(201);
        String protocolo = json(revisao).path("protocolo").asString();
        assertThat(protocolo).matches("REV-\\d{4}-\\d{8}");
        assertThat(json(http.post("/v1/cartao/concessoes/" + id + "/revisao", "{}"))
                        .path("protocolo")
                        .asString())
                .isEqualTo(protocolo);
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

    private long linhasDoCliente(String idCliente) {
        return jdbc.sql("select count(*) from concessao where id_cliente = :id")
                .param("id", idCliente)
                .query(Long.class)
                .single();
    }

    private static long inicio(ServeEvent evento) {
        return evento.getRequest().getLoggedDate().getTime();
    }

    private static long fim(ServeEvent evento) {
        return inicio(evento) + evento.getTiming().getTotalTime();
    }

    private static <T> T obter(Future<T> futuro) {
        try {
            return futuro.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
