package br.com.credito.concessao.recalculo.adapter.out.persistencia;

import br.com.credito.concessao.recalculo.domain.SituacaoEvento;
import br.com.credito.concessao.recalculo.domain.port.EventosProcessados;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public record EventoProcessadoJdbcAdapter(JdbcClient jdbc, Clock relogio) implements EventosProcessados {

    @Override
    public boolean jaProcessado(UUID idEvento) {
        return jdbc.sql("select count(*) from evento_processado where id_evento = :id")
                        .param("id", idEvento)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean registrar(UUID idEvento, SituacaoEvento situacao, UUID idConcessao) {
        return jdbc.sql("""
                        insert into evento_processado (id_evento, resultado, id_concessao, processado_em)
                        values (:id, :resultado, :idConcessao, :agora)
                        on conflict (id_evento) do nothing""")
                        .param("id", idEvento)
                        .param("resultado", situacao.name())
                        .param("idConcessao", idConcessao)
                        .param("agora", relogio.instant().atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }
}
