package br.com.credito.common.aquecimento;

import java.time.Duration;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis client's write, read and delete path, on a key no cache can own ({@value #PREFIXO}, where caches use
 * "<name>:" and a SHA-256) that expires in a minute even if the delete never runs.
 */
final class ExercicioRedis implements ExercicioDeAquecimento {

    static final String PREFIXO = "aquecimento:sintetico:";

    private final StringRedisTemplate redis;
    private final String chave = PREFIXO + UUID.randomUUID();

    ExercicioRedis(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public String nome() {
        return "redis";
    }

    @Override
    public void executar() {
        redis.opsForValue().set(chave, "{\"aquecimento\":true}", Duration.ofMinutes(1));
        redis.opsForValue().get(chave);
        redis.delete(chave);
    }
}
