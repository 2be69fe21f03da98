package br.com.credito.regras.politica.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import br.com.credito.common.config.CreditoCommonAutoConfiguration;
import br.com.credito.common.security.Escopos;
import br.com.credito.common.security.SegurancaAutoConfiguration;
import br.com.credito.regras.avaliacao.domain.PoliticasDeTeste;
import br.com.credito.regras.config.SegurancaConfig;
import br.com.credito.regras.politica.application.AuditoriaEmMemoria;
import br.com.credito.regras.politica.application.RepositorioPoliticasEmMemoria;
import br.com.credito.testsupport.ServidoresDeTeste;
import br.com.credito.testsupport.TokensDeTeste;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The admin API's HTTP contract, with the real use cases over an in-memory store. */
@WebMvcTest(controllers = PoliticaAdminController.class)
@ImportAutoConfiguration({CreditoCommonAutoConfiguration.class, SegurancaAutoConfiguration.class})
@Import({SegurancaConfig.class, PoliticaAdminControllerTest.CasosDeUso.class})
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class PoliticaAdminControllerTest {

    private static final String BASE = "/v1/regras/politicas";
    private static final String PADRAO = new JsonMapper().writeValueAsString(PoliticasDeTeste.padrao());

    @Autowired
    MockMvc mvc;

    @Autowired
    RepositorioPoliticasEmMemoria repositorio;

    @TestConfiguration
    @ComponentScan("br.com.credito.regras.politica.application")
    static class CasosDeUso {
        @Bean
        RepositorioPoliticasEmMemoria repositorio() {
            return new RepositorioPoliticasEmMemoria();
        }

        @Bean
        AuditoriaEmMemoria auditoria() {
            return new AuditoriaEmMemoria();
        }

        @Bean
        TransactionTemplate transacao() {
            return new TransactionTemplate(new SemTransacao());
        }

        @Bean
        Clock relogio() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    AuditoriaEmMemoria auditoria;

    @BeforeEach
    void limpar() {
        repositorio.limpar();
        auditoria.limpar();
    }

    @Test
    void rascunhoCoerenteDeveResponder201ComLocationEARegraEmPortugues() throws Exception {
        admin(post(BASE), "{\"descricao\":\"nova\",\"parametros\":" + PADRAO + "}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(BASE + "/\\d+")))
                .andExpect(jsonPath("$.status").value("RASCUNHO"))
                .andExpect(jsonPath("$.regras").value(hasItem("Reprova score abaixo de 400.")));
    }

    @Test
    void rascunhoIncoerenteDeveResponder400ComCadaCampo() throws Exception {
        String incoerente = PADRAO.replace("\"CDB\":0.15", "\"CDB\":-0.15")
                .replace("\"limiteMaximo\":20000", "\"limiteMaximo\":500");

        admin(post(BASE), "{\"descricao\":\"nova\",\"parametros\":" + incoerente + "}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.codigo").value("DADOS_INVALIDOS"))
                .andExpect(jsonPath("$.erros[*].campo").value(hasItem("parametros.cartoes.GOLD.limiteMaximo")))
                .andExpect(jsonPath("$.erros[*].campo").value(hasItem("parametros.pesosGarantia.CDB")));
    }

    @Test
    void validacaoDeveResponderSemGravar() throws Exception {
        admin(post(BASE + "/validacao"), "{\"parametros\":" + PADRAO + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valida").value(true));
        admin(post(BASE + "/validacao"), "{\"parametros\":{\"scoreMinimo\":2000}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erros[0].campo").value("parametros.scoreMinimo"));
        admin(get(BASE), null).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void ativacaoERollbackDevemSeguirAsVersoesAnteriores() throws Exception {
        int v1 = criar();
        int v2 = criar();
        aprovar(post(BASE + "/" + v1 + "/ativar"))
                .andExpect(jsonPath("$.status").value("ATIVA"));
        aprovar(post(BASE + "/" + v1 + "/ativar"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.codigo").value("VERSAO_JA_ATIVA"));
        aprovar(post(BASE + "/" + v2 + "/ativar"))
                .andExpect(jsonPath("$.versaoAnterior").value(v1));
        admin(get(BASE + "/ativa"), null).andExpect(jsonPath("$.versao").value(v2));

        admin(post(BASE + "/rollback"), null).andExpect(jsonPath("$.versao").value(v1));
        admin(get(BASE + "/" + v2), null).andExpect(jsonPath("$.status").value("INATIVA"));
        admin(post(BASE + "/rollback"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.codigo").value("SEM_VERSAO_ANTERIOR"));
    }

    /** Issue 16, item 6: four eyes, and the trail names both principals. */
    @Test
    void quemCriouNaoPodeAtivarEATrilhaRegistraAutorEAtivador() throws Exception {
        int versao = criar();

        admin(post(BASE + "/" + versao + "/ativar"), null)
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.codigo").value("QUATRO_OLHOS"));
        admin(get(BASE + "/" + versao), null).andExpect(jsonPath("$.status").value("RASCUNHO"));

        aprovar(post(BASE + "/" + versao + "/ativar"))
                .andExpect(jsonPath("$.status").value("ATIVA"));
        assertThat(auditoria.trilha(versao))
                .extracting(r -> r.acao() + ":" + r.principal())
                .containsExactly("CRIADA:canal-app", "ATIVADA:risco-aprovador");
    }

    @Test
    void versaoInexistenteDeveResponder404() throws Exception {
        admin(post(BASE + "/99/ativar"), null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.codigo").value("VERSAO_INEXISTENTE"));
    }

    @Test
    void escopoDeAvaliacaoNaoDeveAdministrar() throws Exception {
        mvc.perform(get(BASE).header("Authorization", "Bearer " + TokensDeTeste.valido(Escopos.REGRAS_AVALIAR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.codigo").value("ACESSO_NEGADO"));
    }

    private int criar() throws Exception {
        String corpo = admin(post(BASE), "{\"descricao\":\"v\",\"parametros\":" + PADRAO + "}")
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new JsonMapper().readTree(corpo).get("versao").asInt();
    }

    /** As a second principal of the risk team, not the author of the drafts. */
    private ResultActions aprovar(MockHttpServletRequestBuilder pedido) throws Exception {
        pedido.header("Authorization", "Bearer " + TokensDeTeste.validoPara("risco-aprovador", Escopos.REGRAS_ADMIN));
        return mvc.perform(pedido);
    }

    private ResultActions admin(MockHttpServletRequestBuilder pedido, String corpo) throws Exception {
        pedido.header("Authorization", "Bearer " + TokensDeTeste.valido(Escopos.REGRAS_ADMIN));
        if (corpo != null) {
            pedido.contentType(MediaType.APPLICATION_JSON).content(corpo);
        }
        return mvc.perform(pedido);
    }

    /** The use cases demand a transaction; the in-memory store needs none. */
    static final class SemTransacao extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transacao, TransactionDefinition definicao) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
