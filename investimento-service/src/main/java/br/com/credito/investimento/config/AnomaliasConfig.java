package br.com.credito.investimento.config;

import br.com.credito.investimento.investimento.application.RegistrarInvestimento;
import br.com.credito.investimento.investimento.domain.LimitesDeAnomalia;
import br.com.credito.investimento.investimento.domain.port.InvestimentosEmRevisao;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** Per-client bounds on investments that raise limits (issue 16, docs/modelo-de-confianca.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnomaliasConfig.AnomaliasProperties.class)
class AnomaliasConfig {

    /**
     * {@code investimento.anomalias.*}: above {@code maximoPorPeriodo} investments or {@code valorMaximoPorPeriodo}
     * reais of one client within {@code periodo}, the next investment is held for review.
     */
    @Validated
    @ConfigurationProperties("investimento.anomalias")
    record AnomaliasProperties(
            @Min(1) int maximoPorPeriodo,
            @NotNull @DecimalMin("0.01") BigDecimal valorMaximoPorPeriodo,
            @NotNull Duration periodo) {}

    @Bean
    RegistrarInvestimento.Vigilancia vigilancia(AnomaliasProperties propriedades, InvestimentosEmRevisao revisoes) {
        return new RegistrarInvestimento.Vigilancia(
                new LimitesDeAnomalia(
                        propriedades.maximoPorPeriodo(), propriedades.valorMaximoPorPeriodo(), propriedades.periodo()),
                revisoes);
    }
}
