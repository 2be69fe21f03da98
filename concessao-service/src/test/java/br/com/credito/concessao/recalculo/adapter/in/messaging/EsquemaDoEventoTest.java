package br.com.credito.concessao.recalculo.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16, item 5: a message outside investimento-criado v1's schema never reaches the recalculation. */
class EsquemaDoEventoTest {

    private static final String VALIDO = "{\"eventId\":\"3f1c2b9e-6a55-4c1e-9d2a-0b8e7f6a5c41\","
            + "\"eventType\":\"investimento-criado\",\"version\":1,\"occurredAt\":\"2026-11-29T10:00:00Z\","
            + "\"idCliente\":\"12345\",\"idInvestimento\":7,\"tipoInvestimento\":\"CDB\",\"valor\":100.50}";

    @Test
    void eventoDoContratoPassa() {
        assertThatCode(() -> EsquemaDoEvento.validarInvestimentoCriado(VALIDO)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"valor\":100.50}|\"valor\":100.505}",
                "\"valor\":100.50}|\"valor\":-1}",
                "\"CDB\"|\"ACOES\"",
                "\"valor\":100.50}|\"valor\":100.50,\"limiteNovo\":999999}",
                "\"idCliente\":\"12345\"|\"idCliente\":\"../../x\"",
                "\"version\":1|\"version\":2"
            })
    void eventoForaDoContratoERecusadoSemCitarValores(String troca) {
        String[] partes = troca.split("\\|");
        String corpo = VALIDO.replace(partes[0], partes[1]);
        assertThatThrownBy(() -> EsquemaDoEvento.validarInvestimentoCriado(corpo))
                .isInstanceOf(EsquemaDoEvento.EventoForaDoContratoException.class)
                .hasMessageNotContaining("12345");
    }

    @Test
    void corpoQueNaoEJsonERecusado() {
        assertThatThrownBy(() -> EsquemaDoEvento.validarInvestimentoCriado("nao e json"))
                .isInstanceOf(EsquemaDoEvento.EventoForaDoContratoException.class);
    }
}
