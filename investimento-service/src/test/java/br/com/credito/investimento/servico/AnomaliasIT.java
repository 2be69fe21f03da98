package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, item 5, on PostgreSQL with the default bounds (10 investments or R$ 1.000.000 per client in 24 h): the
 * investment beyond them is registered but held for review, and the client's earlier ones are not.
 */
@TesteDeServico
class AnomaliasIT {

    @LocalServerPort
    private int porta;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void decimoPrimeiroInvestimentoDoDiaFicaRetidoParaRevisao() {
        ApiDeTeste api = new ApiDeTeste(porta);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            HttpResponse<String> resposta = api.registrar(ApiDeTeste.corpo("anomalia-1", "CDB", "100.00"), null);
            assertThat(resposta.statusCode()).isEqualTo(201);
            ids.add(ApiDeTeste.idInvestimento(resposta));
        }

        assertThat(retidos("anomalia-1")).containsExactly(ids.get(10));
    }

    @Test
    void valorAcimaDoTetoDoPeriodoFicaRetidoMesmoSendoOPrimeiro() {
        HttpResponse<String> resposta =
                new ApiDeTeste(porta).registrar(ApiDeTeste.corpo("anomalia-2", "CDB", "1000000.01"), null);

        assertThat(resposta.statusCode()).isEqualTo(201);
        assertThat(retidos("anomalia-2")).containsExactly(ApiDeTeste.idInvestimento(resposta));
    }

    private List<Long> retidos(String idCliente) {
        return jdbc.sql("select id_investimento from investimento_em_revisao where id_cliente = :id")
                .param("id", idCliente)
                .query(Long.class)
                .list();
    }
}
