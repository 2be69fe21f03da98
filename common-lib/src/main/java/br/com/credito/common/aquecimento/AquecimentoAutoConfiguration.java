package br.com.credito.common.aquecimento;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The warm-up runner, the exercises every service shares (own HTTP stack and JWT path, JDBC pool, Redis client) when
 * the service has the part they exercise, and the breakers' start-up grace when the service uses Resilience4j.
 * Settings under {@code credito.aquecimento} (AquecimentoProperties).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration"
        })
@EnableConfigurationProperties(AquecimentoProperties.class)
public class AquecimentoAutoConfiguration {

    /**
     * With a transaction manager, the database exercises run on every pooled connection (ExercicioEmCadaConexao)
     * instead of in the round robin, where one thread keeps getting the same connection back.
     */
    @Bean
    Aquecimento aquecimento(
            ObjectProvider<ExercicioDeAquecimento> exercicios,
            ObjectProvider<PlatformTransactionManager> transacoes,
            AquecimentoProperties propriedades,
            Environment ambiente) {
        List<ExercicioDeAquecimento> todos = exercicios.orderedStream().toList();
        List<ExercicioDeBanco> deBanco = todos.stream()
                .filter(ExercicioDeBanco.class::isInstance)
                .map(ExercicioDeBanco.class::cast)
                .toList();
        PlatformTransactionManager transacao = transacoes.getIfUnique();
        if (deBanco.isEmpty() || transacao == null) {
            return new Aquecimento(todos, propriedades);
        }
        List<ExercicioDeAquecimento> rodizio = new ArrayList<>(todos);
        rodizio.removeAll(deBanco);
        rodizio.add(new ExercicioEmCadaConexao(deBanco, transacao, tamanhoDoPool(ambiente)));
        return new Aquecimento(rodizio, propriedades);
    }

    /** Hikari's maximum pool size as the service sets it (Hikari's own default otherwise). */
    static int tamanhoDoPool(Environment ambiente) {
        return ambiente.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
    }

    @Bean
    @ConditionalOnBooleanProperty("credito.aquecimento.treino")
    FimDoTreino fimDoTreino() {
        return new FimDoTreino(System::exit);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ExercicioDeAquecimento exercicioHttpLocal(Environment ambiente) {
        return new ExercicioHttpLocal(ambiente);
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    ExercicioDeAquecimento exercicioJdbc(DataSource dados) {
        return new ExercicioJdbc(dados);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(StringRedisTemplate.class)
    static class Redis {
        @Bean
        @ConditionalOnBean(StringRedisTemplate.class)
        ExercicioDeAquecimento exercicioRedis(StringRedisTemplate redis) {
            return new ExercicioRedis(redis);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CircuitBreakerRegistry.class)
    static class Disjuntores {
        @Bean
        @ConditionalOnBean(CircuitBreakerRegistry.class)
        GracaDosDisjuntores gracaDosDisjuntores(
                CircuitBreakerRegistry disjuntores, AquecimentoProperties propriedades) {
            return new GracaDosDisjuntores(disjuntores, propriedades.gracaDosDisjuntores());
        }
    }
}
