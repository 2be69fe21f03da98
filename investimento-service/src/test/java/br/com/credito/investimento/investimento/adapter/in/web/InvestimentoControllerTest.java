package br.com.credito.investimento.investimento.adapter.in.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import br.com.credito.common.config.CreditoCommonAutoConfiguration;
import br.com.credito.common.security.SegurancaAutoConfiguration;
import br.com.credito.investimento.investimento.application.ConsultarInvestimentos;
import br.com.credito.investimento.investimento.application.RegistrarInvestimento;
import br.com.credito.investimento.investimento.domain.LimitesDeAnomalia;
import br.com.credito.investimento.investimento.fakes.ChavesEmMemoria;
import br.com.credito.investimento.investimento.fakes.EventosEmMemoria;
import br.com.credito.investimento.investimento.fakes.InvestimentosEmMemoria;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(InvestimentoController.class)
@ImportAutoConfiguration({CreditoCommonAutoConfiguration.class, SegurancaAutoConfiguration.class})
@Import({RegrasDeAcessoConfig.class, InvestimentoControllerTest.CasosDeUsoEmMemoria.class})
class InvestimentoControllerTest {

    private static final String VALIDO = "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":10000.00}";

    @Autowired
    private MockMvc mvc;

    @TestConfiguration
    static class CasosDeUsoEmMemoria {
        private final InvestimentosEmMemoria investimentos = new InvestimentosEmMemoria();

        @Bean
        RegistrarInvestimento registrarInvestimento() {
            return new RegistrarInvestimento(
                    investimentos,
                    new ChavesEmMemoria(),
                    new EventosEmMemoria(),
                    new RegistrarInvestimento.Vigilancia(
                            new LimitesDeAnomalia(1000, new BigDecimal("1000000000"), Duration.ofHours(24)),
                            (investimento, motivo, quando) -> {}),
                    Clock.systemUTC());
        }

        @Bean
        ConsultarInvestimentos consultarInvestimentos() {
            return new ConsultarInvestimentos(investimentos);
        }
    }

    private static JwtRequestPostProcessor escrever() {
        return jwt().jwt(j -> j.subject("canal-app"))
                .authorities(new SimpleGrantedAuthority("SCOPE_investimento:escrever"));
    }

    private static JwtRequestPostProcessor ler() {
        return jwt().authorities(new SimpleGrantedAuthority("SCOPE_investimento:ler"));
    }

    private ResultActions postar(String corpo, String chave) throws Exception {
        var pedido = post("/v1/investimentos")
                .with(escrever())
                .contentType(MediaType.APPLICATION_JSON)
                .content(corpo);
        return mvc.perform(chave == null ? pedido : pedido.header("Idempotency-Key", chave));
    }

    @Test
    void registraERespondeCreatedComLocation() throws Exception {
        postar(VALIDO, null)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/v1/investimentos/")))
                .andExpect(jsonPath("$.mensagem").value("Investimento registrado com sucesso"))
                .andExpect(jsonPath("$.idInvestimento").isNumber());
    }

    @ParameterizedTest(name = "{0} -> campo {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"tipoInvestimento\":\"CDB\",\"valor\":10}                                  | idCliente",
                "{\"idCliente\":\"\",\"tipoInvestimento\":\"CDB\",\"valor\":10}               | idCliente",
                "{\"idCliente\":\"123 45\",\"tipoInvestimento\":\"CDB\",\"valor\":10}         | idCliente",
                "{\"idCliente\":\"1234567890123456789012345678901234567\",\"tipoInvestimento\":\"CDB\",\"valor\":10} | idCliente",
                "{\"idCliente\":\"12345\",\"valor\":10}                                       | tipoInvestimento",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"POUPANCA\",\"valor\":10}     | tipoInvestimento",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"cdb\",\"valor\":10}          | tipoInvestimento",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\"}                       | valor",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":0}           | valor",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":-10.00}      | valor",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":10.001}      | valor",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":100000000.01} | valor",
            })
    void campoInvalidoResponde400ComOCampo(String corpo, String campo) throws Exception {
        postar(corpo, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problema:credito:dados-invalidos"))
                .andExpect(jsonPath("$.codigo").value("DADOS_INVALIDOS"))
                .andExpect(jsonPath("$.traceId").isString())
                .andExpect(jsonPath("$.erros[0].campo").value(campo));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":\"dez\"}",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":true}",
                "{\"idCliente\":{\"id\":1},\"tipoInvestimento\":\"CDB\",\"valor\":10}",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":[\"CDB\"],\"valor\":10}",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":10,\"taxa\":1}",
                "{\"idCliente\":\"12345\",\"tipoInvestimento\":\"CDB\",\"valor\":10} {}",
                "[]",
                ""
            })
    void corpoIlegivelOuComTipoErradoResponde400JsonMalformado(String corpo) throws Exception {
        postar(corpo, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.codigo").value("JSON_MALFORMADO"))
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void chaveDeIdempotenciaLongaDemaisResponde400() throws Exception {
        postar(VALIDO, "k".repeat(129))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.codigo").value("DADOS_INVALIDOS"))
                .andExpect(jsonPath("$.erros[0].campo").value("Idempotency-Key"));
    }

    @Test
    void repeticaoDevolveAMesmaRespostaEOutroCorpoEConflito() throws Exception {
        String location = postar(VALIDO, "chave-web-1")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        postar(VALIDO, "chave-web-1")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", location))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        postar(VALIDO.replace("10000.00", "10000.01"), "chave-web-1")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:problema:credito:conflito"))
                .andExpect(jsonPath("$.codigo").value("IDEMPOTENCY_KEY_REUSADA"));
    }

    @Test
    void consultaPorClienteValidaOFormato() throws Exception {
        mvc.perform(get("/v1/investimentos").param("idCliente", "12 34").with(ler()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.codigo").value("DADOS_INVALIDOS"))
                .andExpect(jsonPath("$.erros[0].campo").value("idCliente"));
    }

    @Test
    void posicaoNaoEConfundidaComUmIdEValidaOFormato() throws Exception {
        postar(VALIDO, null).andExpect(status().isCreated());
        postar(VALIDO.replace("10000.00", "0.01"), null).andExpect(status().isCreated());

        mvc.perform(get("/v1/investimentos/posicao").param("idCliente", "12345").with(ler()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].tipoInvestimento").value("CDB"));
        mvc.perform(get("/v1/investimentos/posicao").param("idCliente", "12 34").with(ler()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erros[0].campo").value("idCliente"));
        mvc.perform(get("/v1/investimentos/posicao").param("idCliente", "12345").with(escrever()))
                .andExpect(status().isForbidden());
    }

    @Test
    void investimentoInexistenteResponde404() throws Exception {
        mvc.perform(get("/v1/investimentos/999999").with(ler()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.codigo").value("INVESTIMENTO_NAO_ENCONTRADO"));
    }

    @Test
    void escreverExigeOEscopoDeEscrita() throws Exception {
        mvc.perform(post("/v1/investimentos")
                        .with(ler())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALIDO))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.codigo").value("ACESSO_NEGADO"));
    }
}
