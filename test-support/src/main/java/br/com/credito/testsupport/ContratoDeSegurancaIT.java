package br.com.credito.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security and error contract every service must keep (foundation issue): no token, unknown key, expired,
 * not-yet-valid, alg none, foreign audience or issuer → 401 problem+json; missing scope → 403; malformed JSON → 400;
 * every error body with {@code codigo} and {@code traceId}. A service's boot test extends it and names one protected
 * request.
 */
public abstract class ContratoDeSegurancaIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int porta;

    /** One endpoint of the service and the scope it needs; {@code corpoValido} null for a request without body. */
    public record RequisicaoProtegida(String metodo, String caminho, String corpoValido, String escopo) {}

    protected abstract RequisicaoProtegida requisicaoProtegida();

    /**
     * A GET endpoint of the service, to check that HEAD does not borrow its rule (issue 16). The default is the
     * protected request itself, for a service whose only endpoint is a POST.
     */
    protected RequisicaoProtegida leituraProtegida() {
        return requisicaoProtegida();
    }

    /** Targets the servlet container itself rejects (NUL, overlong UTF-8, encoded slash, brace): issue 16, item 3. */
    protected static final List<String> ALVOS_REJEITADOS_PELO_CONTAINER =
            List.of("/v1/a%00b", "/v1/a%C0%AFb", "/v1/a%2Fb", "/v1/a{b}", "/v1/a%2F..%2Fb");

    @Test
    void headNaoHerdaARegraDoGetENegado() throws Exception {
        RequisicaoProtegida leitura = leituraProtegida();
        assertThat(head(leitura.caminho(), TokensDeTeste.valido("investimento:ler", "escopo:qualquer")))
                .isEqualTo(403);
        assertThat(head(leitura.caminho(), TokensDeTeste.valido(leitura.escopo())))
                .as("HEAD has no rule of its own, so it is denied even with the GET's scope")
                .isEqualTo(403);
        assertThat(head(leitura.caminho(), null)).isEqualTo(401);
    }

    @Test
    void metodoSemRegraENegadoMesmoComOEscopo() throws Exception {
        RequisicaoProtegida r = requisicaoProtegida();
        for (String metodo : List.of("OPTIONS", "PUT", "PATCH", "DELETE")) {
            HttpResponse<String> resposta = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base() + r.caminho()))
                            .method(metodo, HttpRequest.BodyPublishers.noBody())
                            .header("Authorization", "Bearer " + TokensDeTeste.valido(r.escopo()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblema(resposta, 403, "ACESSO_NEGADO");
        }
    }

    @Test
    void corpoMultipartResponde415() throws Exception {
        RequisicaoProtegida r = requisicaoProtegida();
        assumeTrue(r.corpoValido() != null, "o endpoint escolhido nao recebe corpo");
        String corpo = "--xyz\r\nContent-Disposition: form-data; name=\"idCliente\"\r\n\r\n12345\r\n--xyz--\r\n";
        for (String tipo :
                List.of("multipart/form-data; boundary=xyz", "multipart/form-data", "multipart/mixed; boundary=xyz")) {
            HttpResponse<String> resposta = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base() + r.caminho()))
                            .method(r.metodo(), HttpRequest.BodyPublishers.ofString(corpo))
                            .header("Content-Type", tipo)
                            .header("Authorization", "Bearer " + TokensDeTeste.valido(r.escopo()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblema(resposta, 415, "MIDIA_NAO_SUPORTADA");
        }
    }

    @Test
    void erroDoProprioContainerEProblemJsonNaoHtml() throws Exception {
        String token = TokensDeTeste.valido(requisicaoProtegida().escopo());
        for (String alvo : ALVOS_REJEITADOS_PELO_CONTAINER) {
            RequisicaoCrua.Resposta resposta = RequisicaoCrua.enviar(porta, "GET", alvo, token);
            assertThat(resposta.status()).as(alvo).isEqualTo(400);
            assertThat(resposta.contentType()).as(alvo).startsWith("application/problem+json");
            assertThat(resposta.corpo())
                    .as(alvo)
                    .contains("\"codigo\":\"DADOS_INVALIDOS\"")
                    .doesNotContain("<html")
                    .doesNotContain("Tomcat");
        }
    }

    @Test
    void semTokenResponde401ProblemJson() throws Exception {
        assertProblema(enviar(null, corpo()), 401, "NAO_AUTENTICADO");
    }

    @Test
    void tokenDeChaveDesconhecidaResponde401() throws Exception {
        assertProblema(enviar(TokensDeTeste.chaveDesconhecida(escopo()), corpo()), 401, "NAO_AUTENTICADO");
    }

    @Test
    void tokenExpiradoResponde401() throws Exception {
        assertProblema(enviar(TokensDeTeste.expirado(escopo()), corpo()), 401, "NAO_AUTENTICADO");
    }

    @Test
    void tokenAindaNaoValidoResponde401() throws Exception {
        assertProblema(enviar(TokensDeTeste.aindaNaoValido(escopo()), corpo()), 401, "NAO_AUTENTICADO");
    }

    @Test
    void tokenSemAssinaturaResponde401() throws Exception {
        assertProblema(enviar(TokensDeTeste.semAssinatura(escopo()), corpo()), 401, "NAO_AUTENTICADO");
    }

    @Test
    void tokenDeOutraAudienciaOuEmissorResponde401() throws Exception {
        assertProblema(enviar(TokensDeTeste.outraAudiencia(escopo()), corpo()), 401, "NAO_AUTENTICADO");
        assertProblema(enviar(TokensDeTeste.outroEmissor(escopo()), corpo()), 401, "NAO_AUTENTICADO");
    }

    /** RFC 8725: a token without {@code exp} never expires; one naming no audience and no client is for nobody. */
    @Test
    void tokenSemExpiracaoOuSemDestinatarioResponde401() throws Exception {
        assertProblema(enviar(TokensDeTeste.semExpiracao(escopo()), corpo()), 401, "NAO_AUTENTICADO");
        assertProblema(enviar(TokensDeTeste.semAudienciaNemCliente(escopo()), corpo()), 401, "NAO_AUTENTICADO");
    }

    @Test
    void tokenSemOEscopoResponde403() throws Exception {
        assertProblema(enviar(TokensDeTeste.valido("escopo:qualquer"), corpo()), 403, "ACESSO_NEGADO");
    }

    @Test
    void jsonMalformadoResponde400() throws Exception {
        assumeTrue(corpo() != null, "o endpoint escolhido nao recebe corpo");
        HttpResponse<String> resposta = enviar(TokensDeTeste.valido(escopo()), "{\"idCliente\": ");
        assertProblema(resposta, 400, "JSON_MALFORMADO");
    }

    @Test
    void healthEstaAbertoSemToken() throws Exception {
        HttpResponse<String> resposta = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(resposta.statusCode()).isEqualTo(200);
    }

    protected static void assertProblema(HttpResponse<String> resposta, int status, String codigo) {
        assertThat(resposta.statusCode()).isEqualTo(status);
        assertThat(resposta.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(resposta.body())
                .contains("\"codigo\":\"" + codigo + "\"")
                .containsPattern("\"traceId\":\"[0-9a-f]{32}\"")
                .doesNotContain("Exception")
                .doesNotContain("at br.com");
    }

    private int head(String caminho, String token) throws IOException, InterruptedException {
        HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create(base() + caminho))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            pedido.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(pedido.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    protected HttpResponse<String> enviar(String token, String corpo) throws IOException, InterruptedException {
        RequisicaoProtegida r = requisicaoProtegida();
        HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create(base() + r.caminho()))
                .method(
                        r.metodo(),
                        corpo == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(corpo))
                .header("Accept", "application/json");
        if (corpo != null) {
            pedido.header("Content-Type", "application/json");
        }
        if (token != null) {
            pedido.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected String base() {
        return "http://127.0.0.1:" + porta;
    }

    private String escopo() {
        return requisicaoProtegida().escopo();
    }

    private String corpo() {
        return requisicaoProtegida().corpoValido();
    }
}
