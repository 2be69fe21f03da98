package br.com.credito.concessao.decisao;

import static br.com.credito.concessao.apoio.ClienteHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.ClienteHttp;
import br.com.credito.concessao.apoio.DownstreamsDeTeste;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import br.com.credito.concessao.decisao.adapter.out.persistencia.ChavesDeIdempotenciaJdbcAdapter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Idempotency-Key on real PostgreSQL, and the reading API over stored decisions (same context as ConcessaoIT). */
@TesteDeIntegracao
class IdempotenciaELeituraIT {

    @LocalServerPort
    private int porta;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ChavesDeIdempotenciaJdbcAdapter chaves;

    private ClienteHttp http;

    @BeforeEach
    void preparar() {
        DownstreamsDeTeste.padrao();
        http = new ClienteHttp(porta);
    }

    @Test
    void aMesmaChaveComOMesmoCorpoDevolveADecisaoOriginalSemGravarOutra() {
        String primeira = json(http.conceder("idem-1", "GOLD", "chave-idem-1"))
                .path("idConcessao")
                .asString();

        HttpResponse<String> repetida = http.conceder("idem-1", "GOLD", "chave-idem-1");

        assertThat(repetida.statusCode()).isEqualTo(200);
        assertThat(json(repetida).path("idConcessao").asString()).isEqualTo(primeira);
        assertThat(ClienteHttp.decisoesGravadas(jdbc, "idem-1")).isEqualTo(1);
    }

    /** Issue 16, item 7: keys are scoped by the calling client, so channels neither collide nor replay each other. */
    @Test
    void aMesmaChaveDeDoisCanaisSaoDuasSolicitacoes() {
        HttpResponse<String> doCanalA = ClienteHttp.doCanal(porta, "canal-a").conceder("idem-5", "GOLD", "chave-comum");
        HttpResponse<String> doCanalB =
                ClienteHttp.doCanal(porta, "canal-b").conceder("idem-5", "BLACK", "chave-comum");

        assertThat(doCanalA.statusCode()).isEqualTo(200);
        assertThat(doCanalB.statusCode()).isEqualTo(200);
        assertThat(json(doCanalB).path("idConcessao").asString())
                .isNotEqualTo(json(doCanalA).path("idConcessao").asString());
        assertThat(ClienteHttp.decisoesGravadas(jdbc, "idem-5")).isEqualTo(2);
    }

    /** Issue 16, item 7: keys expire (7 days by default); a retry after that decides anew, and the cleanup deletes. */
    @Test
    void chaveExpiradaNaoRepeteADecisaoEALimpezaAApaga() {
        http.conceder("idem-6", "GOLD", "chave-idem-6");
        jdbc.sql("update chave_idempotencia set criada_em = now() - interval '8 days' where chave = 'chave-idem-6'")
                .update();

        HttpResponse<String> depois = http.conceder("idem-6", "BLACK", "chave-idem-6");

        assertThat(depois.statusCode()).isEqualTo(200);
        assertThat(ClienteHttp.decisoesGravadas(jdbc, "idem-6")).isEqualTo(2);
        jdbc.sql("update chave_idempotencia set criada_em = now() - interval '8 days' where chave = 'chave-idem-6'")
                .update();
        assertThat(chaves.esquecerChavesExpiradas()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from chave_idempotencia where chave = 'chave-idem-6'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMesmaChaveComOutroCorpoResponde409() {
        http.conceder("idem-2", "GOLD", "chave-idem-2");

        HttpResponse<String> outra = http.conceder("idem-2", "BLACK", "chave-idem-2");

        assertThat(outra.statusCode()).isEqualTo(409);
        assertThat(json(outra).path("codigo").asString()).isEqualTo("IDEMPOTENCIA_CONFLITO");
        assertThat(ClienteHttp.decisoesGravadas(jdbc, "idem-2")).isEqualTo(1);
    }

    @Test
    void requisicoesConcorrentesComAMesmaChaveProduzemUmaDecisao() throws Exception {
        Callable<HttpResponse<String>> pedido = () -> http.conceder("idem-3", "GOLD", "chave-idem-3");
        List<HttpResponse<String>> respostas;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> futuros = executor.invokeAll(
                    IntStream.range(0, 6).mapToObj(i -> pedido).toList());
            respostas = futuros.stream().map(IdempotenciaELeituraIT::obter).toList();
        }

        assertThat(respostas).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(respostas.stream()
                        .map(r -> json(r).path("idConcessao").asString())
                        .distinct())
                .hasSize(1);
        assertThat(ClienteHttp.decisoesGravadas(jdbc, "idem-3")).isEqualTo(1);
    }

    @Test
    void statusDeClienteDesconhecidoResponde404ProblemJson() {
        HttpResponse<String> resposta = http.get("/v1/cartao/status/desconhecido-1");

        assertThat(resposta.statusCode()).isEqualTo(404);
        assertThat(json(resposta).path("codigo").asString()).isEqualTo("CLIENTE_NAO_ENCONTRADO");
    }

    @Test
    void statusEHistoricoDeLimitesSeguemAUltimaDecisao() {
        http.conceder("status-1", "GOLD", null);

        JsonNode status = json(http.get("/v1/cartao/status/status-1"));
        assertThat(status.path("statusCartao").asString()).isEqualTo("APROVADO");
        assertThat(status.path("limiteAtual").decimalValue()).isEqualByComparingTo("5000");

        JsonNode historico = json(http.get("/v1/cartao/limites/status-1/historico"));
        assertThat(historico.path("alteracoes")).hasSize(1);
        assertThat(historico.at("/alteracoes/0/causa").asString()).isEqualTo("CONCESSAO");
        assertThat(historico.at("/alteracoes/0/limiteAnterior").isNull()).isTrue();
        assertThat(historico.at("/alteracoes/0/versaoPolitica").asInt()).isEqualTo(1);
    }

    /** Issue 16, item 4: the limit history is paged (20 by default, at most 100) and keeps its object shape. */
    @Test
    void historicoDeLimitesEPaginado() {
        String id = json(http.conceder("pagina-1", "GOLD", null))
                .path("idConcessao")
                .asString();
        for (int i = 1; i < 25; i++) {
            jdbc.sql("""
                            insert into historico_limite (id_cliente, limite_anterior, limite_novo, id_concessao,
                                versao_politica, registrado_em)
                            values ('pagina-1', 5000, 5000 + :i, cast(:id as uuid), 1, now() + make_interval(secs => :i))""").param("i", i).param("id", id).update();
        }

        HttpResponse<String> primeira = http.get("/v1/cartao/limites/pagina-1/historico");
        assertThat(json(primeira).path("alteracoes")).hasSize(20);
        assertThat(json(primeira).path("total").asLong()).isEqualTo(25);
        assertThat(json(primeira).at("/alteracoes/0/causa").asString()).isEqualTo("CONCESSAO");
        assertThat(primeira.headers().firstValue("X-Total-Count")).hasValue("25");
        assertThat(primeira.headers().firstValue("Link"))
                .hasValueSatisfying(l -> assertThat(l).contains("rel=\"next\""));
        assertThat(json(http.get("/v1/cartao/limites/pagina-1/historico?pagina=1"))
                        .path("alteracoes"))
                .hasSize(5);
        assertThat(http.get("/v1/cartao/limites/pagina-1/historico?tamanho=101").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aExplicacaoDeUmaDecisaoGravadaCitaSeusMotivosVersaoEFontesEARevisaoGeraProtocolo() {
        String id = json(http.conceder("explica-1", "GOLD", null))
                .path("idConcessao")
                .asString();

        JsonNode explicacao = json(http.get("/v1/cartao/concessoes/" + id + "/explicacao"));
        assertThat(explicacao.at("/criterios/0/codigo").asString()).isEqualTo("SCORE_FAIXA_ALTA");
        assertThat(explicacao.path("resumo").asString()).contains("aprovado").contains("versão 1");
        assertThat(explicacao.at("/dados/1/origem").asString()).isEqualTo("CACHE");
        assertThat(explicacao.at("/dados/1/comoFoiObtido").asString()).contains("120 s");

        HttpResponse<String> revisao = http.post("/v1/cartao/concessoes/" + id + "/revisao", "{}");
        assertThat(revisao.statusCode()).isEqualTo(201);
        String protocolo = json(revisao).path("protocolo").asString();
        assertThat(protocolo).matches("REV-\\d{4}-\\d{8}");
        assertThat(json(http.post("/v1/cartao/concessoes/" + id + "/revisao", "{}"))
                        .path("protocolo")
                        .asString())
                .isEqualTo(protocolo);
    }

    private static <T> T obter(Future<T> futuro) {
        try {
            return futuro.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
