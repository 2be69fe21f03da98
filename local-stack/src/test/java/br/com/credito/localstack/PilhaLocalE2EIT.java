package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole platform, started by the launcher exactly as {@code ./run-local.sh} does (ports shifted by 10000, data in
 * target/), checked through the edge with a token from the authorization server. Heavy: runs only with
 * {@code -Pe2e}, after the applications are packaged (see local-stack/README.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PilhaLocalE2EIT {

    /**
     * A generated bureau client (score = id mod 1001 = 800, one small contract) whom policy v1 approves without
     * investments, so an investment must raise an approved card's limit. Client 12345 is refused without collateral:
     * its two bureau contracts leave R$ 17.500 open.
     */
    private static final String CLIENTE = "901700";

    private static final Map<String, String> PORTAS = Map.ofEntries(
            Map.entry("LOCAL_POSTGRES_PORT", "15432"),
            Map.entry("LOCAL_REDIS_PORT", "16379"),
            Map.entry("LOCAL_SQS_PORT", "19324"),
            Map.entry("LOCAL_BUREAU_PORT", "18090"),
            Map.entry("LOCAL_AUTH_PORT", "19000"),
            Map.entry("LOCAL_EDGE_PORT", "18080"),
            Map.entry("LOCAL_CONCESSAO_PORT", "18081"),
            Map.entry("LOCAL_REGRAS_PORT", "18082"),
            Map.entry("LOCAL_HISTORICO_PORT", "18083"),
            Map.entry("LOCAL_SCORE_PORT", "18084"),
            Map.entry("LOCAL_INVESTIMENTO_PORT", "18085"));
    private static final String EDGE = "http://localhost:18080";
    private static final int LIMITE_POR_MINUTO = 60;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Process pilha;
    private static Path saida;
    private static String token;

    @BeforeAll
    static void subirPilha() throws IOException {
        Path raiz = Path.of(System.getProperty("raiz.repositorio", ".."))
                .toAbsolutePath()
                .normalize();
        saida = raiz.resolve("local-stack/target/e2e-stack.out");
        Path jar = raiz.resolve("local-stack/target/local-stack-0.1.0-SNAPSHOT.jar");
        List<String> comando = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                jar.toString(),
                "--clean",
                "--timeout=600",
                "--dados=local-stack/target/e2e-stack"));
        // -De2e.sem=MODULE,...: leave out an application that cannot start yet, to check the rest of the chain.
        String sem = System.getProperty("e2e.sem", "");
        if (!sem.isBlank()) {
            comando.add("--sem=" + sem);
        }
        ProcessBuilder construtor = new ProcessBuilder(comando)
                .directory(raiz.toFile())
                .redirectErrorStream(true)
                .redirectOutput(saida.toFile());
        construtor.environment().putAll(PORTAS);
        construtor.environment().put("EDGE_LIMITE_CAPACIDADE", Integer.toString(LIMITE_POR_MINUTO));
        construtor.environment().put("EDGE_LIMITE_REPOSICAO", Integer.toString(LIMITE_POR_MINUTO));
        construtor.environment().put("EDGE_LIMITE_PERIODO", "1m");
        pilha = construtor.start();
        await().atMost(Duration.ofMinutes(11))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> !pilha.isAlive()
                        || Files.readString(saida).contains("Plataforma de concessao de credito pronta"));
        assertThat(pilha.isAlive()).as("a pilha subiu; veja " + saida).isTrue();
        token = token();
    }

    @AfterAll
    static void pararPilhaSemDeixarProcessos() throws InterruptedException, IOException {
        if (pilha == null) {
            return;
        }
        pilha.destroy();
        assertThat(pilha.waitFor(120, TimeUnit.SECONDS))
                .as("a pilha parou com SIGTERM")
                .isTrue();
        assertThat(Files.readString(saida)).contains("nenhuma porta da pilha ficou em uso");
        PORTAS.values()
                .forEach(porta -> assertThat(VerificadorDePortas.livre(Integer.parseInt(porta)))
                        .as("porta " + porta + " livre")
                        .isTrue());
    }

    @Test
    @Order(1)
    void semTokenOEdgeResponde401ProblemJson() throws Exception {
        HttpResponse<String> resposta = enviar(HttpRequest.newBuilder(URI.create(EDGE + "/v1/cartao/status/12345")));

        assertThat(resposta.statusCode()).isEqualTo(401);
        assertThat(resposta.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    @Order(2)
    void concessaoPassaPeloEdgeEConsultaScoreHistoricoInvestimentosEMotor() throws Exception {
        // Right after start every JVM is cold: the first decisions may miss the 800 ms deadline (inputs unavailable)
        // or time out on motor-regras (503). What must hold is that the chain serves a full decision soon after.
        String corpo = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(3))
                .until(PilhaLocalE2EIT::decisaoCompleta, r -> r != null);

        assertThat(JsonPath.<String>read(corpo, "$.codigoDecisao")).isIn("APROVADO", "REPROVADO", "EM_ANALISE");
        assertThat(JsonPath.<Integer>read(corpo, "$.versaoPolitica")).isPositive();
    }

    /** The body of a 200 whose three inputs were all answered (live or cached); null otherwise. */
    private static String decisaoCompleta() throws Exception {
        HttpResponse<String> resposta = enviar(comToken("/v1/cartao/concessao")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"idCliente\":\"" + CLIENTE + "\",\"tipoCartao\":\"GOLD\"}")));
        if (resposta.statusCode() != 200) {
            return null;
        }
        for (String fonte : List.of("score", "historico", "investimentos")) {
            String origem = JsonPath.read(resposta.body(), "$.fontes." + fonte + ".origem");
            if (!List.of("AO_VIVO", "CACHE").contains(origem)) {
                return null;
            }
        }
        return resposta.body();
    }

    @Test
    @Order(3)
    void investimentoElevaOLimiteDoCartao() throws Exception {
        BigDecimal antes = limiteAtual();

        HttpResponse<String> criado = enviar(comToken("/v1/investimentos")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"idCliente\":\"" + CLIENTE + "\",\"tipoInvestimento\":\"CDB\",\"valor\":50000.00}")));

        assertThat(criado.statusCode()).as(criado.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> limiteAtual().compareTo(antes) > 0);
    }

    @Test
    @Order(4)
    void acimaDoLimiteDoClienteOEdgeResponde429ComRetryAfter() throws Exception {
        // One burst, so the bucket cannot refill between requests however slow the machine is.
        List<CompletableFuture<HttpResponse<String>>> pedidos = new ArrayList<>();
        for (int i = 0; i <= LIMITE_POR_MINUTO + 10; i++) {
            pedidos.add(
                    HTTP.sendAsync(comToken("/v1/cartao/status/12345").build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> respostas =
                pedidos.stream().map(CompletableFuture::join).toList();

        HttpResponse<String> recusada = respostas.stream()
                .filter(r -> r.statusCode() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError("nenhuma resposta 429"));
        assertThat(recusada.headers().firstValue("Retry-After")).isPresent();
        assertThat(recusada.body()).contains("LIMITE_DE_REQUISICOES");
    }

    private static BigDecimal limiteAtual() throws Exception {
        HttpResponse<String> status = enviar(comToken("/v1/cartao/status/" + CLIENTE));
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        return new BigDecimal(JsonPath.read(status.body(), "$.limiteAtual").toString());
    }

    private static String token() throws IOException {
        HttpRequest pedido = HttpRequest.newBuilder(URI.create("http://localhost:19000/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic Y2FuYWwtYXBwOmNhbmFsLXNlY3JldA==")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + "cartao%3Aconceder%20cartao%3Aler%20investimento%3Aescrever%20investimento%3Aler"))
                .build();
        try {
            HttpResponse<String> resposta = HTTP.send(pedido, HttpResponse.BodyHandlers.ofString());
            assertThat(resposta.statusCode()).as(resposta.body()).isEqualTo(200);
            return JsonPath.read(resposta.body(), "$.access_token");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static HttpRequest.Builder comToken(String caminho) {
        return HttpRequest.newBuilder(URI.create(EDGE + caminho)).header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> enviar(HttpRequest.Builder pedido) throws Exception {
        return HTTP.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
    }
}
