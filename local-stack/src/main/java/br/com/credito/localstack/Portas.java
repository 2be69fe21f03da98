package br.com.credito.localstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every port of the stack, each overridable by an environment variable or a system property of the same name
 * ({@code LOCAL_EDGE_PORT=18080}). Defaults are the ports of ARCHITECTURE.md and docker-compose.yml.
 */
public record Portas(
        int postgres,
        int redis,
        int sqs,
        int bureau,
        int auth,
        int edge,
        int concessao,
        int regras,
        int historico,
        int score,
        int investimento) {

    public static Portas de(Function<String, String> fonte) {
        return new Portas(
                ler(fonte, "LOCAL_POSTGRES_PORT", 5432),
                ler(fonte, "LOCAL_REDIS_PORT", 6379),
                ler(fonte, "LOCAL_SQS_PORT", 9324),
                ler(fonte, "LOCAL_BUREAU_PORT", 8090),
                ler(fonte, "LOCAL_AUTH_PORT", 9000),
                ler(fonte, "LOCAL_EDGE_PORT", 8080),
                ler(fonte, "LOCAL_CONCESSAO_PORT", 8081),
                ler(fonte, "LOCAL_REGRAS_PORT", 8082),
                ler(fonte, "LOCAL_HISTORICO_PORT", 8083),
                ler(fonte, "LOCAL_SCORE_PORT", 8084),
                ler(fonte, "LOCAL_INVESTIMENTO_PORT", 8085));
    }

    /** Environment first, then system properties. */
    public static Portas doAmbiente() {
        return de(nome -> {
            String valor = System.getenv(nome);
            return valor != null ? valor : System.getProperty(nome);
        });
    }

    /** Name shown to the user → port, in start order. */
    public Map<String, Integer> porNome() {
        Map<String, Integer> mapa = new LinkedHashMap<>();
        mapa.put("postgres", postgres);
        mapa.put("redis", redis);
        mapa.put("sqs (elasticmq)", sqs);
        mapa.put("bureau-simulator", bureau);
        mapa.put("auth-server", auth);
        mapa.put("edge-gateway", edge);
        mapa.put("concessao-service", concessao);
        mapa.put("motor-regras-service", regras);
        mapa.put("historico-service", historico);
        mapa.put("score-service", score);
        mapa.put("investimento-service", investimento);
        return mapa;
    }

    static int ler(Function<String, String> fonte, String nome, int padrao) {
        String valor = fonte.apply(nome);
        if (valor == null || valor.isBlank()) {
            return padrao;
        }
        try {
            int porta = Integer.parseInt(valor.trim());
            if (porta < 1 || porta > 65_535) {
                throw new IllegalArgumentException(nome + " fora do intervalo 1-65535: " + valor);
            }
            return porta;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(nome + " nao e um numero de porta: " + valor, e);
        }
    }
}
