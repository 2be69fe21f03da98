package br.com.credito.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLogFormatterTest {

    @Test
    void deveEscreverUmObjetoJsonPorLinhaComTraceEMascara() {
        var formatter = new JsonLogFormatter(new MockEnvironment().withProperty("spring.application.name", "score"));
        Logger logger = new LoggerContext().getLogger("teste");
        var evento = new LoggingEvent(
                "x", logger, Level.INFO, "consulta idCliente={} cpf {}", null, new Object[] {"12345", "123.456.789-09"
                });
        evento.setMDCPropertyMap(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "spanId", "00f067aa0ba902b7"));

        String linha = formatter.format(evento);

        assertThat(linha).endsWith("\n").doesNotContain("12345").doesNotContain("123.456.789-09");
        JsonNode json = JsonMapper.builder().build().readTree(linha);
        assertThat(json.get("service_name").asString()).isEqualTo("score");
        assertThat(json.get("level").asString()).isEqualTo("INFO");
        assertThat(json.get("trace_id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.get("span_id").asString()).isEqualTo("00f067aa0ba902b7");
        assertThat(json.get("message").asString()).isEqualTo("consulta idCliente=*** cpf ***");
        assertThat(json.has("timestamp")).isTrue();
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

        String pilha = JsonLogFormatter.pilha(new ThrowableProxy(topo));

        assertThat(pilha)
                .startsWith("java.lang.RuntimeException: erro na requisicao")
                .contains("Caused by: java.lang.RuntimeException: falha ao abrir transacao")
                .contains("Caused by: java.lang.IllegalStateException: pool sem conexao, idCliente=***")
                .contains("... 388 more")
                .doesNotContain("12345");
        assertThat(pilha.length()).isLessThan(8_000);
    }

    private static StackTraceElement[] pilhaFunda(int quadros) {
        var pilha = new StackTraceElement[quadros];
        for (int i = 0; i < quadros; i++) {
            pilha[i] = new StackTraceElement("org.exemplo.Filtro" + i, "doFilter", "Filtro" + i + ".java", 42);
        }
        return pilha;
    }
}
