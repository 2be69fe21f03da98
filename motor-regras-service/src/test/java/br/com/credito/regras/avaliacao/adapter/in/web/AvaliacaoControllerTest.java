package br.com.credito.regras.avaliacao.adapter.in.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import br.com.credito.common.config.CreditoCommonAutoConfiguration;
import br.com.credito.common.security.Escopos;
import br.com.credito.common.security.SegurancaAutoConfiguration;
import br.com.credito.regras.CorposDeTeste;
import br.com.credito.regras.avaliacao.application.AvaliarCredito;
import br.com.credito.regras.avaliacao.application.SimularPolitica;
import br.com.credito.regras.avaliacao.domain.Politica;
import br.com.credito.regras.avaliacao.domain.PoliticaIndisponivelException;
import br.com.credito.regras.avaliacao.domain.PoliticasDeTeste;
import br.com.credito.regras.avaliacao.domain.port.CatalogoDePoliticas;
import br.com.credito.regras.config.SegurancaConfig;
import br.com.credito.testsupport.ServidoresDeTeste;
import br.com.credito.testsupport.TokensDeTeste;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The HTTP contract of evaluation and simulation, with the real engine and an in-memory policy catalogue. */
@WebMvcTest(controllers = {AvaliacaoController.class, SimulacaoController.class})
@ImportAutoConfiguration({CreditoCommonAutoConfiguration.class, SegurancaAutoConfiguration.class})
@Import({SegurancaConfig.class, AvaliarCredito.class, SimularPolitica.class, AvaliacaoControllerTest.Catalogo.class})
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class AvaliacaoControllerTest {

    private static final String CONTRATO = "{\"idContrato\":\"CT-1\",\"saldoAberto\":100}";

    @Autowired
    MockMvc mvc;

    @TestConfiguration
    static class Catalogo {
        static volatile boolean semPolitica;

        @Bean
        CatalogoDePoliticas catalogo() {
            return new CatalogoDePoliticas() {
                @Override
                public Politica vigente() {
                    if (semPolitica) {
                        throw new PoliticaIndisponivelException();
                    }
                    return PoliticasDeTeste.versao1();
                }

                @Override
                public Optional<Politica> versao(int versao) {
                    return versao == 2
                            ? Optional.of(new Politica(2, PoliticasDeTeste.maisRestritiva()))
                            : Optional.empty();
                }
            };
        }

        @Bean
        MeterRegistry metricas() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void exemploDoSeedDeveResponderAprovadoComCincoMil() throws Exception {
        avaliar(CorposDeTeste.SEED)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.codigoDecisao").value("APROVADO"))
                .andExpect(jsonPath("$.limiteAprovado").value(5000.00))
                .andExpect(jsonPath("$.descricao").value("Limite aprovado de R$ 5.000 baseado em score e histórico"))
                .andExpect(jsonPath("$.motivos[0].codigo").value("SCORE_FAIXA_ALTA"))
                .andExpect(jsonPath("$.versaoPolitica").value(1));
    }

    @Test
    void recusaDeveSerUm200ComReprovado() throws Exception {
        avaliar(CorposDeTeste.avaliacao("12345", 300, CONTRATO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.codigoDecisao").value("REPROVADO"))
                .andExpect(jsonPath("$.motivos[0].codigo").value("SCORE_MUITO_BAIXO"));
    }

    @Test
    void scoreIndisponivelDeveResponderEmAnalise() throws Exception {
        avaliar("{\"idCliente\":\"1\",\"scoreIndisponivel\":true,\"listaContratos\":[],\"listaInvestimentos\":[]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.codigoDecisao").value("EM_ANALISE"))
                .andExpect(jsonPath("$.motivos[0].codigo").value("SCORE_INDISPONIVEL"));
    }

    static Stream<Arguments> corposInvalidos() {
        String investimento = "\"listaInvestimentos\":[]";
        return Stream.of(
                Arguments.of(
                        CorposDeTeste.avaliacao("12345", 750, "{\"idContrato\":\"A\",\"saldoAberto\":-1}"),
                        "listaContratos[0].saldoAberto"),
                Arguments.of(
                        "{\"idCliente\":\"1\",\"score\":700,\"listaContratos\":[],"
                                + "\"listaInvestimentos\":[{\"tipoInvestimento\":\"CDB\",\"valor\":-10}]}",
                        "listaInvestimentos[0].valor"),
                Arguments.of(
                        "{\"idCliente\":\"1\",\"score\":700,\"listaContratos\":[],"
                                + "\"listaInvestimentos\":[{\"tipoInvestimento\":\"ACOES\",\"valor\":10}]}",
                        "listaInvestimentos[0].tipoInvestimento"),
                Arguments.of(
                        "{\"idCliente\":\"1\",\"tipoCartao\":\"SILVER\",\"score\":700,\"listaContratos\":[],"
                                + investimento + "}",
                        "tipoCartao"),
                Arguments.of("{\"idCliente\":\"1\",\"listaContratos\":[]," + investimento + "}", "score"),
                Arguments.of(
                        "{\"idCliente\":\"1\",\"score\":1001,\"listaContratos\":[]," + investimento + "}", "score"),
                Arguments.of(
                        "{\"idCliente\":\"12 345\",\"score\":700,\"listaContratos\":[]," + investimento + "}",
                        "idCliente"),
                Arguments.of("{\"idCliente\":\"1\",\"score\":700," + investimento + "}", "listaContratos"),
                Arguments.of(
                        CorposDeTeste.avaliacao("1", 700, String.join(",", Collections.nCopies(201, CONTRATO))),
                        "listaContratos"));
    }

    @ParameterizedTest
    @MethodSource("corposInvalidos")
    void entradaInvalidaDeveResponder400ProblemJsonComOCampo(String corpo, String campo) throws Exception {
        avaliar(corpo)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.codigo").value("DADOS_INVALIDOS"))
                .andExpect(jsonPath("$.traceId").exists())
                .andExpect(jsonPath("$.erros[?(@.campo == '" + campo + "')]").exists());
    }

    @Test
    void semPoliticaCarregadaDeveResponder503EnaoUmaDecisao() throws Exception {
        Catalogo.semPolitica = true;
        try {
            avaliar(CorposDeTeste.SEED)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.codigo").value("POLITICA_INDISPONIVEL"));
        } finally {
            Catalogo.semPolitica = false;
        }
    }

    @Test
    void campoDesconhecidoDeveResponder400() throws Exception {
        avaliar(CorposDeTeste.SEED.replace("\"score\":750", "\"score\":750,\"renda\":1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.codigo").value("JSON_MALFORMADO"));
    }

    @Test
    void valorDeTipoErradoNumaListaDeveNomearOCaminhoEnviado() throws Exception {
        avaliar(CorposDeTeste.SEED.replace("\"saldoAberto\":2500", "\"saldoAberto\":\"muito\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.codigo").value("JSON_MALFORMADO"))
                .andExpect(jsonPath("$.erros[0].campo").value("listaContratos[0].saldoAberto"))
                .andExpect(jsonPath("$.erros[0].mensagem").value("deve ser um número"));
    }

    @Test
    void tipoDeCartaoDesconhecidoDeveDizerOsAceitos() throws Exception {
        avaliar(CorposDeTeste.SEED.replace("\"score\":750", "\"score\":750,\"tipoCartao\":\"OURO\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erros[0].campo").value("tipoCartao"))
                .andExpect(jsonPath("$.erros[0].mensagem").value("deve ser um de GOLD, PLATINUM, BLACK"));
    }

    @Test
    void escopoDeAvaliacaoNaoDeveSimular() throws Exception {
        mvc.perform(post("/v1/regras/simular")
                        .header("Authorization", "Bearer " + TokensDeTeste.valido(Escopos.REGRAS_AVALIAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versaoCandidata\":2,\"entradas\":[" + CorposDeTeste.SEED + "]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.codigo").value("ACESSO_NEGADO"));
    }

    @Test
    void simulacaoDeveApontarAEntradaIncompletaPelaPosicao() throws Exception {
        simular("{\"versaoCandidata\":2,\"entradas\":[" + CorposDeTeste.SEED
                        + ",{\"idCliente\":\"2\",\"listaContratos\":[],\"listaInvestimentos\":[]}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erros[0].campo").value("entradas[1].score"));
    }

    @Test
    void simulacaoDeveRecusarLoteAcimaDeMilEntradas() throws Exception {
        String lote = String.join(",", Collections.nCopies(1001, "{\"idCliente\":\"1\",\"score\":700}"));
        simular("{\"versaoCandidata\":2,\"entradas\":[" + lote + "]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erros[0].campo").value("entradas"));
    }

    @Test
    void simulacaoDeVersaoInexistenteDeveResponder404() throws Exception {
        simular("{\"versaoCandidata\":99,\"entradas\":[" + CorposDeTeste.SEED + "]}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.codigo").value("VERSAO_INEXISTENTE"));
    }

    @Test
    void simulacaoDeveResponderAsViradas() throws Exception {
        simular("{\"versaoCandidata\":2,\"entradas\":[" + CorposDeTeste.SEED + ","
                        + CorposDeTeste.avaliacao("C2", 650, CONTRATO) + "]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.viradas[0].indice").value(1))
                .andExpect(jsonPath("$.viradas[0].idCliente").value("C2"))
                .andExpect(jsonPath("$.viradas[0].vigente.codigoDecisao").value("APROVADO"))
                .andExpect(jsonPath("$.viradas[0].candidata.codigoDecisao").value("REPROVADO"));
    }

    private ResultActions avaliar(String corpo) throws Exception {
        return mvc.perform(post("/v1/regras/avaliar")
                .header("Authorization", "Bearer " + TokensDeTeste.valido(Escopos.REGRAS_AVALIAR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(corpo));
    }

    private ResultActions simular(String corpo) throws Exception {
        return mvc.perform(post("/v1/regras/simular")
                .header("Authorization", "Bearer " + TokensDeTeste.valido(Escopos.REGRAS_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .content(corpo));
    }
}
