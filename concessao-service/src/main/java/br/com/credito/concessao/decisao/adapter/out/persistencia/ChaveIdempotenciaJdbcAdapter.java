package br.com.credito.concessao.decisao.adapter.out.persistencia;

import br.com.credito.concessao.decisao.domain.ChaveIdempotencia;
import br.com.credito.concessao.decisao.domain.ChavesIdempotencia;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

public class ChaveIdempotenciaJdbcAdapter implements ChavesIdempotencia {

    private final JdbcClient jdbc;
    private final Clock relogio;

    public ChaveIdempotenciaJdbcAdapter(JdbcClient jdbc, Clock relogio) {
        this.jdbc = jdbc;
        this.relogio = relogio;
    }

    @Override
    public Optional<ChaveIdempotencia> buscar(String chave) {
        return jdbc.sql("select chave, hash_corpo, id_concessao from chave_idempotencia where chave = :chave")
                .param("chave", chave)
                .query((rs, linha) -> new ChaveIdempotencia(
                        rs.getString("chave"), rs.getString("hash_corpo"), rs.getObject("id_concessao", UUID.class)))
                .optional();
    }

    /** {@code on conflict do nothing} waits for a concurrent holder of the key to commit or roll back. */
    @Override
    public boolean reservar(ChaveIdempotencia chave) {
        return jdbc.sql("""
                        insert into chave_idempotencia (chave, hash_corpo, id_concessao, criada_em)
                        values (:chave, :hash, :idConcessao, :agora)
                        on conflict (chave) do nothing""")
                        .param("chave", chave.chave())
                        .param("hash", chave.hashCorpo())
                        .param("idConcessao", chave.idConcessao())
                        .param("agora", Tempo.paraBanco(relogio.instant()))
                        .update()
                == 1;
    }
}
