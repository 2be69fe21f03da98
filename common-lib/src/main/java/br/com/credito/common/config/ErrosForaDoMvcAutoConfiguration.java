package br.com.credito.common.config;

import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.ProblemResponseWriter;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.common.web.ErroProblemJsonController;
import br.com.credito.common.web.ValvulaDeErroProblemJson;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised before or outside Spring MVC are problem+json too (issue 16): Tomcat's own rejections (its error
 * report valve), the container's error dispatch (an {@link ErrorController} in place of Boot's, which answers HTML
 * to browsers) and Spring Security's firewall (a {@link RequestRejectedHandler} that writes the problem directly).
 */
@AutoConfiguration(
        after = CreditoCommonAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ErrosForaDoMvcAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ErroProblemJsonController erroProblemJsonController(ProblemDetailFactory problemas) {
        return new ErroProblemJsonController(problemas);
    }

    @Bean
    @ConditionalOnClass(RequestRejectedHandler.class)
    @ConditionalOnMissingBean
    RequestRejectedHandler requisicaoRejeitadaProblemJson(ProblemResponseWriter writer) {
        return (request, response, ex) -> writer.escrever(
                response,
                TipoProblema.DADOS_INVALIDOS,
                "Requisicao invalida: caminho, consulta ou cabecalho com caracteres nao permitidos.");
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class ValvulaDoTomcat {

        @Bean
        SubstituicaoDaValvulaDeErro valvulaDeErroProblemJson(
                ProblemDetailFactory problemas, ObjectProvider<JsonMapper> mapper) {
            return new SubstituicaoDaValvulaDeErro(
                    new ValvulaDeErroProblemJson(problemas, mapper.getIfAvailable(JsonMapper::new)));
        }
    }

    /**
     * Replaces the host's error report valve. Boot adds one of its own from a context customizer, so this customizer
     * runs last and removes it; naming ours as the host's class keeps the host from adding a default one at start.
     */
    static final class SubstituicaoDaValvulaDeErro
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final ValvulaDeErroProblemJson valvula;

        SubstituicaoDaValvulaDeErro(ValvulaDeErroProblemJson valvula) {
            this.valvula = valvula;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory fabrica) {
            fabrica.addContextCustomizers(contexto -> {
                if (contexto.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ValvulaDeErroProblemJson.class.getName());
                }
                Pipeline pipeline = contexto.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && valve != valvula) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(valvula);
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
