package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A decision as taken and stored. {@code aplicada} is false for a recalculation that would have lowered the limit: it is
 * kept (and sent to review) but the card keeps its previous status and limit.
 */
public record Concessao(
        UUID id,
        EntradasDaDecisao entradas,
        ResultadoPolitica resultado,
        OrigemConcessao origem,
        UUID idEvento,
        boolean aplicada,
        Instant decididaEm) {

    public Concessao {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entradas, "entradas");
        Objects.requireNonNull(resultado, "resultado");
        Objects.requireNonNull(origem, "origem");
        Objects.requireNonNull(decididaEm, "decididaEm");
    }

    public static Concessao solicitada(EntradasDaDecisao entradas, ResultadoPolitica resultado, Instant agora) {
        return new Concessao(UUID.randomUUID(), entradas, resultado, OrigemConcessao.SOLICITACAO, null, true, agora);
    }

    public static Concessao recalculada(
            EntradasDaDecisao entradas, ResultadoPolitica resultado, UUID idEvento, boolean aplicada, Instant agora) {
        return new Concessao(
                UUID.randomUUID(), entradas, resultado, OrigemConcessao.RECALCULO, idEvento, aplicada, agora);
    }

    public String idCliente() {
        return entradas.idCliente();
    }

    public CodigoDecisao codigoDecisao() {
        return resultado.codigoDecisao();
    }

    public BigDecimal limite() {
        return resultado.limiteAprovado();
    }
}
