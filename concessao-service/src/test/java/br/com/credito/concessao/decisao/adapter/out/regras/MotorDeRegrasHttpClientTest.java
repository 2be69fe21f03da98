package br.com.credito.concessao.decisao.adapter.out.regras;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.concessao.apoio.Mae;
import br.com.credito.concessao.decisao.adapter.out.ResilienciaDeTeste;
import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.HistoricoDeCredito;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.HttpClientErrorException;

class MotorDeRegrasHttpClientTest {

    private static final String CAMINHO = "/v1/regras/avaliar";

    @RegisterExtension
    static final WireMockExtension wiremock = ResilienciaDeTeste.wiremock();

    private MotorDeRegrasHttpClient cliente;

    @BeforeEach
    void preparar() {
        cliente = new MotorDeRegrasHttpClient(
                ResilienciaDeTeste.restClient(wiremock), ResilienciaDeTeste.chamada("regras"));
    }

    @Test
    void deveEnviarOContratoDoMotorComOsIndicadoresDeIndisponibilidadeELerADecisao() {
        responder(okJson("{\"codigoDecisao\":\"EM_ANALISE\",\"descricao\":\"Risco indefinido\",\"limiteAprovado\":0,"
                + "\"motivos\":[{\"codigo\":\"RISCO_INDEFINIDO\",\"descricao\":\"Score indisponivel\"}],"
                + "\"versaoPolitica\":3}"));
        EntradasDaDecisao seed = Mae.entradas("12345");
        var entradas = new EntradasDaDecisao(
                "12345",
                seed.tipoCartao(),
                ScoreCliente.indisponivel(),
                HistoricoDeCredito.indisponivel(),
                seed.investimentos());

        ResultadoPolitica resultado = cliente.avaliar(entradas);

        assertThat(resultado.codigoDecisao()).isEqualTo(CodigoDecisao.EM_ANALISE);
        assertThat(resultado.versaoPolitica()).isEqualTo(3);
        assertThat(resultado.motivos()).extracting(m -> m.codigo()).containsExactly("RISCO_INDEFINIDO");
        wiremock.verify(postRequestedFor(urlPathEqualTo(CAMINHO))
                .withHeader("Authorization", equalTo("Bearer token-de-servico"))
                .withRequestBody(equalToJson("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\",\"score\":null,"
                        + "\"scoreIndisponivel\":true,\"listaContratos\":[],\"historicoIndisponivel\":true,"
                        + "\"listaInvestimentos\":[{\"tipoInvestimento\":\"CDB\",\"valor\":10000.00}],"
                        + "\"investimentosIndisponiveis\":false}")));
    }

    @Test
    void deveFalharComMotorIndisponivelDepoisDeUmaSegundaTentativa() {
        responder(aResponse().withStatus(503));

        assertThatThrownBy(() -> cliente.avaliar(Mae.entradas("12345")))
                .isInstanceOf(MotorDeRegrasIndisponivelException.class);
        wiremock.verify(2, postRequestedFor(urlPathEqualTo(CAMINHO)));
    }

    @Test
    void umErroDeContratoNaoEIndisponibilidadeNemERepetido() {
        responder(aResponse().withStatus(400));

        assertThatThrownBy(() -> cliente.avaliar(Mae.entradas("12345"))).isInstanceOf(HttpClientErrorException.class);
        wiremock.verify(1, postRequestedFor(urlPathEqualTo(CAMINHO)));
    }

    private static void responder(ResponseDefinitionBuilder resposta) {
        wiremock.stubFor(post(urlPathEqualTo(CAMINHO)).willReturn(resposta));
    }
}
