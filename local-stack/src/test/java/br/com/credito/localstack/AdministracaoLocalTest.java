package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AdministracaoLocalTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void deveExecutarAAcaoDoCaminhoSoComPost() throws Exception {
        AtomicInteger paradas = new AtomicInteger();
        try (AdministracaoLocal admin =
                AdministracaoLocal.iniciar(0, Map.of("/broker/stop", paradas::incrementAndGet))) {
            assertThat(enviar(admin, "POST", "/broker/stop").statusCode()).isEqualTo(200);
            assertThat(enviar(admin, "GET", "/broker/stop").statusCode()).isEqualTo(405);
            assertThat(enviar(admin, "POST", "/outro").statusCode()).isEqualTo(404);
            assertThat(paradas).hasValue(1);
        }
    }

    @Test
    void deveResponder500QuandoAAcaoFalha() throws Exception {
        AdministracaoLocal.Acao falha = () -> {
            throw new IllegalStateException("porta presa");
        };
        try (AdministracaoLocal admin = AdministracaoLocal.iniciar(0, Map.of("/postgres/restart", falha))) {
            HttpResponse<String> resposta = enviar(admin, "POST", "/postgres/restart");

            assertThat(resposta.statusCode()).isEqualTo(500);
            assertThat(resposta.body()).contains("porta presa");
        }
    }

    @Test
    void deveExecutarAAcaoComOClassLoaderDeQuemIniciou() throws Exception {
        // The launcher's nested jars are only visible through its loader; the server's own threads carry the system
        // one.
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        ClassLoader doLancador = new ClassLoader(original) {};
        AtomicReference<ClassLoader> visto = new AtomicReference<>();
        Thread.currentThread().setContextClassLoader(doLancador);
        try (AdministracaoLocal admin = AdministracaoLocal.iniciar(
                0,
                Map.of("/broker/start", () -> visto.set(Thread.currentThread().getContextClassLoader())))) {
            Thread.currentThread().setContextClassLoader(original);

            assertThat(enviar(admin, "POST", "/broker/start").statusCode()).isEqualTo(200);
            assertThat(visto.get()).isSameAs(doLancador);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }

    @Test
    void deveLerAPortaDaVariavelComPadrao9399() {
        assertThat(AdministracaoLocal.porta(nome -> null)).isEqualTo(9399);
        assertThat(AdministracaoLocal.porta(Map.of("LOCAL_ADMIN_PORT", "19399")::get))
                .isEqualTo(19399);
    }

    private HttpResponse<String> enviar(AdministracaoLocal admin, String metodo, String caminho) throws Exception {
        HttpRequest pedido = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.porta() + caminho))
                .method(metodo, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(pedido, HttpResponse.BodyHandlers.ofString());
    }
}
