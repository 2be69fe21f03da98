package br.com.credito.localstack.processo;

import br.com.credito.filaslocais.FilaComDlq;
import br.com.credito.localstack.Portas;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each application is told, with the variable names of docs/contratos-internos.md (the same ones
 * docker-compose.yml sets). The only place that knows which service needs which server.
 */
public final class CatalogoDeServicos {

    /** Where the embedded servers answer. */
    public record Enderecos(String jdbcUrl, String sqsEndpoint, String bureauUrl) {}

    private CatalogoDeServicos() {}

    public static List<Servico> criar(Portas portas, Enderecos enderecos) {
        String emissor = "http://localhost:" + portas.auth();
        Map<String, String> comum = Map.of(
                "CREDITO_SEGURANCA_ISSUER_URI",
                emissor,
                "CREDITO_SEGURANCA_JWK_SET_URI",
                emissor + "/oauth2/jwks",
                // No OpenTelemetry collector runs locally: without this every service logs a failed export a minute.
                "MANAGEMENT_OTLP_METRICS_EXPORT_ENABLED",
                "false");
        Map<String, String> urls = Map.of(
                "REGRAS_URL", url(portas.regras()),
                "HISTORICO_URL", url(portas.historico()),
                "SCORE_URL", url(portas.score()),
                "INVESTIMENTO_URL", url(portas.investimento()));
        Map<String, String> banco =
                Map.of("DB_URL", enderecos.jdbcUrl(), "DB_USERNAME", "postgres", "DB_PASSWORD", "postgres");
        Map<String, String> redis = Map.of(
                "REDIS_HOST", "localhost",
                "REDIS_PORT", Integer.toString(portas.redis()),
                "REDIS_PASSWORD", "",
                "REDIS_TLS", "false",
                "BUREAU_URL", enderecos.bureauUrl());
        Map<String, String> sqs = Map.of(
                "SQS_ENDPOINT", enderecos.sqsEndpoint(),
                "AWS_REGION", "us-east-1",
                "CONCESSAO_FILA_INVESTIMENTOS", FilaComDlq.INVESTIMENTO_CRIADO.nome(),
                // ElasticMQ ignores credentials, but the AWS SDK's provider chain insists on finding some.
                "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local");
        Map<String, String> tokenDeServico = Map.of(
                "CREDITO_TOKEN_URI", emissor + "/oauth2/token",
                "CREDITO_CLIENT_ID", "concessao-service",
                "CREDITO_CLIENT_SECRET", "concessao-secret");
        return List.of(
                new Servico(
                        "auth-server", portas.auth(), Map.of("CREDITO_SEGURANCA_ISSUER_URI", emissor), false, false),
                new Servico(
                        "edge-gateway",
                        portas.edge(),
                        juntar(comum, urls, Map.of("CONCESSAO_URL", url(portas.concessao()))),
                        false,
                        true),
                new Servico(
                        "concessao-service",
                        portas.concessao(),
                        juntar(comum, banco, sqs, urls, tokenDeServico),
                        true,
                        true),
                new Servico("motor-regras-service", portas.regras(), juntar(comum, banco), true, true),
                new Servico("historico-service", portas.historico(), juntar(comum, redis), true, true),
                new Servico("score-service", portas.score(), juntar(comum, redis), true, true),
                new Servico("investimento-service", portas.investimento(), juntar(comum, banco, sqs), true, true));
    }

    private static String url(int porta) {
        return "http://localhost:" + porta;
    }

    @SafeVarargs
    private static Map<String, String> juntar(Map<String, String>... partes) {
        Map<String, String> todas = new HashMap<>();
        for (Map<String, String> parte : partes) {
            todas.putAll(parte);
        }
        return todas;
    }
}
