package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import br.com.credito.investimento.investimento.application.RegistrarInvestimento;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.TipoInvestimento;
import br.com.credito.investimento.servico.FilaDeTeste.Recebida;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@TesteDeServico
class PublicacaoDeEventoIT {

    @LocalServerPort
    private int porta;

    @Autowired
    private RegistrarInvestimento registrar;

    @Autowired
    private TransactionTemplate transacao;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void umInvestimentoGeraExatamenteUmaMensagemValidaPeloSchema() throws IOException {
        HttpResponse<String> resposta =
                new ApiDeTeste(porta).registrar(ApiDeTeste.corpo("cliente-evento-1", "LCI", "1234.50"), null);
        assertThat(resposta.statusCode()).isEqualTo(201);
        long id = ApiDeTeste.idInvestimento(resposta);

        List<Recebida> recebidas = FilaDeTeste.receberAte(r -> doInvestimento(r, id) >= 1, Duration.ofSeconds(20));
        recebidas.addAll(FilaDeTeste.receberDurante(Duration.ofSeconds(2)));

        List<Recebida> minhas =
                recebidas.stream().filter(r -> r.idInvestimento() == id).toList();
        assertThat(minhas).hasSize(1);
        Recebida mensagem = minhas.getFirst();
        assertThat(schema().validate(new ObjectMapper().readTree(mensagem.corpo())))
                .isEmpty();
        assertThat(mensagem.evento().get("idCliente").asString()).isEqualTo("cliente-evento-1");
        assertThat(mensagem.evento().get("tipoInvestimento").asString()).isEqualTo("LCI");
        assertThat(mensagem.evento().get("valor").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(mensagem.atributos().get("traceparent").stringValue())
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(mensagem.atributos().get("eventType").stringValue()).isEqualTo(InvestimentoCriadoEvent.TIPO);
    }

    @Test
    void transacaoDesfeitaNaoDeixaInvestimentoNemEvento() {
        AtomicLong desfeito = new AtomicLong();
        assertThatThrownBy(() -> transacao.executeWithoutResult(status -> {
                    desfeito.set(registrar
                            .executar(
                                    new NovoInvestimento("cliente-rollback", TipoInvestimento.CDB, BigDecimal.TEN),
                                    Optional.empty())
                            .idInvestimento());
                    throw new IllegalStateException("falha depois do insert, dentro da transacao");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(desfeito.get()).isPositive();

        // A later investment is delivered; by then the rolled-back one would have been too.
        long depois = ApiDeTeste.idInvestimento(
                new ApiDeTeste(porta).registrar(ApiDeTeste.corpo("cliente-rollback", "CDB", "11"), null));
        List<Recebida> recebidas = FilaDeTeste.receberAte(r -> doInvestimento(r, depois) >= 1, Duration.ofSeconds(20));
        recebidas.addAll(FilaDeTeste.receberDurante(Duration.ofSeconds(2)));

        assertThat(doInvestimento(recebidas, depois)).isEqualTo(1);
        assertThat(doInvestimento(recebidas, desfeito.get())).isZero();
        assertThat(new ApiDeTeste(porta)
                        .consultar("/v1/investimentos/" + desfeito.get())
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE :id")
                        .param("id", "%\"idInvestimento\":" + desfeito.get() + ",%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    static long doInvestimento(List<Recebida> recebidas, long id) {
        return recebidas.stream().filter(r -> r.idInvestimento() == id).count();
    }

    static JsonSchema schema() throws IOException {
        try (InputStream schema =
                InvestimentoCriadoEvent.class.getClassLoader().getResourceAsStream(InvestimentoCriadoEvent.SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
        }
    }
}
