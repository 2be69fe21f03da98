package br.com.credito.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import br.com.credito.common.apoio.AplicacaoDeTeste;
import br.com.credito.common.security.ResolvedorDeTokenBearer;
import br.com.credito.testsupport.ContratoDeSegurancaIT;
import br.com.credito.testsupport.ServidoresDeTeste;
import br.com.credito.testsupport.TokensDeTeste;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@SpringBootTest(classes = AplicacaoDeTeste.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class ContratoComumIT extends ContratoDeSegurancaIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Spied, not replaced: the real resolver answers, the test sees that the chain asked it. */
    @MockitoSpyBean
    private ResolvedorDeTokenBearer resolvedorDeToken;

    @MockitoSpyBean
    private HttpFirewall firewall;

    @Override
    protected RequisicaoProtegida leituraProtegida() {
        return new RequisicaoProtegida("GET", "/v1/falha/indisponivel", null, AplicacaoDeTeste.ESCOPO);
    }

    @Override
    protected RequisicaoProtegida requisicaoProtegida() {
        return new RequisicaoProtegida(
                "POST", "/v1/eco", "{\"idCliente\":\"12345\",\"valor\":10}", AplicacaoDeTeste.ESCOPO);
    }

    @Test
    void requisicaoValidaPassa() throws Exception {
        HttpResponse<String> resposta = enviar(
                TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO),
                requisicaoProtegida().corpoValido());
        assertThat(resposta.statusCode()).isEqualTo(200);
    }

    static Stream<Arguments> corposInvalidos() {
        return Stream.of(
                Arguments.of("{\"idCliente\":\"\",\"valor\":10}", "idCliente"),
                Arguments.of("{\"idCliente\":\"12 345\",\"valor\":10}", "idCliente"),
                Arguments.of("{\"idCliente\":\"12345\",\"valor\":-1}", "valor"));
    }

    @ParameterizedTest
    @MethodSource("corposInvalidos")
    void validacaoResponde400ComOCampoSemEcoarOValor(String corpo, String campo) throws Exception {
        HttpResponse<String> resposta = enviar(TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO), corpo);
        assertProblema(resposta, 400, "DADOS_INVALIDOS");
        assertThat(resposta.body()).contains("\"campo\":\"" + campo + "\"").doesNotContain("12 345");
    }

    @Test
    void campoDesconhecidoOuTipoErradoResponde400() throws Exception {
        String token = TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO);
        assertProblema(enviar(token, "{\"idCliente\":\"1\",\"valor\":10,\"extra\":1}"), 400, "JSON_MALFORMADO");
        assertProblema(enviar(token, "{\"idCliente\":\"1\",\"valor\":\"dez\"}"), 400, "JSON_MALFORMADO");
    }

    @Test
    void corpoGrandeDemaisResponde413() throws Exception {
        String enorme = "{\"idCliente\":\"" + "a".repeat(70 * 1024) + "\"}";
        assertProblema(enviar(TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO), enorme), 413, "CORPO_GRANDE_DEMAIS");
    }

    @Test
    void midiaNaoSuportadaResponde415() throws Exception {
        HttpResponse<String> resposta = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/v1/eco"))
                        .POST(HttpRequest.BodyPublishers.ofString("idCliente=1"))
                        .header("Content-Type", "text/plain")
                        .header("Authorization", "Bearer " + TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblema(resposta, 415, "MIDIA_NAO_SUPORTADA");
    }

    @Test
    void metodoComRegraSemHandlerResponde405() throws Exception {
        HttpResponse<String> resposta = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/v1/falha/bug"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", "Bearer " + TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblema(resposta, 405, "METODO_NAO_PERMITIDO");
    }

    /**
     * The platform's resolver and firewall (no regular expressions), not Spring's defaults, see the request, and a
     * malformed header is still a 401.
     */
    @Test
    void aCadeiaLeOTokenComOResolvedorDaPlataforma() throws Exception {
        assertThat(get("/v1/falha/indisponivel").statusCode()).isEqualTo(503);
        verify(resolvedorDeToken, atLeastOnce()).resolve(any());
        verify(firewall, atLeastOnce()).getFirewalledRequest(any());

        HttpResponse<String> malFormado = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/v1/falha/indisponivel"))
                        .GET()
                        .header("Authorization", "Bearer um token com espacos")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblema(malFormado, 401, "NAO_AUTENTICADO");
    }

    @Test
    void metodoOuRotaSemRegraResponde403MesmoComToken() throws Exception {
        assertProblema(get("/v1/eco"), 403, "ACESSO_NEGADO");
        assertProblema(get("/v1/nada"), 403, "ACESSO_NEGADO");
    }

    @Test
    void rotaInexistenteSobUmaRegraResponde404() throws Exception {
        assertProblema(get("/v1/falha/a/b"), 404, "NAO_ENCONTRADO");
    }

    @Test
    void erroInesperadoResponde500GenericoSemVazarAMensagem() throws Exception {
        HttpResponse<String> resposta = get("/v1/falha/bug");
        assertProblema(resposta, 500, "ERRO_INTERNO");
        assertThat(resposta.body()).doesNotContain("segredo").doesNotContain("123.456");
    }

    @Test
    void dependenciaIndisponivelResponde503ComCodigoProprio() throws Exception {
        assertProblema(get("/v1/falha/indisponivel"), 503, "DEPENDENCIA_INDISPONIVEL");
    }

    private HttpResponse<String> get(String caminho) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + caminho))
                        .GET()
                        .header("Authorization", "Bearer " + TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
