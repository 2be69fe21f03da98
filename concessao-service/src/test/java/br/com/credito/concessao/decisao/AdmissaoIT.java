package br.com.credito.concessao.decisao;

import static br.com.credito.concessao.apoio.ClienteHttp.decisoesGravadas;
import static br.com.credito.concessao.apoio.ClienteHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.ClienteHttp;
import br.com.credito.concessao.apoio.DownstreamsDeTeste;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import com.zaxxer.hikari.HikariDataSource;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Admission control of the decisions (issue 14), through the HTTP API: while every decision slot is taken, a request
 * waits in line and is decided when one frees up; only a wait that runs out is refused, with a 503 and Retry-After,
 * and nothing stored. The slots are taken here directly on the service's own bulkhead, as decisions in flight would.
 */
@TesteDeIntegracao
class AdmissaoIT {

    @LocalServerPort
    private int porta;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private BulkheadRegistry bulkheads;

    @Autowired
    private HikariDataSource pool;

    private Bulkhead fila;
    private BulkheadConfig original;
    private int ocupadas;

    @BeforeEach
    void preparar() {
        DownstreamsDeTeste.padrao();
        fila = bulkheads.bulkhead("decisao");
        original = fila.getBulkheadConfig();
    }

    @AfterEach
    void liberar() {
        for (; ocupadas > 0; ocupadas--) {
            fila.onComplete();
        }
        fila.changeConfig(original);
    }

    @Test
    void aInstanciaAdmiteNoMaximoTantasDecisoesQuantasConexoesTemNoPoolEFazEsperarEmVezDeRecusarDeImediato() {
        assertThat(original.getMaxConcurrentCalls()).isPositive().isLessThanOrEqualTo(pool.getMaximumPoolSize());
        assertThat(original.getMaxWaitDuration()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void comTodasAsVagasOcupadasOPedidoEsperaNaFilaESaiDecididoQuandoUmaVagaSeLibera() throws Exception {
        ocuparTodas();
        CompletableFuture<HttpResponse<String>> pedido =
                CompletableFuture.supplyAsync(() -> new ClienteHttp(porta).conceder("7700101", "GOLD", null));

        Thread.sleep(300);
        assertThat(pedido).isNotDone();
        assertThat(decisoesGravadas(jdbc, "7700101")).isZero();
        fila.onComplete();
        ocupadas--;

        HttpResponse<String> resposta = pedido.get(10, TimeUnit.SECONDS);
        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(decisoesGravadas(jdbc, "7700101")).isOne();
    }

    @Test
    void esgotadaAEsperaOPedidoRecebe503SobrecargaComRetryAfterENadaEhGravado() {
        fila.changeConfig(BulkheadConfig.from(original)
                .maxWaitDuration(Duration.ofMillis(200))
                .build());
        ocuparTodas();

        HttpResponse<String> resposta = new ClienteHttp(porta).conceder("7700102", "GOLD", null);

        assertThat(resposta.statusCode()).isEqualTo(503);
        assertThat(resposta.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(resposta.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(resposta).path("codigo").asString()).isEqualTo("SOBRECARGA");
        assertThat(json(resposta).path("traceId").asString()).isNotBlank();
        assertThat(resposta.body()).doesNotContain("7700102").doesNotContain("Exception");
        assertThat(decisoesGravadas(jdbc, "7700102")).isZero();
    }

    /** Exactly as many as there are: one more try would itself wait the whole line's wait. */
    private void ocuparTodas() {
        int vagas = fila.getBulkheadConfig().getMaxConcurrentCalls();
        for (int i = 0; i < vagas; i++) {
            assertThat(fila.tryAcquirePermission()).isTrue();
            ocupadas++;
        }
        assertThat(fila.getMetrics().getAvailableConcurrentCalls()).isZero();
    }
}
