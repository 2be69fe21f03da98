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
                "GET /v1/score/12345 -> 200|GET /v1/score/*** -> 200",
                "GET /historico-bureau/v1/clientes/777/contratos|GET /historico-bureau/v1/clientes/***/contratos",
                "GET /v1/investimentos?idCliente=555&x=1|GET /v1/investimentos?idCliente=***&x=1",
                "limite 5000 aprovado em 200 ms|limite 5000 aprovado em 200 ms"
            })
    void deveMascararDadosPessoais(String original, String esperado) {
        assertThat(MascaraPii.mascarar(original)).isEqualTo(esperado);
    }
}
