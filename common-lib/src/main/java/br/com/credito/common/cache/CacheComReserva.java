package br.com.credito.common.cache;

import br.com.credito.common.aquecimento.ClienteSintetico;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-through cache in front of a provider. A copy younger than the TTL answers alone ({@code CACHE}); otherwise the
 * provider is asked, one call per key at a time ({@link VooUnico}), and its answer stored for the retention period.
 * When the provider fails, the last-known copy is served as {@code CACHE_EXPIRADO} with its age; with no copy the
 * failure propagates. Redis being down only costs the cache: reads miss and the provider answers.
 *
 * <p>Metric {@code credito.cache.leituras{cache, resultado}}: hit, miss, expirado (provider asked because the copy is
 * older than the TTL), stale (expired copy served on provider failure), erro_redis.
 */
public final class CacheComReserva<T> {

    private static final Logger log = LoggerFactory.getLogger(CacheComReserva.class);
    private static final String VERSAO_DO_FORMATO = "v1";

    private final String prefixo;
    private final PropriedadesCache propriedades;
    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final JavaType tipoDaEntrada;
    private final Clock relogio;
    private final VooUnico<Optional<Leitura<T>>> vooUnico = new VooUnico<>();
    private final MedidorDoCache medidor;

    public CacheComReserva(
            String nome,
            Class<T> tipo,
            PropriedadesCache propriedades,
            StringRedisTemplate redis,
            JsonMapper json,
            MeterRegistry metricas,
            Clock relogio) {
        this.prefixo = "credito:" + nome + ":" + VERSAO_DO_FORMATO + ":";
        this.propriedades = propriedades;
        this.redis = redis;
        this.json = json;
        this.tipoDaEntrada = json.getTypeFactory().constructParametricType(EntradaDeCache.class, tipo);
        this.relogio = relogio;
        this.medidor = new MedidorDoCache(nome, metricas);
    }

    /**
     * @param provedor asks the provider: empty when it does not know the key (not cached), an unchecked exception
     *     when it cannot answer
     */
    public Optional<Leitura<T>> obter(String id, Supplier<Optional<T>> provedor) {
        String chave = chave(id);
        Optional<EntradaDeCache<T>> guardada = ler(chave);
        Instant agora = relogio.instant();
        if (guardada.isPresent() && guardada.get().fresca(agora, propriedades.ttl())) {
            medidor.hit.increment();
            return Optional.of(doCache(guardada.get(), FonteDados.CACHE, agora));
        }
        (guardada.isPresent() ? medidor.expirado : medidor.miss).increment();
        try {
            return vooUnico.executar(chave, () -> consultar(chave, provedor, !ClienteSintetico.eh(id)));
        } catch (RuntimeException falha) {
            EntradaDeCache<T> reserva = guardada.orElseThrow(() -> falha);
            medidor.stale.increment();
            return Optional.of(doCache(reserva, FonteDados.CACHE_EXPIRADO, agora));
        }
    }

    /**
     * Inside the flight: a flight that just ended may have stored a fresh copy, so look once more first. A warm-up's
     * synthetic client ({@link ClienteSintetico}) is never stored: each of its reads takes the miss path, as a new
     * client's does, and the warm-up leaves no key behind.
     */
    private Optional<Leitura<T>> consultar(String chave, Supplier<Optional<T>> provedor, boolean guardar) {
        Instant agora = relogio.instant();
        Optional<EntradaDeCache<T>> recente = ler(chave).filter(e -> e.fresca(agora, propriedades.ttl()));
        if (recente.isPresent()) {
            return recente.map(e -> doCache(e, FonteDados.CACHE, agora));
        }
        Optional<T> valor = provedor.get();
        if (guardar) {
            valor.ifPresent(v -> gravar(chave, new EntradaDeCache<>(relogio.instant(), v)));
        }
        return valor.map(Leitura::aoVivo);
    }

    private Leitura<T> doCache(EntradaDeCache<T> entrada, FonteDados fonte, Instant agora) {
        return new Leitura<>(entrada.valor(), fonte, entrada.idade(agora).toSeconds());
    }

    private Optional<EntradaDeCache<T>> ler(String chave) {
        try {
            String valor = redis.opsForValue().get(chave);
            return valor == null ? Optional.empty() : Optional.of(json.readValue(valor, tipoDaEntrada));
        } catch (DataAccessException e) {
            semRedis("leitura", e);
            return Optional.empty();
        } catch (JacksonException e) {
            log.warn("Entrada ilegivel no cache {}; tratada como ausente", prefixo);
            return Optional.empty();
        }
    }

    private void gravar(String chave, EntradaDeCache<T> entrada) {
        try {
            redis.opsForValue().set(chave, json.writeValueAsString(entrada), propriedades.retencao());
        } catch (DataAccessException e) {
            semRedis("gravacao", e);
        }
    }

    /** Redis down costs the cache only: counted and logged (type only, no key), and the request goes on. */
    private void semRedis(String operacao, DataAccessException e) {
        medidor.erroRedis.increment();
        log.warn(
                "Cache {} indisponivel na {}: {}",
                prefixo,
                operacao,
                e.getClass().getSimpleName());
    }

    /** A digest, not the id: Redis keys show up in tools and dumps, and the client id is personal data. */
    private String chave(String id) {
        try {
            byte[] resumo = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return prefixo + HexFormat.of().formatHex(resumo);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 faz parte de toda JVM", e);
        }
    }

    private static final class MedidorDoCache {
        private final Counter hit;
        private final Counter miss;
        private final Counter expirado;
        private final Counter stale;
        private final Counter erroRedis;

        MedidorDoCache(String nome, MeterRegistry metricas) {
            this.hit = contador(metricas, nome, "hit");
            this.miss = contador(metricas, nome, "miss");
            this.expirado = contador(metricas, nome, "expirado");
            this.stale = contador(metricas, nome, "stale");
            this.erroRedis = contador(metricas, nome, "erro_redis");
        }

        private static Counter contador(MeterRegistry metricas, String nome, String resultado) {
            return Counter.builder("credito.cache.leituras")
                    .description("Leituras do cache por resultado")
                    .tag("cache", nome)
                    .tag("resultado", resultado)
                    .register(metricas);
        }
    }
}
