package br.com.credito.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.testsupport.RedisDeTeste;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** On a real redis-server. "Two hours ago" is a second cache on the same Redis whose clock runs two hours behind. */
class CacheComReservaIT {

    private static final PropriedadesCache UMA_HORA = new PropriedadesCache(Duration.ofHours(1), Duration.ofDays(7));
    private static final Dado DADO = new Dado("12345", 750);
    private static LettuceConnectionFactory conexao;
    private static StringRedisTemplate redis;

    private final SimpleMeterRegistry metricas = new SimpleMeterRegistry();
    private final AtomicInteger chamadas = new AtomicInteger();

    record Dado(String id, int pontos) {}

    @BeforeAll
    static void conectar() {
        conexao = conectar(RedisDeTeste.porta());
        redis = new StringRedisTemplate(conexao);
    }

    @AfterAll
    static void desconectar() {
        conexao.destroy();
    }

    @BeforeEach
    void limpar() {
        redis.delete(redis.keys("credito:*"));
    }

    @Test
    void primeiraLeituraVemDoProvedorEASeguinteDoCache() {
        CacheComReserva<Dado> cache = cache(Clock.systemUTC());

        assertThat(cache.obter("12345", provedor())).contains(Leitura.aoVivo(DADO));
        Leitura<Dado> segunda = cache.obter("12345", provedor()).orElseThrow();

        assertThat(segunda.fonte()).isEqualTo(FonteDados.CACHE);
        assertThat(segunda.valor()).isEqualTo(DADO);
        assertThat(chamadas).hasValue(1);
        assertThat(contagem("hit")).isEqualTo(1);
        assertThat(contagem("miss")).isEqualTo(1);
    }

    @Test
    void copiaMaisVelhaQueOTtlFazNovaConsultaAoProvedor() {
        cache(duasHorasAtras()).obter("12345", provedor());

        Leitura<Dado> leitura =
                cache(Clock.systemUTC()).obter("12345", provedor()).orElseThrow();

        assertThat(leitura.fonte()).isEqualTo(FonteDados.BUREAU);
        assertThat(chamadas).hasValue(2);
        assertThat(contagem("expirado")).isEqualTo(1);
    }

    @Test
    void falhaDoProvedorServeACopiaExpiradaComSuaIdade() {
        cache(duasHorasAtras()).obter("12345", provedor());

        Leitura<Dado> leitura = cache(Clock.systemUTC()).obter("12345", falha()).orElseThrow();

        assertThat(leitura.fonte()).isEqualTo(FonteDados.CACHE_EXPIRADO);
        assertThat(leitura.valor()).isEqualTo(DADO);
        assertThat(leitura.idadeSegundos()).isBetween(7200L, 7260L);
        assertThat(contagem("stale")).isEqualTo(1);
    }

    @Test
    void semCopiaAFalhaDoProvedorSePropaga() {
        assertThatThrownBy(() -> cache(Clock.systemUTC()).obter("12345", falha()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bureau fora");
    }

    @Test
    void clienteDesconhecidoNaoEGuardado() {
        CacheComReserva<Dado> cache = cache(Clock.systemUTC());
        Supplier<Optional<Dado>> desconhecido = () -> {
            chamadas.incrementAndGet();
            return Optional.empty();
        };

        assertThat(cache.obter("40404", desconhecido)).isEmpty();
        assertThat(cache.obter("40404", desconhecido)).isEmpty();
        assertThat(chamadas).hasValue(2);
    }

    @Test
    void cinquentaLeiturasSimultaneasDeUmaChaveFazemUmaChamada() throws Exception {
        CacheComReserva<Dado> cache = cache(Clock.systemUTC());
        CountDownLatch largada = new CountDownLatch(1);
        Supplier<Optional<Dado>> lento = () -> {
            chamadas.incrementAndGet();
            dormir(Duration.ofMillis(300));
            return Optional.of(DADO);
        };
        List<Future<Optional<Leitura<Dado>>>> respostas = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                respostas.add(executor.submit(() -> {
                    largada.await();
                    return cache.obter("12345", lento);
                }));
            }
            largada.countDown();
            for (var resposta : respostas) {
                assertThat(resposta.get().orElseThrow().valor()).isEqualTo(DADO);
            }
        }
        assertThat(chamadas).hasValue(1);
    }

    @Test
    void quemEsperaOVooDeUmProvedorQueFalhaRecebeACopiaExpirada() throws Exception {
        cache(duasHorasAtras()).obter("12345", provedor());
        CacheComReserva<Dado> cache = cache(Clock.systemUTC());
        AtomicInteger falhas = new AtomicInteger();
        Supplier<Optional<Dado>> lentoEFalho = () -> {
            falhas.incrementAndGet();
            dormir(Duration.ofMillis(300));
            throw new IllegalStateException("bureau fora");
        };
        CountDownLatch largada = new CountDownLatch(1);
        List<Future<Optional<Leitura<Dado>>>> respostas = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10; i++) {
                respostas.add(executor.submit(() -> {
                    largada.await();
                    return cache.obter("12345", lentoEFalho);
                }));
            }
            largada.countDown();
            for (var resposta : respostas) {
                assertThat(resposta.get().orElseThrow().fonte()).isEqualTo(FonteDados.CACHE_EXPIRADO);
            }
        }
        assertThat(falhas).hasValue(1);
    }

    @Test
    void redisForaDoArSoCustaOCache() {
        LettuceConnectionFactory semRedis = conectar(portaSemServidor());
        try {
            CacheComReserva<Dado> cache = new CacheComReserva<>(
                    "teste",
                    Dado.class,
                    UMA_HORA,
                    new StringRedisTemplate(semRedis),
                    new JsonMapper(),
                    metricas,
                    Clock.systemUTC());

            assertThat(cache.obter("12345", provedor())).contains(Leitura.aoVivo(DADO));
            assertThat(contagem("erro_redis")).isGreaterThanOrEqualTo(1);
        } finally {
            semRedis.destroy();
        }
    }

    @Test
    void aChaveNoRedisNaoContemOIdDoCliente() {
        cache(Clock.systemUTC()).obter("12345", provedor());

        assertThat(redis.keys("credito:teste:v1:*")).singleElement().asString().doesNotContain("12345");
    }

    private CacheComReserva<Dado> cache(Clock relogio) {
        return new CacheComReserva<>("teste", Dado.class, UMA_HORA, redis, new JsonMapper(), metricas, relogio);
    }

    private Supplier<Optional<Dado>> provedor() {
        return () -> {
            chamadas.incrementAndGet();
            return Optional.of(DADO);
        };
    }

    private static Supplier<Optional<Dado>> falha() {
        return () -> {
            throw new IllegalStateException("bureau fora");
        };
    }

    private static Clock duasHorasAtras() {
        return Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
    }

    private double contagem(String resultado) {
        return metricas.get("credito.cache.leituras")
                .tag("resultado", resultado)
                .counter()
                .count();
    }

    private static LettuceConnectionFactory conectar(int porta) {
        var fabrica = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", porta));
        fabrica.afterPropertiesSet();
        fabrica.start();
        return fabrica;
    }

    private static int portaSemServidor() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dormir(Duration duracao) {
        try {
            Thread.sleep(duracao);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
