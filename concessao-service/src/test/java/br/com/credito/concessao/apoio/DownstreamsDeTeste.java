package br.com.credito.concessao.apoio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One WireMock server (loopback, started once per test JVM) standing in for the four downstream services and the
 * token endpoint, each on its own paths as in docs/contratos-internos.md.
 */
public final class DownstreamsDeTeste implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final WireMockServer WIREMOCK = iniciar();
    public static final String TOKEN = "token-de-servico";
    public static final String SCORE = "/v1/score/.*";
    public static final String HISTORICO = "/v1/historico/contratos/.*";
    public static final String INVESTIMENTOS = "/v1/investimentos/posicao";
    public static final String REGRAS = "/v1/regras/avaliar";

    private static WireMockServer iniciar() {
        var servidor = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(60)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(30));
        servidor.start();
        Runtime.getRuntime().addShutdownHook(new Thread(servidor::stop));
        return servidor;
    }

    @Override
    public void initialize(ConfigurableApplicationContext contexto) {
        String base = WIREMOCK.baseUrl();
        TestPropertyValues.of(
                        "concessao.downstreams.score.url=" + base,
                        "concessao.downstreams.historico.url=" + base,
                        "concessao.downstreams.investimento.url=" + base,
                        "concessao.downstreams.regras.url=" + base,
                        "spring.security.oauth2.client.provider.credito.token-uri=" + base + "/oauth2/token")
                .applyTo(contexto);
    }

    /** The seed's client: score 750 live, one contract from cache (120 s old), 10 000 in CDB; the policy approves 5 000. */
    public static void padrao() {
        WIREMOCK.resetAll();
        WIREMOCK.stubFor(post(urlPathEqualTo("/oauth2/token"))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                        + "\"scope\":\"score:ler historico:ler investimento:ler regras:avaliar\"}")));
        score(okJson("{\"idCliente\":\"12345\",\"score\":750,\"ultimaAtualizacao\":\"2025-01-01T10:00:00Z\","
                        + "\"fonte\":\"BUREAU\",\"idadeSegundos\":0}")
                .withHeader("X-Fonte-Dados", "BUREAU")
                .withHeader("Age", "0"));
        historico(okJson("[{\"idContrato\":\"CT-1001\",\"tipoProduto\":\"Emprestimo\",\"valorContratado\":5000.00,"
                        + "\"saldoAberto\":2500.00,\"diasEmAtraso\":0,\"inadimplente\":false}]")
                .withHeader("X-Fonte-Dados", "CACHE")
                .withHeader("Age", "120"));
        investimentos(okJson("[{\"tipoInvestimento\":\"CDB\",\"valor\":10000.00}]"));
        regrasAprovam("5000.00");
    }

    public static void score(ResponseDefinitionBuilder resposta) {
        WIREMOCK.stubFor(get(urlPathMatching(SCORE)).willReturn(resposta));
    }

    public static void historico(ResponseDefinitionBuilder resposta) {
        WIREMOCK.stubFor(get(urlPathMatching(HISTORICO)).willReturn(resposta));
    }

    public static void investimentos(ResponseDefinitionBuilder resposta) {
        WIREMOCK.stubFor(get(urlPathEqualTo(INVESTIMENTOS)).willReturn(resposta));
    }

    public static void regras(ResponseDefinitionBuilder resposta) {
        WIREMOCK.stubFor(post(urlPathEqualTo(REGRAS)).willReturn(resposta));
    }

    /** 12345's contracts as historico-service returns them from the bureau simulator's fixture. */
    public static final String CONTRATOS_12345 = """
            [{"idContrato":"CT-1001","tipoProduto":"Emprestimo","valorContratado":5000.00,"saldoAberto":2500.00,
              "diasEmAtraso":0,"inadimplente":false},
             {"idContrato":"CT-1002","tipoProduto":"Financiamento","valorContratado":20000.00,"saldoAberto":15000.00,
              "diasEmAtraso":0,"inadimplente":false}]""";

    public static void regrasAprovam(String limite) {
        regras(okJson(aprovacao(limite, 1)));
    }

    public static String aprovacao(String limite, int versaoPolitica) {
        return "{\"codigoDecisao\":\"APROVADO\",\"descricao\":\"Limite aprovado de R$ " + limite
                + " baseado em score e histórico\",\"limiteAprovado\":" + limite + ",\"motivos\":[{\"codigo\":"
                + "\"SCORE_FAIXA_ALTA\",\"descricao\":\"Score na faixa alta\"}],\"versaoPolitica\":"
                + versaoPolitica + "}";
    }

    public static String reprovacao(int versaoPolitica) {
        return "{\"codigoDecisao\":\"REPROVADO\",\"descricao\":\"Crédito reprovado: limite calculado abaixo do"
                + " mínimo do cartão\",\"limiteAprovado\":0,\"motivos\":[{\"codigo\":"
                + "\"LIMITE_ABAIXO_DO_MINIMO_DO_CARTAO\",\"descricao\":\"Limite calculado abaixo do mínimo\"}],"
                + "\"versaoPolitica\":" + versaoPolitica + "}";
    }

    public static ResponseDefinitionBuilder indisponivel() {
        return aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json");
    }
}
