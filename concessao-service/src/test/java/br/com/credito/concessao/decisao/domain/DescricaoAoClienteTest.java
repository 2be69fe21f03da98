package br.com.credito.concessao.decisao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.Mae;
import org.junit.jupiter.api.Test;

class DescricaoAoClienteTest {

    @Test
    void aprovacaoDeveUsarAFraseDoSeed() {
        assertThat(DescricaoAoCliente.de(Mae.concessao("12345", Mae.aprovado("5000"))))
                .isEqualTo("Cartão aprovado com limite de R$ 5.000");
    }

    @Test
    void limiteComCentavosDeveMostrarOsCentavos() {
        assertThat(DescricaoAoCliente.de(Mae.concessao("12345", Mae.aprovado("12500.50"))))
                .isEqualTo("Cartão aprovado com limite de R$ 12.500,50");
    }

    @Test
    void recusaDeveManterOMotivoDaPolitica() {
        Concessao recusada = Mae.concessao("12345", Mae.resultado(CodigoDecisao.REPROVADO, "0"));

        assertThat(DescricaoAoCliente.de(recusada))
                .isEqualTo(recusada.resultado().descricao());
    }
}
