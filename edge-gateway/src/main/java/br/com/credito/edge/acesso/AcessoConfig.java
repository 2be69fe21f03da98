package br.com.credito.edge.acesso;

import br.com.credito.common.problem.ProblemResponseWriter;
import br.com.credito.edge.config.EdgeProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Filter order: request id first (every answer carries it, a 401 included), then the access log (inside the tracing
 * observation, so its line has the trace id), then Spring Security validates the JWT, then the throttle.
 */
@Configuration(proxyBeanMethods = false)
class AcessoConfig {

    @Bean
    FilterRegistrationBean<IdRequisicaoFilter> idRequisicaoFilter() {
        var registro = new FilterRegistrationBean<>(new IdRequisicaoFilter());
        registro.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registro;
    }

    @Bean
    FilterRegistrationBean<LogDeAcessoFilter> logDeAcessoFilter() {
        var registro = new FilterRegistrationBean<>(new LogDeAcessoFilter());
        registro.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registro;
    }

    @Bean
    FilterRegistrationBean<LimiteDeRequisicoesFilter> limiteDeRequisicoesFilter(
            EdgeProperties propriedades, ProblemResponseWriter writer) {
        var registro = new FilterRegistrationBean<>(new LimiteDeRequisicoesFilter(propriedades.limite(), writer));
        registro.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registro;
    }
}
