package br.com.credito.concessao;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.aquecimento.ProvaDeAquecimento;
import br.com.credito.concessao.apoio.DownstreamsDeTeste;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the instance is not ready while it warms up, is ready after (ProvaDeAquecimento), and the warm-up left
 * nothing behind: no row in the service's schema (a fresh database per context), no business call to any downstream.
 */
@TesteDeIntegracao
class AquecimentoIT extends ProvaDeAquecimento {

    static {
        // Before the context starts: the warm-up's outbound clients need the token endpoint and a health answer.
        DownstreamsDeTeste.padrao();
        DownstreamsDeTeste.WIREMOCK.stubFor(
                get(urlPathEqualTo("/actuator/health/liveness")).willReturn(okJson("{\"status\":\"UP\"}")));
    }

    @Autowired
    DataSource dados;

    @Override
    protected String[] exercicios() {
        return new String[] {"concessao", "clientes-downstream", "http-local", "jdbc"};
    }

    @Test
    void naoDeixaDecisaoNemChamadaDeNegocioParaTras() throws Exception {
        semLinhasNoEsquema(dados, "concessao");
        var wiremock = DownstreamsDeTeste.WIREMOCK;
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/actuator/health/liveness"))))
                .isNotEmpty();
        assertThat(wiremock.findAll(anyRequestedFor(urlPathMatching("/v1/.*")))).isEmpty();
    }

    /** A start on a busy host must not wait for the pool's second connection within its 2 s request timeout. */
    @Test
    void asMigracoesNaoUsamOPoolDasRequisicoes(@Autowired Flyway flyway) {
        assertThat(flyway.getConfiguration().getDataSource())
                .isNotSameAs(dados)
                .isNotInstanceOf(HikariDataSource.class);
    }
}
