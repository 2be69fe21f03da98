package br.com.credito.common.evento;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Contract of the {@code investimento-criado} event, version 1 (JSON Schema:
 * {@code eventos/investimento-criado/v1.schema.json}). Field names are the wire names. A change that removes or
 * retypes a field is a new version; consumers accept only versions they know.
 */
public record InvestimentoCriadoEvent(
        UUID eventId,
        String eventType,
        int version,
        Instant occurredAt,
        String idCliente,
        long idInvestimento,
        String tipoInvestimento,
        BigDecimal valor) {

    public static final String TIPO = "investimento-criado";
    public static final int VERSAO = 1;
    public static final String SCHEMA = "eventos/investimento-criado/v1.schema.json";

    public InvestimentoCriadoEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(idCliente, "idCliente");
        Objects.requireNonNull(tipoInvestimento, "tipoInvestimento");
        Objects.requireNonNull(valor, "valor");
        if (!TIPO.equals(eventType)) {
            throw new IllegalArgumentException("eventType desconhecido");
        }
        if (version != VERSAO) {
            throw new IllegalArgumentException("versao de evento nao suportada: " + version);
        }
        if (valor.signum() <= 0) {
            throw new IllegalArgumentException("valor deve ser positivo");
        }
    }

    public static InvestimentoCriadoEvent novo(
            String idCliente, long idInvestimento, String tipoInvestimento, BigDecimal valor, Instant quando) {
        return new InvestimentoCriadoEvent(
                UUID.randomUUID(), TIPO, VERSAO, quando, idCliente, idInvestimento, tipoInvestimento, valor);
    }

    /** Keeps the client id out of logs even when the whole event is logged. */
    @Override
    public String toString() {
        return "InvestimentoCriadoEvent[eventId=" + eventId + ", version=" + version + ", idInvestimento="
                + idInvestimento + ", tipoInvestimento=" + tipoInvestimento + "]";
    }
}
