package br.com.credito.common.evento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InvestimentoCriadoEventTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void eventoSerializadoDeveSeguirOSchemaPublicado() throws Exception {
        var evento = InvestimentoCriadoEvent.novo(
                "12345", 98765L, "CDB", new BigDecimal("10000.00"), Instant.parse("2026-11-29T10:00:00Z"));

        Set<ValidationMessage> erros = validar(JSON.writeValueAsString(evento));

        assertThat(erros).isEmpty();
    }

    @Test
    void schemaDeveRecusarEventoSemCampoObrigatorioOuComValorNegativo() throws Exception {
        String semCliente = "{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"eventType\":\"investimento-criado\",\"version\":1,\"occurredAt\":\"2026-11-29T10:00:00Z\","
                + "\"idInvestimento\":1,\"tipoInvestimento\":\"CDB\",\"valor\":10}";
        String negativo = semCliente.replace("\"valor\":10", "\"valor\":-10,\"idCliente\":\"1\"");

        assertThat(validar(semCliente)).isNotEmpty();
        assertThat(validar(negativo)).isNotEmpty();
    }

    @Test
    void deveIdaEVoltarPeloJsonSemPerderPrecisaoDoValor() {
        var evento = InvestimentoCriadoEvent.novo("12345", 1L, "LCI", new BigDecimal("1234.56"), Instant.now());

        var lido = JSON.readValue(JSON.writeValueAsString(evento), InvestimentoCriadoEvent.class);

        assertThat(lido).isEqualTo(evento);
    }

    @Test
    void deveRecusarVersaoDesconhecida() {
        assertThatThrownBy(() -> new InvestimentoCriadoEvent(
                        UUID.randomUUID(), "investimento-criado", 2, Instant.now(), "1", 1, "CDB", BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNaoExpoeOCliente() {
        var evento = InvestimentoCriadoEvent.novo("98765", 1L, "CDB", BigDecimal.TEN, Instant.now());
        assertThat(evento.toString()).doesNotContain("98765");
    }

    private static Set<ValidationMessage> validar(String json) throws Exception {
        try (InputStream schema =
                InvestimentoCriadoEvent.class.getClassLoader().getResourceAsStream(InvestimentoCriadoEvent.SCHEMA)) {
            JsonSchema validador = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
            return validador.validate(new ObjectMapper().readTree(json));
        }
    }
}
