package br.com.credito.common.apoio;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.web.Validacoes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service on common-lib, to test the shared security and error contract without any real service. */
@SpringBootApplication
public class AplicacaoDeTeste {

    public static final String ESCOPO = "eco:escrever";

    @Bean
    ApiAuthorizationRules regrasDeTeste() {
        // POST /v1/falha/** has a rule and no handler (405); GET /v1/falha/** covers paths without a handler (404).
        return regras -> regras.requestMatchers(HttpMethod.POST, "/v1/eco")
                .hasAuthority(ApiAuthorizationRules.escopo(ESCOPO))
                .requestMatchers(HttpMethod.GET, "/v1/falha/**")
                .hasAuthority(ApiAuthorizationRules.escopo(ESCOPO))
                .requestMatchers(HttpMethod.POST, "/v1/falha/**")
                .hasAuthority(ApiAuthorizationRules.escopo(ESCOPO));
    }

    record EcoRequest(
            @NotBlank @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX)
            String idCliente,

            @Positive BigDecimal valor) {}

    @RestController
    static class EcoController {
        @PostMapping("/v1/eco")
        EcoRequest eco(@Valid @RequestBody EcoRequest request) {
            return request;
        }

        @GetMapping("/v1/falha/{tipo}")
        String falha(@PathVariable String tipo) {
            if ("indisponivel".equals(tipo)) {
                throw new ProblemaException(
                        TipoProblema.SERVICO_INDISPONIVEL, "DEPENDENCIA_INDISPONIVEL", "Dependencia indisponivel.");
            }
            throw new IllegalStateException("segredo interno cpf 123.456.789-09");
        }
    }
}
