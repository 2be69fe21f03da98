package br.com.credito.concessao.decisao.adapter.out.persistencia;

import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.OrigemConcessao;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public record ConcessaoJdbcAdapter(JdbcClient jdbc) implements Concessoes {

    private static final String COLUNAS = "id, codigo_decisao, descricao, limite_aprovado, versao_politica, motivos,"
            + " entradas, origem, id_evento, aplicada, decidida_em";

    @Override
    public void salvar(Concessao c) {
        jdbc.sql("""
                        insert into concessao (id, id_cliente, tipo_cartao, codigo_decisao, descricao, limite_aprovado,
                            versao_politica, motivos, entradas, fontes, origem, id_evento, aplicada, decidida_em)
                        values (:id, :idCliente, :tipoCartao, :codigo, :descricao, :limite, :versao,
                            cast(:motivos as jsonb), cast(:entradas as jsonb), cast(:fontes as jsonb), :origem,
                            :idEvento, :aplicada, :decididaEm)""")
                .param("id", c.id())
                .param("idCliente", c.idCliente())
                .param("tipoCartao", c.entradas().tipoCartao().name())
                .param("codigo", c.codigoDecisao().name())
                .param("descricao", c.resultado().descricao())
                .param("limite", c.limite())
                .param("versao", c.resultado().versaoPolitica())
                .param("motivos", JsonDaDecisao.escrever(c.resultado().motivos()))
                .param("entradas", JsonDaDecisao.escrever(c.entradas()))
                .param("fontes", JsonDaDecisao.escrever(JsonDaDecisao.fontes(c.entradas())))
                .param("origem", c.origem().name())
                .param("idEvento", c.idEvento())
                .param("aplicada", c.aplicada())
                .param("decididaEm", Tempo.paraBanco(c.decididaEm()))
                .update();
    }

    @Override
    public Optional<Concessao> buscar(UUID id) {
        return jdbc.sql("select " + COLUNAS + " from concessao where id = :id")
                .param("id", id)
                .query(ConcessaoJdbcAdapter::mapear)
                .optional();
    }

    @Override
    public Optional<Concessao> ultimaAplicada(String idCliente) {
        return jdbc.sql("select " + COLUNAS + " from concessao where id_cliente = :idCliente and aplicada"
                        + " order by decidida_em desc limit 1")
                .param("idCliente", idCliente)
                .query(ConcessaoJdbcAdapter::mapear)
                .optional();
    }

    @Override
    public void travarCliente(String idCliente) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:idCliente))")
                .param("idCliente", idCliente)
                .query()
                .listOfRows();
    }

    private static Concessao mapear(ResultSet rs, int linha) throws SQLException {
        var resultado = new ResultadoPolitica(
                CodigoDecisao.valueOf(rs.getString("codigo_decisao")),
                rs.getString("descricao"),
                rs.getBigDecimal("limite_aprovado"),
                JsonDaDecisao.motivos(rs.getString("motivos")),
                rs.getInt("versao_politica"));
        return new Concessao(
                rs.getObject("id", UUID.class),
                JsonDaDecisao.entradas(rs.getString("entradas")),
                resultado,
                OrigemConcessao.valueOf(rs.getString("origem")),
                rs.getObject("id_evento", UUID.class),
                rs.getBoolean("aplicada"),
                Tempo.lerInstante(rs, "decidida_em"));
    }
}
