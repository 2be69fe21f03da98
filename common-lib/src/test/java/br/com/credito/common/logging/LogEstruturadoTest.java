package br.com.credito.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.config.CreditoDefaultsEnvironmentPostProcessor;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log line as a service writes it: Boot's structured logging configured by common-lib's credito-defaults.yml,
 * with {@link LogSemPii} picked up from spring.factories. Fails if the masking is no longer registered, if a field
 * the log queries read is renamed, or if the stack trace cap is lost.
 */
class LogEstruturadoTest {

    private static final int LIMITE_DA_PILHA = 8_000;

    private final Logger logger = new LoggerContext().getLogger("teste");

    @Test
    void deveEscreverUmObjetoJsonPorLinhaComTraceEMascara() {
        var evento = evento("consulta idCliente={} cpf {}", null, "12345", "123.456.789-09");
        evento.setMDCPropertyMap(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "spanId", "00f067aa0ba902b7"));

        String linha = escrever(evento);

        assertThat(linha)
                .startsWith("{\"timestamp\":")
                .endsWith("\n")
                .doesNotContain("12345")
                .doesNotContain("123.456.789-09");
        JsonNode json = ler(linha);
        assertThat(json.get("service_name").asString()).isEqualTo("score");
        assertThat(json.get("level").asString()).isEqualTo("INFO");
        assertThat(json.get("trace_id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.get("span_id").asString()).isEqualTo("00f067aa0ba902b7");
        assertThat(json.get("logger").asString()).isEqualTo("teste");
        assertThat(json.has("thread")).isTrue();
        assertThat(json.get("message").asString()).isEqualTo("consulta idCliente=*** cpf ***");
        assertThat(json.has("@version")).isFalse();
        assertThat(json.has("level_value")).isFalse();
        assertThat(json.has("traceId")).isFalse();
    }

    /** The edge's access log: each key/value pair is a top-level field, texts masked, numbers kept as numbers. */
    @Test
    void deveMascararOsCamposChaveValorEManterOsIdsDeRastreio() {
        var evento = evento("acesso", null);
        evento.addKeyValuePair(new KeyValuePair("path", "/v1/cartao/status/12345"));
        evento.addKeyValuePair(new KeyValuePair("status", 200));
        evento.addKeyValuePair(new KeyValuePair("pedido", new Pedido("98765", "Maria")));
        // Eleven decimal digits in a row, as a random trace id sometimes has: not a CPF, must stay as it is.
        evento.setMDCPropertyMap(Map.of("traceId", "4bf92f35a12345678901b4da6a3ce929"));

        JsonNode json = ler(escrever(evento));

        assertThat(json.get("path").asString()).isEqualTo("/v1/cartao/status/{idCliente}");
        assertThat(json.get("status").isNumber()).isTrue();
        assertThat(json.get("status").asInt()).isEqualTo(200);
        assertThat(json.get("pedido").asString()).isEqualTo("Pedido[idCliente=***, nome=***]");
        assertThat(json.get("trace_id").asString()).isEqualTo("4bf92f35a12345678901b4da6a3ce929");
    }

    /** Hundreds of frames of filters above the failure: the root cause must still be in the line, under the cap. */
    @Test
    void deveManterACausaRaizMesmoComPilhaLonga() {
        var raiz = new IllegalStateException("pool sem conexao, idCliente=12345");
        var meio = new RuntimeException("falha ao abrir transacao", raiz);
        var topo = new RuntimeException("erro na requisicao", meio);
        for (Throwable erro : new Throwable[] {raiz, meio, topo}) {
            erro.setStackTrace(pilhaFunda(400));
        }

        String pilha =
                ler(escrever(eventoSemMdc("falhou", topo))).get("stack_trace").asString();

        assertThat(pilha)
                .startsWith("java.lang.IllegalStateException: pool sem conexao, idCliente=***")
                .contains("Wrapped by: java.lang.RuntimeException: falha ao abrir transacao")
                .contains("Wrapped by: java.lang.RuntimeException: erro na requisicao")
                .contains("... 388 filtered")
                .doesNotContain("12345");
        assertThat(pilha.length()).isLessThan(LIMITE_DA_PILHA);
    }

    /** A chain longer than the cap is cut at the cap, its root cause first. */
    @Test
    void deveCortarAPilhaNoLimite() {
        Throwable erro = new IllegalStateException("causa raiz");
        for (int i = 0; i < 60; i++) {
            erro = new RuntimeException("camada " + i + " " + "x".repeat(200), erro);
        }

        String pilha =
                ler(escrever(eventoSemMdc("falhou", erro))).get("stack_trace").asString();

        assertThat(pilha)
                .startsWith("java.lang.IllegalStateException: causa raiz")
                .endsWith("...");
        assertThat(pilha.length()).isLessThanOrEqualTo(LIMITE_DA_PILHA);
    }

    record Pedido(String idCliente, String nome) {}

    /** At a fixed instant: the clock's digits are in the line, and could hold the customer id a test looks for. */
    private LoggingEvent evento(String mensagem, Throwable erro, Object... argumentos) {
        LoggingEvent evento = new LoggingEvent("x", logger, Level.INFO, mensagem, erro, argumentos);
        evento.setInstant(Instant.parse("2026-01-01T10:00:00Z"));
        return evento;
    }

    private LoggingEvent eventoSemMdc(String mensagem, Throwable erro) {
        LoggingEvent evento = evento(mensagem, erro);
        evento.setMDCPropertyMap(Map.of());
        return evento;
    }

    /** Encodes as the console appender does, with the environment a service has at start. */
    private static String escrever(LoggingEvent evento) {
        var ambiente = new StandardEnvironment();
        ambiente.getPropertySources()
                .addFirst(new MapPropertySource("teste", Map.of("spring.application.name", "score")));
        new CreditoDefaultsEnvironmentPostProcessor().postProcessEnvironment(ambiente, new SpringApplication());
        var contexto = new LoggerContext();
        contexto.putObject(Environment.class.getName(), ambiente);
        var encoder = new StructuredLogEncoder();
        encoder.setContext(contexto);
        encoder.setFormat(ambiente.getRequiredProperty("logging.structured.format.console"));
        encoder.start();
        return new String(encoder.encode(evento), StandardCharsets.UTF_8);
    }

    private static JsonNode ler(String linha) {
        return JsonMapper.builder().build().readTree(linha);
    }

    private static StackTraceElement[] pilhaFunda(int quadros) {
        var pilha = new StackTraceElement[quadros];
        for (int i = 0; i < quadros; i++) {
            pilha[i] = new StackTraceElement("org.exemplo.Filtro" + i, "doFilter", "Filtro" + i + ".java", 42);
        }
        return pilha;
    }
}
