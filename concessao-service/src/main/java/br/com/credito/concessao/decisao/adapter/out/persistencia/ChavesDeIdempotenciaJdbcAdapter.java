package br.com.credito.concessao.decisao.adapter.out.persistencia;

import br.com.credito.concessao.decisao.domain.ChaveIdempotencia;
import br.com.credito.concessao.decisao.domain.port.ChavesDeIdempotencia;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keys per caller ({@code dono}) that expire after the retention, as investimento's: a retry after that decides
 * anew, and the table holds only recent keys.
 */
public record ChavesDeIdempotenciaJdbcAdapter(JdbcClient jdbc, Clock relogio, Duration retencao)
        implements ChavesDeIdempotencia {

    @Override
    public Optional<ChaveIdempotencia> buscar(String dono, String chave) {
        return jdbc.sql("""
                        select dono, chave, hash_corpo, id_concessao from chave_idempotencia
                        where dono = :dono and chave = :chave and criada_em >= :limite""")
                .param("dono", dono)
                .param("chave", chave)
                .param("limite", Tempo.paraBanco(relogio.instant().minus(retencao)))
                .query((rs, linha) -> new ChaveIdempotencia(
                        rs.getString("dono"),
                        rs.getString("chave"),
                        rs.getString("hash_corpo"),
                        rs.getObject("id_concessao", UUID.class)))
                .optional();
    }

    /**
     * {@code on conflict} waits for a concurrent holder of the key to commit or roll back; an expired key of the same
     * caller (not yet cleaned) is taken over, so expiry is exact and does not depend on the cleanup's timing.
     */
    @Override
    public boolean reservar(ChaveIdempotencia chave) {
        return jdbc.sql("""
                        insert into chave_idempotencia (dono, chave, hash_corpo, id_concessao, criada_em)
                        values (:dono, :chave, :hash, :idConcessao, :agora)
                        on conflict (dono, chave) do update
                            set hash_corpo = excluded.hash_corpo,
                                id_concessao = excluded.id_concessao,
                                criada_em = excluded.criada_em
                            where chave_idempotencia.criada_em < :limite""")
                        .param("dono", chave.dono())
                        .param("chave", chave.chave())
                        .param("hash", chave.hashCorpo())
                        .param("idConcessao", chave.idConcessao())
                        .param("agora", Tempo.paraBanco(relogio.instant()))
                        .param("limite", Tempo.paraBanco(relogio.instant().minus(retencao)))
                        .update()
                == 1;
    }

    /** Forgets expired keys; the index on criada_em keeps this a range delete. */
    @Scheduled(fixedDelayString = "${concessao.idempotencia.intervalo-limpeza:1h}")
    public int esquecerChavesExpiradas() {
        return jdbc.sql("delete from chave_idempotencia where criada_em < :limite")
                .param("limite", Tempo.paraBanco(relogio.instant().minus(retencao)))
                .update();
    }
}
