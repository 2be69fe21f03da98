package br.com.credito.common.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.credito.common.apoio.AplicacaoDeTeste;
import br.com.credito.testsupport.ServidoresDeTeste;
import br.com.credito.testsupport.TokensDeTeste;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 16, item 8: what reaches the tracer (and so X-Ray) for a request whose path and query hold a client id
 * carries the URI template only. The handler here sees the context as the OpenTelemetry handler does, after filters.
 */
@SpringBootTest(classes = AplicacaoDeTeste.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
@Import(AtributosSemPiiIT.Captura.class)
class AtributosSemPiiIT {

    @LocalServerPort
    int porta;

    @Autowired
    List<Observation.Context> observados;

    @TestConfiguration
    static class Captura {
        @Bean
        List<Observation.Context> observados() {
            return new CopyOnWriteArrayList<>();
        }

        @Bean
        ObservationHandler<Observation.Context> capturaDeObservacoes(List<Observation.Context> observados) {
            return new ObservationHandler<>() {
                @Override
                public void onStop(Observation.Context contexto) {
                    observados.add(contexto);
                }

                @Override
                public boolean supportsContext(Observation.Context contexto) {
                    return true;
                }
            };
        }
    }

    @Test
    void spanDaRequisicaoTemOTemplateENaoOIdNemAConsulta() throws Exception {
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + porta + "/v1/falha/indisponivel?idCliente=98765"))
                                .header("Authorization", "Bearer " + TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        // The server observation stops after the answer is written: wait for it.
        Observation.Context servidor = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> observados.stream()
                                .filter(c -> "http.server.requests".equals(c.getName()))
                                // the start-up warm-up's own requests are observed too: take this test's one
                                .filter(c -> c.getLowCardinalityKeyValue("uri") != null
                                        && "/v1/falha/{tipo}"
                                                .equals(c.getLowCardinalityKeyValue("uri")
                                                        .getValue()))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(servidor.getHighCardinalityKeyValues().stream().map(KeyValue::getValue))
                .isNotEmpty()
                .noneMatch(valor -> valor.contains("98765") || valor.contains("indisponivel"));
        assertThat(servidor.getHighCardinalityKeyValue("http.url").getValue()).isEqualTo("/v1/falha/{tipo}");
    }
}
