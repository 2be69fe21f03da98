package br.com.credito.regras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.regras.avaliacao.domain.PoliticasDeTeste;
import java.net.http.HttpResponse;
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
 * Issue 16, item 6, on a real PostgreSQL: who created and who activated each version comes from the token, the author
 * cannot activate alone, the trail is exposed and append-only, and every amount of a document is bounded.
 */
@TesteDeServico
class AuditoriaDaPoliticaIT {

    private static final String BASE = "/v1/regras/politicas";

    @LocalServerPort
    int porta;

    @Autowired
    JdbcTemplate jdbc;

    /** The version the migrations left in force (2 since V4): other tests of this context expect it back. */
    private int ativaAntes;

    @BeforeEach
    void lembrarVersaoAtiva() {
        ativaAntes =
                jdbc.queryForObject("select versao from regras.versao_politica where status = 'ATIVA'", Integer.class);
    }

    @AfterEach
    void restaurarVersaoAtiva() {
        jdbc.update(
                "update regras.versao_politica set status = 'INATIVA' where status = 'ATIVA' and versao <> ?",
                ativaAntes);
        jdbc.update("update regras.versao_politica set status = 'ATIVA' where versao = ?", ativaAntes);
    }

    @Test
    void versao2PublicadaPelaMigracaoTemAutorEAtivadorNaTrilha() {
        JsonNode trilha = new ApiDeTeste(porta).adminOk("GET", BASE + "/2/auditoria", null);
        // other tests of this class may have rolled back to version 2 since (REVERTIDA): the first two are the
        // migration's
        assertThat(trilha.size()).isGreaterThanOrEqualTo(2);
        assertThat(trilha.get(0).get("acao").asString()).isEqualTo("CRIADA");
        assertThat(trilha.get(0).get("principal").asString()).isEqualTo("migracao:V4");
        assertThat(trilha.get(1).get("acao").asString()).isEqualTo("ATIVADA");
        assertThat(trilha.get(1).get("principal").asString()).isEqualTo("migracao:V4");
    }

    @Test
    void autorNaoAtivaSozinhoOutroPrincipalSimETrilhaRegistraAmbos() {
        ApiDeTeste api = new ApiDeTeste(porta);
        int versao = criar(api);

        HttpResponse<String> sozinho = api.admin("POST", BASE + "/" + versao + "/ativar", null);
        assertThat(sozinho.statusCode()).isEqualTo(403);
        assertThat(sozinho.body()).contains("\"codigo\":\"QUATRO_OLHOS\"");
        assertThat(status(versao)).isEqualTo("RASCUNHO");

        api.aprovadorOk("POST", BASE + "/" + versao + "/ativar");
        api.adminOk("POST", BASE + "/rollback", null);

        JsonNode trilha = api.adminOk("GET", BASE + "/" + versao + "/auditoria", null);
        assertThat(trilha.size()).isEqualTo(2);
        assertThat(trilha.get(0).get("acao").asString()).isEqualTo("CRIADA");
        assertThat(trilha.get(0).get("principal").asString()).isEqualTo("canal-app");
        assertThat(trilha.get(1).get("acao").asString()).isEqualTo("ATIVADA");
        assertThat(trilha.get(1).get("principal").asString()).isEqualTo(ApiDeTeste.APROVADOR);
        JsonNode daAnterior = api.adminOk("GET", BASE + "/" + ativaAntes + "/auditoria", null);
        assertThat(daAnterior.get(daAnterior.size() - 1).get("acao").asString()).isEqualTo("REVERTIDA");
        assertThat(jdbc.queryForMap(
                        "select criada_por, ativada_por from regras.versao_politica where versao = ?", versao))
                .containsEntry("criada_por", "canal-app")
                .containsEntry("ativada_por", ApiDeTeste.APROVADOR);
    }

    @Test
    void trilhaEAutorNaoSaoReescritos() {
        int versao = criar(new ApiDeTeste(porta));

        assertThatThrownBy(() -> jdbc.update("delete from regras.auditoria_politica where versao = ?", versao))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() ->
                        jdbc.update("update regras.versao_politica set criada_por = 'outro' where versao = ?", versao))
                .isInstanceOf(DataAccessException.class);
    }

    /** What another migration may still do: a plain INSERT of a version without the audit columns. */
    @Test
    void insercaoSimplesPorMigracaoContinuaPossivel() {
        Integer versao = jdbc.queryForObject(
                "insert into regras.versao_politica (status, descricao, parametros, criada_em)"
                        + " select 'RASCUNHO', 'por migracao', parametros, now() from regras.versao_politica"
                        + " where versao = 1 returning versao",
                Integer.class);

        assertThat(new ApiDeTeste(porta)
                        .aprovador("POST", BASE + "/" + versao + "/ativar")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void valorAcimaDoTetoOuComFracaoDeCentavoResponde400() {
        String padrao = ApiDeTeste.JSON.writeValueAsString(PoliticasDeTeste.padrao());
        String enorme = padrao.replace("\"limiteMaximo\":150000", "\"limiteMaximo\":1000000000000");
        String fracao = padrao.replace("\"limiteConservador\":1000", "\"limiteConservador\":1000.001");

        HttpResponse<String> resposta =
                new ApiDeTeste(porta).admin("POST", BASE, "{\"descricao\":\"enorme\",\"parametros\":" + enorme + "}");
        assertThat(resposta.statusCode()).isEqualTo(400);
        assertThat(resposta.body()).contains("\"campo\":\"parametros.cartoes.BLACK.limiteMaximo\"");
        HttpResponse<String> outra =
                new ApiDeTeste(porta).admin("POST", BASE, "{\"descricao\":\"fracao\",\"parametros\":" + fracao + "}");
        assertThat(outra.statusCode()).isEqualTo(400);
        assertThat(outra.body()).contains("\"campo\":\"parametros.riscoIndefinido.limiteConservador\"");
    }

    private static int criar(ApiDeTeste api) {
        String corpo = ApiDeTeste.JSON.writeValueAsString(
                Map.of("descricao", "auditada", "parametros", PoliticasDeTeste.maisRestritiva()));
        return api.adminOk("POST", BASE, corpo).get("versao").asInt();
    }

    private String status(int versao) {
        return jdbc.queryForObject("select status from regras.versao_politica where versao = ?", String.class, versao);
    }
}
