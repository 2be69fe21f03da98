package br.com.credito.concessao.decisao.adapter.out.persistencia;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** PgJDBC maps timestamptz to OffsetDateTime, not Instant. */
final class Tempo {

    private Tempo() {}

    static OffsetDateTime paraBanco(Instant instante) {
        return instante.atOffset(ZoneOffset.UTC);
    }

    static Instant lerInstante(ResultSet rs, String coluna) throws SQLException {
        OffsetDateTime valor = rs.getObject(coluna, OffsetDateTime.class);
        return valor == null ? null : valor.toInstant();
    }
}
