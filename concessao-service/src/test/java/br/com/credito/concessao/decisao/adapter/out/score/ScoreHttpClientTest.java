package br.com.credito.concessao.decisao.adapter.out.score;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.decisao.adapter.out.ResilienciaDeTeste;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScoreHttpClientTest {

    private static final String CAMINHO = "/v1/score/12345";

    @RegisterExtension
    static final WireMockExtension wiremock = ResilienciaDeTeste.wiremock();

    private ScoreHttpClient cliente;

    @BeforeEach
    void preparar() {
        cliente = new ScoreHttpClient(ResilienciaDeTeste.restClient(wiremock), ResilienciaDeTeste.chamada("score"));
    }

    @Test
    void deveLerScoreEProvenienciaComOTokenDoServico() {
        responder(okJson("{\"idCliente\":\"12345\",\"score\":750,\"campoNovo\":true}")
                .withHeader("X-Fonte-Dados", "CACHE_EXPIRADO")
                .withHeader("Age", "7200"));

        ScoreCliente score = cliente.consultar("12345");

        assertThat(score).isEqualTo(ScoreCliente.de(750, new Fonte(OrigemDado.CACHE_EXPIRADO, 7200L)));
        wiremock.verify(getRequestedFor(urlPathEqualTo(CAMINHO))
                .withHeader("Authorization", equalTo("Bearer token-de-servico")));
    }

    @Test
    void deveTentarDeNovoNum503EDesistirComScoreIndisponivel() {
        responder(aResponse().withStatus(503));

        assertThat(cliente.consultar("12345")).isEqualTo(ScoreCliente.indisponivel());
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(CAMINHO)));
    }

    @Test
    void naoDeveTentarDeNovoNum404() {
        responder(aResponse().withStatus(404));

        assertThat(cliente.consultar("12345")).isEqualTo(ScoreCliente.indisponivel());
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(CAMINHO)));
    }

    @Test
    void deveCortarUmaRespostaLentaNoReadTimeout() {
        responder(okJson("{\"score\":750}").withFixedDelay(4_000));

        assertThat(cliente.consultar("12345")).isEqualTo(ScoreCliente.indisponivel());
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(CAMINHO)));
    }

    @Test
    void deveTratarConexaoDerrubadaComoIndisponivel() {
        responder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(cliente.consultar("12345")).isEqualTo(ScoreCliente.indisponivel());
    }

    @Test
    void comOCircuitoAbertoNaoDeveChamarOServico() {
        responder(aResponse().withStatus(500));
        cliente.consultar("12345");
        cliente.consultar("12345");
        wiremock.resetRequests();

        assertThat(cliente.consultar("12345")).isEqualTo(ScoreCliente.indisponivel());
        wiremock.verify(0, getRequestedFor(urlPathEqualTo(CAMINHO)));
    }

    private static void responder(ResponseDefinitionBuilder resposta) {
        wiremock.stubFor(get(urlPathEqualTo(CAMINHO)).willReturn(resposta));
    }
}
