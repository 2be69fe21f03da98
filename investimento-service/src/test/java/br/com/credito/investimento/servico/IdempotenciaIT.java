package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@TesteDeServico
class IdempotenciaIT {

    @LocalServerPort
    private int porta;

    @Autowired
    private JdbcClient jdbc;

    private ApiDeTeste api() {
        return new ApiDeTeste(porta);
    }

    private long investimentosDo(String idCliente) {
        return jdbc.sql("SELECT count(*) FROM investimento WHERE id_cliente = :c")
                .param("c", idCliente)
                .query(Long.class)
                .single();
    }

    @Test
    void mesmaChaveEMesmoCorpoDevolveARespostaOriginalSemCriarNada() {
        String corpo = ApiDeTeste.corpo("idem-1", "CDB", "500.00");
        HttpResponse<String> primeira = api().registrar(corpo, "chave-idem-1");
        HttpResponse<String> repetida = api().registrar(ApiDeTeste.corpo("idem-1", "CDB", "500"), "chave-idem-1");

        assertThat(primeira.statusCode()).isEqualTo(201);
        assertThat(repetida.statusCode()).isEqualTo(201);
        assertThat(repetida.body()).isEqualTo(primeira.body());
        assertThat(repetida.headers().firstValue("Location"))
                .isEqualTo(primeira.headers().firstValue("Location"));
        assertThat(repetida.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(investimentosDo("idem-1")).isEqualTo(1);
    }

    @Test
    void mesmaChaveComOutroCorpoResponde409() {
        assertThat(api().registrar(ApiDeTeste.corpo("idem-2", "CDB", "500.00"), "chave-idem-2")
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> conflito = api().registrar(ApiDeTeste.corpo("idem-2", "LCA", "500.00"), "chave-idem-2");

        assertThat(conflito.statusCode()).isEqualTo(409);
        assertThat(conflito.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(conflito.body()).contains("\"codigo\":\"IDEMPOTENCY_KEY_REUSADA\"");
        assertThat(investimentosDo("idem-2")).isEqualTo(1);
    }

    @Test
    void respostaDeErro4xxNaoELembrada() {
        HttpResponse<String> invalida = api().registrar(ApiDeTeste.corpo("idem-3", "CDB", "-1"), "chave-idem-3");
        HttpResponse<String> corrigida = api().registrar(ApiDeTeste.corpo("idem-3", "CDB", "10"), "chave-idem-3");

        assertThat(invalida.statusCode()).isEqualTo(400);
        assertThat(corrigida.statusCode()).isEqualTo(201);
        assertThat(corrigida.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(investimentosDo("idem-3")).isEqualTo(1);
    }

    @Test
    void chaveDeCentoEVinteENoveCaracteresResponde400ECentoEVinteEOitoPassa() {
        String corpo = ApiDeTeste.corpo("idem-4", "FUNDO", "10");

        HttpResponse<String> longa = api().registrar(corpo, "x".repeat(129));

        assertThat(longa.statusCode()).isEqualTo(400);
        assertThat(longa.body()).contains("\"campo\":\"Idempotency-Key\"");
        assertThat(api().registrar(corpo, "x".repeat(128)).statusCode()).isEqualTo(201);
        assertThat(investimentosDo("idem-4")).isEqualTo(1);
    }

    @Test
    void pedidosConcorrentesComAMesmaChaveCriamUmInvestimento() throws Exception {
        int pedidos = 12;
        String corpo = ApiDeTeste.corpo("idem-5", "TESOURO_DIRETO", "2500.00");
        CountDownLatch largada = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> respostas = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(pedidos)) {
            for (int i = 0; i < pedidos; i++) {
                Callable<HttpResponse<String>> pedido = () -> {
                    largada.await();
                    return api().registrar(corpo, "chave-concorrente");
                };
                respostas.add(executor.submit(pedido));
            }
            largada.countDown();
            List<HttpResponse<String>> todas = new ArrayList<>();
            for (Future<HttpResponse<String>> r : respostas) {
                todas.add(r.get());
            }

            assertThat(todas).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
            assertThat(todas.stream().map(HttpResponse::body).distinct()).hasSize(1);
        }
        assertThat(investimentosDo("idem-5")).isEqualTo(1);
    }
}
