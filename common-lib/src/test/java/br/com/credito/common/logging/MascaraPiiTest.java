package br.com.credito.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MascaraPiiTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cpf 123.456.789-09 recusado|cpf *** recusado",
                "cpf 12345678909 recusado|cpf *** recusado",
                "{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}|{\"idCliente\":\"***\",\"tipoCartao\":\"GOLD\"}",
                "ConcederRequest[idCliente=98765, tipoCartao=GOLD]|ConcederRequest[idCliente=***, tipoCartao=GOLD]",
                "GET /v1/score/12345 -> 200|GET /v1/score/{idCliente} -> 200",
                // Issue 16, item 8: the edge logged these ids, missed by the old list of paths.
                "GET /v1/cartao/limites/12345/historico|GET /v1/cartao/limites/{idCliente}/historico",
                "GET http://edge:8080/v1/cartao/status/abc-1 401|GET http://edge:8080/v1/cartao/status/{idCliente} 401",
                // A path no template knows is cut short, never logged whole.
                "GET /v1/cartao/novo-recurso/12345/x|GET /v1/cartao/**",
                // Masking a template again changes nothing (the edge's access log masks its fields once more).
                "path=/v1/cartao/limites/{idCliente}/historico|path=/v1/cartao/limites/{idCliente}/historico",
                "{url=/v1/score/777}|{url=/v1/score/{idCliente}}",
                "GET /historico-bureau/v1/clientes/777/contratos|GET /historico-bureau/v1/clientes/***/contratos",
                "GET /v1/investimentos?idCliente=555&x=1|GET /v1/investimentos?idCliente=***&x=1",
                "limite 5000 aprovado em 200 ms|limite 5000 aprovado em 200 ms"
            })
    void deveMascararDadosPessoais(String original, String esperado) {
        assertThat(MascaraPii.mascarar(original)).isEqualTo(esperado);
    }
}
