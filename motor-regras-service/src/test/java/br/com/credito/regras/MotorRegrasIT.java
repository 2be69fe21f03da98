package br.com.credito.regras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.avaliacao.domain.PoliticasDeTeste;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The service end to end over HTTP on a real PostgreSQL: the seed example, hot activation and rollback, the
 * database's guarantees, validation of drafts. Every test leaves version 2 active, as the migrations put it.
 */
@TesteDeServico
class MotorRegrasIT {

    @LocalServerPort
    int porta;

    @Autowired
    JdbcTemplate jdbc;

    /** The version in force after the migrations: V4 published version 2 (open debt by product type). */
    static final int VIGENTE = 2;

    ApiDeTeste api;

    @BeforeEach
    void iniciar() {
        api = new ApiDeTeste(porta);
        assertThat(versaoAtivaNoBanco()).isEqualTo(VIGENTE);
    }

    @AfterEach
    void restaurarVersaoVigente() {
        jdbc.update(
                "update regras.versao_politica set status = 'INATIVA' where status = 'ATIVA' and versao <> ?", VIGENTE);
        jdbc.update("update regras.versao_politica set status = 'ATIVA' where versao = ?", VIGENTE);
        // A test that switched versions behind the service's back leaves its cache behind until the next poll.
        aguardarVersaoEmUso(VIGENTE);
    }

    /** Concessão's warm-up evaluates for synthetic clients: the same answer, but no decision on the dashboards. */
    @Test
    void avaliacaoDeClienteSinteticoNaoContaComoDecisao(@Autowired MeterRegistry metricas) {
        double antes = decisoesContadas(metricas);

        HttpResponse<String> sintetica = api.avaliar(CorposDeTeste.avaliacao(ClienteSintetico.id(1), 750, ""));
        assertThat(sintetica.statusCode()).isEqualTo(200);
        assertThat(ApiDeTeste.json(sintetica).get("versaoPolitica").asInt()).isEqualTo(VIGENTE);
        assertThat(decisoesContadas(metricas)).isEqualTo(antes);

        assertThat(api.avaliar(CorposDeTeste.avaliacao("12345", 750, "")).statusCode())
                .isEqualTo(200);
        assertThat(decisoesContadas(metricas)).isEqualTo(antes + 1);
    }

    private static double decisoesContadas(MeterRegistry metricas) {
        return metricas.find("regras.decisoes").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    @Test
    void exemploDoSeedDeveSerAprovadoComCincoMilPelaVersao2() {
        HttpResponse<String> resposta = api.avaliar(CorposDeTeste.SEED);

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body()).contains("\"limiteAprovado\":5000.00");
        JsonNode decisao = ApiDeTeste.json(resposta);
        assertThat(decisao.get("codigoDecisao").asString()).isEqualTo("APROVADO");
        assertThat(decisao.get("descricao").asString())
                .isEqualTo("Limite aprovado de R$ 5.000 baseado em score e histórico");
        assertThat(decisao.get("motivos").get(0).get("codigo").asString()).isEqualTo("SCORE_FAIXA_ALTA");
        assertThat(decisao.get("versaoPolitica").asInt()).isEqualTo(VIGENTE);
    }

    @Test
    void versoesDoBancoDevemSerAsPoliticasDocumentadas() {
        JsonNode versao1 = api.adminOk("GET", "/v1/regras/politicas/1", null);
        JsonNode ativa = api.adminOk("GET", "/v1/regras/politicas/ativa", null);

        // A JSON tree holds 0.40 as the double 0.4: compare amounts by value, not by scale.
        assertThat(ApiDeTeste.JSON.treeToValue(versao1.get("parametros"), ParametrosPolitica.class))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(PoliticasDeTeste.padrao());
        assertThat(ativa.get("versao").asInt()).isEqualTo(VIGENTE);
        assertThat(ativa.get("versaoAnterior").asInt()).isEqualTo(1);
        assertThat(ApiDeTeste.JSON.treeToValue(ativa.get("parametros"), ParametrosPolitica.class))
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(PoliticasDeTeste.porProduto());
        assertThat(ativa.get("regras").toString()).contains("Score de 650 a 799 (ALTA): limite base de R$ 4.500.");
    }

    @Test
    void cliente12345DoSimuladorComCdbDeveSerAprovadoComCincoMil() {
        JsonNode decisao = api.avaliarOk(CorposDeTeste.CLIENTE_12345);

        assertThat(decisao.get("codigoDecisao").asString()).isEqualTo("APROVADO");
        assertThat(decisao.get("limiteAprovado").decimalValue()).isEqualByComparingTo("5000");
        assertThat(decisao.get("versaoPolitica").asInt()).isEqualTo(VIGENTE);
    }

    @Test
    void cliente44444ComFinanciamentoImobiliarioNaoDeveSerReprovado() {
        JsonNode decisao = api.avaliarOk(CorposDeTeste.CLIENTE_44444);

        assertThat(decisao.get("codigoDecisao").asString()).isEqualTo("APROVADO");
        assertThat(decisao.get("limiteAprovado").decimalValue()).isEqualByComparingTo("12000");
    }

    /** The simulation run before publishing version 2: version 1 in force, version 2 as the candidate. */
    @Test
    void aVersao2SimuladaContraAVersao1MudaSoQuemTemFinanciamento() {
        jdbc.update("update regras.versao_politica set status = 'INATIVA' where versao = ?", VIGENTE);
        jdbc.update("update regras.versao_politica set status = 'ATIVA' where versao = 1");
        aguardarVersaoEmUso(1);
        String lote = String.join(",", CorposDeTeste.SEED, CorposDeTeste.CLIENTE_12345, CorposDeTeste.CLIENTE_44444);

        JsonNode simulacao = api.adminOk(
                "POST", "/v1/regras/simular", "{\"versaoCandidata\":" + VIGENTE + ",\"entradas\":[" + lote + "]}");

        assertThat(simulacao.get("versaoVigente").asInt()).isEqualTo(1);
        assertThat(simulacao.get("vigente").get("aprovados").asInt()).isEqualTo(2);
        assertThat(simulacao.get("candidata").get("aprovados").asInt()).isEqualTo(3);
        assertThat(simulacao.get("limitesAlterados").asInt())
                .as("12345: R$ 1.500 -> R$ 5.000")
                .isEqualTo(1);
        assertThat(simulacao.get("viradas").size()).isEqualTo(1);
        JsonNode virada = simulacao.get("viradas").get(0);
        assertThat(virada.get("idCliente").asString()).isEqualTo("44444");
        assertThat(virada.get("vigente").get("codigoDecisao").asString()).isEqualTo("REPROVADO");
        assertThat(virada.get("candidata").get("codigoDecisao").asString()).isEqualTo("APROVADO");
    }

    @Test
    void ativarNovaVersaoMudaAProximaDecisaoSemReinicioERollbackRestauraAAnterior() {
        int nova = criarRascunho(PoliticasDeTeste.maisRestritiva());
        assertThat(api.avaliarOk(CorposDeTeste.SEED).get("versaoPolitica").asInt())
                .isEqualTo(VIGENTE);

        JsonNode ativada = api.aprovadorOk("POST", "/v1/regras/politicas/" + nova + "/ativar");
        assertThat(ativada.get("status").asString()).isEqualTo("ATIVA");
        assertThat(ativada.get("versaoAnterior").asInt()).isEqualTo(VIGENTE);

        JsonNode depois = api.avaliarOk(CorposDeTeste.SEED);
        assertThat(depois.get("versaoPolitica").asInt()).isEqualTo(nova);
        assertThat(depois.get("limiteAprovado").decimalValue()).isEqualByComparingTo("3500");

        assertThat(api.adminOk("POST", "/v1/regras/politicas/rollback", null)
                        .get("versao")
                        .asInt())
                .isEqualTo(VIGENTE);
        JsonNode restaurada = api.avaliarOk(CorposDeTeste.SEED);
        assertThat(restaurada.get("versaoPolitica").asInt()).isEqualTo(VIGENTE);
        assertThat(restaurada.get("limiteAprovado").decimalValue()).isEqualByComparingTo("5000");
        // Version 2 names version 1 as its own rollback target (migration V4), so a second rollback goes there.
        assertThat(api.adminOk("POST", "/v1/regras/politicas/rollback", null)
                        .get("versao")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void ativacaoFeitaPorOutraInstanciaChegaAEstaEmSegundos() {
        int nova = criarRascunho(PoliticasDeTeste.maisRestritiva());

        // What another instance's activation leaves in the shared database; this instance's cache is not told.
        jdbc.update("update regras.versao_politica set status = 'INATIVA' where versao = ?", VIGENTE);
        jdbc.update(
                "update regras.versao_politica set status = 'ATIVA', ativada_em = now(), versao_anterior = ?"
                        + " where versao = ?",
                VIGENTE,
                nova);

        aguardarVersaoEmUso(nova);
        api.adminOk("POST", "/v1/regras/politicas/rollback", null);
        assertThat(api.avaliarOk(CorposDeTeste.SEED).get("versaoPolitica").asInt())
                .isEqualTo(VIGENTE);
    }

    @Test
    void simulacaoDeveReportarAsViradasEntreAVersaoCandidataEAVigente() {
        int candidata = criarRascunho(PoliticasDeTeste.maisRestritiva());
        String lote = String.join(
                ",",
                CorposDeTeste.SEED,
                CorposDeTeste.avaliacao("C2", 650, "{\"idContrato\":\"A\",\"saldoAberto\":2500}"),
                CorposDeTeste.avaliacao("C3", 750, "{\"idContrato\":\"B\",\"saldoAberto\":10,\"inadimplente\":true}"),
                "{\"idCliente\":\"C4\",\"scoreIndisponivel\":true,\"listaContratos\":[],\"listaInvestimentos\":[]}");

        JsonNode simulacao = api.adminOk(
                "POST", "/v1/regras/simular", "{\"versaoCandidata\":" + candidata + ",\"entradas\":[" + lote + "]}");

        assertThat(simulacao.get("versaoVigente").asInt()).isEqualTo(VIGENTE);
        assertThat(simulacao.get("vigente").get("taxaAprovacao").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(simulacao.get("candidata").get("taxaAprovacao").decimalValue())
                .isEqualByComparingTo("0.25");
        assertThat(simulacao.get("candidata").get("limiteMedio").decimalValue()).isEqualByComparingTo("3500");
        assertThat(simulacao.get("limitesAlterados").asInt()).isEqualTo(1);
        JsonNode virada = simulacao.get("viradas").get(0);
        assertThat(simulacao.get("viradas").size()).isEqualTo(1);
        assertThat(virada.get("indice").asInt()).isEqualTo(1);
        assertThat(virada.get("idCliente").asString()).isEqualTo("C2");
        assertThat(virada.get("candidata").get("codigoDecisao").asString()).isEqualTo("REPROVADO");
        assertThat(versaoAtivaNoBanco()).isEqualTo(VIGENTE);
    }

    @Test
    void rascunhoIncoerenteDeveResponder400ComOCampo() {
        String parametros = ApiDeTeste.JSON
                .writeValueAsString(PoliticasDeTeste.padrao())
                .replace("\"scoreDe\":550", "\"scoreDe\":500");

        HttpResponse<String> resposta = api.admin(
                "POST", "/v1/regras/politicas", "{\"descricao\":\"sobreposta\",\"parametros\":" + parametros + "}");

        assertThat(resposta.statusCode()).isEqualTo(400);
        assertThat(resposta.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(resposta.body())
                .contains("\"codigo\":\"DADOS_INVALIDOS\"")
                .contains("\"campo\":\"parametros.faixasScore[1].scoreDe\"");
    }

    @Test
    void bancoDeveRecusarSegundaVersaoAtivaEAlteracaoDeVersaoPublicada() {
        int rascunho = criarRascunho(PoliticasDeTeste.maisRestritiva());

        assertThatThrownBy(() ->
                        jdbc.update("update regras.versao_politica set status = 'ATIVA' where versao = ?", rascunho))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() ->
                        jdbc.update("update regras.versao_politica set parametros = '{}'::jsonb where versao = 1"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from regras.versao_politica where versao = ?", rascunho))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void entradaComContratosDemaisDeveResponder400() {
        String contratos = String.join(",", Collections.nCopies(201, "{\"idContrato\":\"X\",\"saldoAberto\":1}"));

        HttpResponse<String> resposta = api.avaliar(CorposDeTeste.avaliacao("12345", 750, contratos));

        assertThat(resposta.statusCode()).isEqualTo(400);
        assertThat(resposta.body()).contains("\"campo\":\"listaContratos\"");
    }

    private int criarRascunho(ParametrosPolitica parametros) {
        String corpo =
                ApiDeTeste.JSON.writeValueAsString(Map.of("descricao", "candidata de teste", "parametros", parametros));
        JsonNode criada = api.adminOk("POST", "/v1/regras/politicas", corpo);
        assertThat(criada.get("status").asString()).isEqualTo("RASCUNHO");
        return criada.get("versao").asInt();
    }

    private Integer versaoAtivaNoBanco() {
        return jdbc.queryForObject("select versao from regras.versao_politica where status = 'ATIVA'", Integer.class);
    }

    /** The service picks up the active version on its next poll: waits until a decision reports it. */
    private void aguardarVersaoEmUso(int esperada) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.avaliarOk(CorposDeTeste.SEED)
                                .get("versaoPolitica")
                                .asInt())
                        .isEqualTo(esperada));
    }
}
