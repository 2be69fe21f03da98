package br.com.credito.investimento.investimento.adapter.out.mensageria;

import br.com.credito.investimento.config.InvestimentoProperties;
import br.com.credito.investimento.config.InvestimentoProperties.Eventos;
import io.awspring.cloud.autoconfigure.sns.SnsClientCustomizer;
import io.awspring.cloud.autoconfigure.sqs.SqsAsyncClientCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

@Configuration(proxyBeanMethods = false)
class MensageriaConfig {

    static final String EXECUTOR = "publicadorDeEventosExecutor";

    /**
     * A small pool with a deep queue: a slow broker delays publication, never a POST (the request thread only
     * enqueues). If the queue ever overflows the row stays in the outbox and is resubmitted.
     */
    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor publicadorDeEventosExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(8);
        executor.setMaxPoolSize(8);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("publicador-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(15);
        return executor;
    }

    @Bean
    TransporteDeEventos transporteDeEventos(
            InvestimentoProperties propriedades, ObjectProvider<SqsAsyncClient> sqs, ObjectProvider<SnsClient> sns) {
        Eventos eventos = propriedades.eventos();
        return switch (eventos.destino()) {
            case SQS -> new SqsTransporte(sqs.getObject(), eventos.fila());
            case SNS -> {
                if (!StringUtils.hasText(eventos.topicoArn())) {
                    throw new IllegalStateException("INVESTIMENTO_TOPICO_ARN e obrigatorio com destino SNS");
                }
                yield new SnsTransporte(sns.getObject(), eventos.topicoArn());
            }
        };
    }

    /** Bounds one send: a hung broker fails the attempt (and frees the worker) instead of holding it. */
    @Bean
    SqsAsyncClientCustomizer tempoMaximoSqs(InvestimentoProperties propriedades) {
        return builder -> builder.overrideConfiguration(comTempoMaximo(builder.overrideConfiguration(), propriedades));
    }

    @Bean
    SnsClientCustomizer tempoMaximoSns(InvestimentoProperties propriedades) {
        return builder -> builder.overrideConfiguration(comTempoMaximo(builder.overrideConfiguration(), propriedades));
    }

    private static ClientOverrideConfiguration comTempoMaximo(
            ClientOverrideConfiguration atual, InvestimentoProperties propriedades) {
        return atual.toBuilder()
                .apiCallTimeout(propriedades.eventos().tempoMaximoEnvio())
                .build();
    }
}
