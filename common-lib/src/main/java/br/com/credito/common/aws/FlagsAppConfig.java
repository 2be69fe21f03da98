package br.com.credito.common.aws;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flag profile as the AppConfig Agent serves it on localhost, read at most once per {@code cache} period.
 * When a read fails the last good flags are kept (the agent itself also keeps serving its last good copy), so only
 * a service that never managed one read answers with the callers' defaults.
 */
public class FlagsAppConfig {

    private static final Logger LOG = LoggerFactory.getLogger(FlagsAppConfig.class);
    private static final TypeReference<Map<String, Map<String, Object>>> TIPO = new TypeReference<>() {};

    private final FlagsProperties propriedades;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock relogio;
    private volatile Leitura ultima;

    public FlagsAppConfig(FlagsProperties propriedades, HttpClient http, JsonMapper json, Clock relogio) {
        this.propriedades = propriedades;
        this.http = http;
        this.json = json;
        this.relogio = relogio;
    }

    public Map<String, Map<String, Object>> atuais() {
        Leitura leitura = ultima;
        if (leitura != null && relogio.instant().isBefore(leitura.lidaEm().plus(propriedades.cache()))) {
            return leitura.flags();
        }
        return renovar();
    }

    private synchronized Map<String, Map<String, Object>> renovar() {
        try {
            Leitura nova = new Leitura(ler(), relogio.instant());
            ultima = nova;
            return nova.flags();
        } catch (IOException | JacksonException | IllegalStateException e) {
            return ultimaOuFalha(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ultimaOuFalha(e);
        }
    }

    private Map<String, Map<String, Object>> ler() throws IOException, InterruptedException {
        HttpRequest pedido = HttpRequest.newBuilder(propriedades.url())
                .timeout(propriedades.timeout())
                .GET()
                .build();
        HttpResponse<byte[]> resposta = http.send(pedido, HttpResponse.BodyHandlers.ofByteArray());
        if (resposta.statusCode() != 200) {
            throw new IllegalStateException("AppConfig Agent respondeu " + resposta.statusCode());
        }
        return Map.copyOf(json.readValue(resposta.body(), TIPO));
    }

    private Map<String, Map<String, Object>> ultimaOuFalha(Exception causa) {
        Leitura anterior = ultima;
        if (anterior == null) {
            throw new FlagsIndisponiveisException("Flags do AppConfig indisponiveis", causa);
        }
        LOG.warn("Flags do AppConfig indisponiveis; mantendo as lidas em {}", anterior.lidaEm(), causa);
        // Counted as a fresh read so that an outage costs one attempt per cache period, not one per request.
        ultima = new Leitura(anterior.flags(), relogio.instant());
        return anterior.flags();
    }

    private record Leitura(Map<String, Map<String, Object>> flags, Instant lidaEm) {}
}
