package br.com.credito.investimento.investimento.adapter.out.persistencia;

import br.com.credito.investimento.config.InvestimentoProperties;
import br.com.credito.investimento.investimento.domain.ChaveIdempotencia;
import br.com.credito.investimento.investimento.domain.RegistroDeIdempotencia;
import br.com.credito.investimento.investimento.domain.port.ChavesDeIdempotencia;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reservation is an {@code INSERT ... ON CONFLICT DO NOTHING} on the key's primary key. PostgreSQL makes a second
 * insert of the same key wait until the first transaction ends: if it committed, the second inserts nothing and reads
 * the committed row (READ COMMITTED gives each statement a fresh snapshot); if it rolled back, the second takes the
 * key. No request ever sees a half-done registration, so there is no "in progress" answer to give.
 */
@Component
record ChavesDeIdempotenciaJdbcAdapter(JdbcClient jdbc, Clock clock, InvestimentoProperties propriedades)
        implements ChavesDeIdempotencia {

    /** A holder that rolls back between our insert and our select leaves the key free again: try to take it. */
    private static final int TENTATIVAS = 3;

    /** Forgets keys older than the retention; the index on criado_em keeps this a range delete. */
    @Scheduled(fixedDelayString = "${investimento.idempotencia.intervalo-limpeza}")
    void esquecerChavesAntigas() {
        jdbc.sql("DELETE FROM idempotencia WHERE criado_em < :limite")
                .param(
                        "limite",
                        Timestamp.from(clock.instant()
                                .minus(propriedades.idempotencia().retencao())))
                .update();
    }

    @Override
    public Optional<RegistroDeIdempotencia> reservar(ChaveIdempotencia chave, String impressaoDigital) {
        for (int tentativa = 0; tentativa < TENTATIVAS; tentativa++) {
            if (inserir(chave, impressaoDigital)) {
                return Optional.empty();
            }
            Optional<RegistroDeIdempotencia> anterior = buscar(chave);
            if (anterior.isPresent()) {
                return anterior;
            }
        }
        throw new IllegalStateException(
                "Chave de idempotencia disputada sem vencedor apos " + TENTATIVAS + " tentativas");
    }

    @Override
    public void vincular(ChaveIdempotencia chave, long idInvestimento) {
        jdbc.sql("UPDATE idempotencia SET id_investimento = :id WHERE dono = :dono AND chave = :chave")
                .param("id", idInvestimento)
                .param("dono", chave.dono())
                .param("chave", chave.valor())
                .update();
    }

    private boolean inserir(ChaveIdempotencia chave, String impressaoDigital) {
        return jdbc.sql("""
                        INSERT INTO idempotencia (dono, chave, impressao_digital, criado_em)
                        VALUES (:dono, :chave, :impressao, :agora)
                        ON CONFLICT (dono, chave) DO NOTHING""")
                        .param("dono", chave.dono())
                        .param("chave", chave.valor())
                        .param("impressao", impressaoDigital)
                        .param("agora", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    private Optional<RegistroDeIdempotencia> buscar(ChaveIdempotencia chave) {
        return jdbc.sql("""
                        SELECT impressao_digital, id_investimento FROM idempotencia
                        WHERE dono = :dono AND chave = :chave AND id_investimento IS NOT NULL""")
                .param("dono", chave.dono())
                .param("chave", chave.valor())
                .query((rs, n) -> new RegistroDeIdempotencia(rs.getString(1), rs.getLong(2)))
                .optional();
    }
}
