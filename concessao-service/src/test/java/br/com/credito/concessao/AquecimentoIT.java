package br.com.credito.concessao;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.common.aquecimento.Aquecimento;
import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.aquecimento.ExercicioDeBanco;
import br.com.credito.common.aquecimento.ProvaDeAquecimento;
import br.com.credito.concessao.apoio.DownstreamsDeTeste;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import br.com.credito.concessao.decisao.adapter.in.web.AquecimentoDaDecisao;
import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import br.com.credito.concessao.decisao.domain.SolicitacaoConcessao;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the instance is not ready while it warms up, is ready after (ProvaDeAquecimento), and the warm-up left
 * nothing behind: no row in the service's schema (a fresh database per context), no business call to any downstream.
 */
@TesteDeIntegracao
@Import(AquecimentoIT.Conexoes.class)
class AquecimentoIT extends ProvaDeAquecimento {

    /** A database exercise that notes which PostgreSQL backend (one per pooled connection) ran it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Conexoes {
        final Set<Integer> backends = ConcurrentHashMap.newKeySet();

        @Bean
        ExercicioDeBanco backendDaConexao(JdbcClient jdbc) {
            return new ExercicioDeBanco() {
                @Override
                public String nome() {
                    return "backend";
                }

                @Override
                public void executar() {
                    backends.add(jdbc.sql("select pg_backend_pid()")
                            .query(Integer.class)
                            .single());
                }
            };
        }
    }

    static {
        // Before the context starts: the warm-up's outbound clients need the token endpoint and a health answer.
        DownstreamsDeTeste.padrao();
        DownstreamsDeTeste.WIREMOCK.stubFor(
                get(urlPathEqualTo("/actuator/health/liveness")).willReturn(okJson("{\"status\":\"UP\"}")));
    }

    @Autowired
    DataSource dados;

    @Autowired
    MeterRegistry metricas;

    @Autowired
    Aquecimento aquecimento;

    @Override
    protected String[] exercicios() {
        return new String[] {"concessao", "concessao-gravacao", "decisao", "clientes-downstream", "http-local", "jdbc"};
    }

    @Test
    void naoDeixaDecisaoNemChamadaDeNegocioParaTras() throws Exception {
        semLinhasNoEsquema(dados, "concessao");
        assertThat(JdbcClient.create(dados)
                        .sql(
                                "select count(*) from pg_sequences where schemaname = 'concessao' and last_value is not null")
                        .query(Long.class)
                        .single())
                .as("sequencias consumidas")
                .isZero();
        assertThat(metricas.find("credito.concessao.decisoes").counters()).isEmpty();
        var wiremock = DownstreamsDeTeste.WIREMOCK;
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/actuator/health/liveness"))))
                .isNotEmpty();
        List<LoggedRequest> negocio = wiremock.findAll(anyRequestedFor(urlPathMatching("/v1/.*")));
        assertThat(negocio)
                .as("so clientes sinteticos nas chamadas de negocio")
                .allSatisfy(r -> assertThat(r.getUrl() + r.getBodyAsString()).contains(ClienteSintetico.PREFIXO));
    }

    /**
     * Whole decisions ran, ten at once: every downstream's business endpoint and the policy were asked for each of the
     * rounds the exercise needs, with the service token, and the synthetic decisions stored nothing (above).
     */
    @Test
    void decisoesSinteticasPassamPorCadaDownstream() {
        var wiremock = DownstreamsDeTeste.WIREMOCK;
        int decisoes = AquecimentoDaDecisao.RODADAS * AquecimentoDaDecisao.PARALELAS;
        for (String caminho : List.of(
                DownstreamsDeTeste.SCORE,
                DownstreamsDeTeste.HISTORICO,
                DownstreamsDeTeste.INVESTIMENTOS,
                DownstreamsDeTeste.REGRAS)) {
            assertThat(wiremock.findAll(anyRequestedFor(urlPathMatching(caminho))))
                    .as(caminho)
                    .hasSizeGreaterThanOrEqualTo(decisoes)
                    .allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer "));
        }
        assertThat(aquecimento.resultados().get("decisao").falhas()).isZero();
    }

    /** Only the warm-up's synthetic clients may be decided without keeping the decision. */
    @Test
    void soClientesSinteticosSaoEnsaiados(@Autowired AnalisarSolicitacao analisar) {
        assertThatThrownBy(() -> analisar.ensaiar(new SolicitacaoConcessao("12345", TipoCartao.GOLD)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The database exercises ran on every connection of the pool, not on the one a single thread keeps getting back:
     * the first requests under load would otherwise take the others cold.
     */
    @Test
    void osExerciciosDeBancoRodamEmCadaConexaoDoPool(@Autowired Conexoes conexoes) throws Exception {
        assertThat(conexoes.backends)
                .hasSize(dados.unwrap(HikariDataSource.class).getMaximumPoolSize());
    }

    /** A start on a busy host must not wait for the pool's second connection within its 2 s request timeout. */
    @Test
    void asMigracoesNaoUsamOPoolDasRequisicoes(@Autowired Flyway flyway) {
        assertThat(flyway.getConfiguration().getDataSource())
                .isNotSameAs(dados)
                .isNotInstanceOf(HikariDataSource.class);
    }
}
