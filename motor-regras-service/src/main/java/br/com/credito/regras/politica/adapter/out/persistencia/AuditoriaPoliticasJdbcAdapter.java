package br.com.credito.regras.politica.adapter.out.persistencia;

import br.com.credito.regras.politica.domain.AcaoAuditada;
import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import br.com.credito.regras.politica.domain.port.AuditoriaPoliticas;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail table and the two author columns of versao_politica, beside the JPA mapping of the version itself. Names
 * are schema-qualified: the connection's search path is not the service's schema (JPA gets it from default_schema).
 */
@Component
class AuditoriaPoliticasJdbcAdapter implements AuditoriaPoliticas {

    private final JdbcClient jdbc;

    AuditoriaPoliticasJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void registrar(RegistroDeAuditoria registro) {
        jdbc.sql("""
                        insert into regras.auditoria_politica (versao, acao, principal, registrada_em)
                        values (:versao, :acao, :principal, :em)""")
                .param("versao", registro.versao())
                .param("acao", registro.acao().name())
                .param("principal", registro.principal())
                .param("em", Timestamp.from(registro.registradaEm()))
                .update();
        jdbc.sql(
                        registro.acao() == AcaoAuditada.CRIADA
                                ? "update regras.versao_politica set criada_por = :principal where versao = :versao"
                                : "update regras.versao_politica set ativada_por = :principal where versao = :versao")
                .param("principal", registro.principal())
                .param("versao", registro.versao())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> autor(int versao) {
        return jdbc.sql(
                        "select criada_por from regras.versao_politica where versao = :versao and criada_por is not null")
                .param("versao", versao)
                .query(String.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistroDeAuditoria> trilha(int versao) {
        return jdbc.sql("""
                        select versao, acao, principal, registrada_em from regras.auditoria_politica
                        where versao = :versao order by id""")
                .param("versao", versao)
                .query((rs, n) -> new RegistroDeAuditoria(
                        rs.getInt("versao"),
                        AcaoAuditada.valueOf(rs.getString("acao")),
                        rs.getString("principal"),
                        rs.getTimestamp("registrada_em").toInstant()))
                .list();
    }
}
