package br.com.credito.concessao.decisao.adapter.out.persistencia;

import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import br.com.credito.concessao.decisao.domain.port.HistoricoLimites;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public record HistoricoLimiteJdbcAdapter(JdbcClient jdbc) implements HistoricoLimites {

    @Override
    public void registrar(AlteracaoLimite a) {
        jdbc.sql("""
                        insert into historico_limite (id_cliente, limite_anterior, limite_novo, id_concessao, id_evento,
                            versao_politica, registrado_em)
                        values (:idCliente, :anterior, :novo, :idConcessao, :idEvento, :versao, :registradoEm)""")
                .param("idCliente", a.idCliente())
                .param("anterior", a.limiteAnterior())
                .param("novo", a.limiteNovo())
                .param("idConcessao", a.idConcessao())
                .param("idEvento", a.idEvento())
                .param("versao", a.versaoPolitica())
                .param("registradoEm", Tempo.paraBanco(a.registradoEm()))
                .update();
    }

    @Override
    public List<AlteracaoLimite> doCliente(String idCliente, int pagina, int tamanho) {
        return jdbc.sql("""
                        select id_cliente, limite_anterior, limite_novo, id_concessao, id_evento, versao_politica,
                            registrado_em
                        from historico_limite where id_cliente = :idCliente order by registrado_em, id
                        limit :tamanho offset :deslocamento""")
                .param("idCliente", idCliente)
                .param("tamanho", tamanho)
                .param("deslocamento", (long) pagina * tamanho)
                .query((rs, linha) -> new AlteracaoLimite(
                        rs.getString("id_cliente"),
                        rs.getBigDecimal("limite_anterior"),
                        rs.getBigDecimal("limite_novo"),
                        rs.getObject("id_concessao", UUID.class),
                        rs.getObject("id_evento", UUID.class),
                        rs.getInt("versao_politica"),
                        Tempo.lerInstante(rs, "registrado_em")))
                .list();
    }

    @Override
    public long quantasDoCliente(String idCliente) {
        return jdbc.sql("select count(*) from historico_limite where id_cliente = :idCliente")
                .param("idCliente", idCliente)
                .query(Long.class)
                .single();
    }
}
