package br.com.credito.concessao.decisao.adapter.out.persistencia;

import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.SolicitacaoRevisao;
import br.com.credito.concessao.decisao.domain.port.SolicitacoesRevisao;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Protocol numbers: {@code REV-<year>-<8-digit sequence>}, readable over the phone. */
@Component
public record SolicitacaoRevisaoJdbcAdapter(JdbcClient jdbc, Clock relogio) implements SolicitacoesRevisao {

    @Override
    public SolicitacaoRevisao registrar(UUID idConcessao, OrigemRevisao origem, String justificativa) {
        Instant agora = relogio.instant();
        long numero = jdbc.sql("select nextval('protocolo_revisao_seq')")
                .query(Long.class)
                .single();
        String protocolo = "REV-%d-%08d".formatted(agora.atZone(ZoneOffset.UTC).getYear(), numero);
        var solicitacao = new SolicitacaoRevisao(protocolo, idConcessao, origem, justificativa, agora);
        jdbc.sql("""
                        insert into solicitacao_revisao (protocolo, id_concessao, origem, justificativa, solicitada_em)
                        values (:protocolo, :idConcessao, :origem, :justificativa, :agora)""")
                .param("protocolo", protocolo)
                .param("idConcessao", idConcessao)
                .param("origem", origem.name())
                .param("justificativa", justificativa)
                .param("agora", Tempo.paraBanco(agora))
                .update();
        return solicitacao;
    }

    @Override
    public Optional<SolicitacaoRevisao> buscar(UUID idConcessao, OrigemRevisao origem) {
        return jdbc.sql("""
                        select protocolo, id_concessao, origem, justificativa, solicitada_em from solicitacao_revisao
                        where id_concessao = :idConcessao and origem = :origem order by solicitada_em limit 1""")
                .param("idConcessao", idConcessao)
                .param("origem", origem.name())
                .query((rs, linha) -> new SolicitacaoRevisao(
                        rs.getString("protocolo"),
                        rs.getObject("id_concessao", UUID.class),
                        OrigemRevisao.valueOf(rs.getString("origem")),
                        rs.getString("justificativa"),
                        Tempo.lerInstante(rs, "solicitada_em")))
                .optional();
    }
}
