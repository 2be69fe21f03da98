package br.com.credito.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
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
}
