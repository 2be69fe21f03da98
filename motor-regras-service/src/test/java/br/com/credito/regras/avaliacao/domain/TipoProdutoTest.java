package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TipoProdutoTest {

    @ParameterizedTest
    @CsvSource({
        "Empréstimo, EMPRESTIMO",
        "Emprestimo, EMPRESTIMO",
        "Cartão de Crédito, CARTAO_DE_CREDITO",
        "cartao de credito, CARTAO_DE_CREDITO",
        "Financiamento, FINANCIAMENTO",
        "Financiamento Imobiliário, FINANCIAMENTO_IMOBILIARIO",
        "' financiamento   imobiliario ', FINANCIAMENTO_IMOBILIARIO",
        "Consórcio, CONSORCIO",
        "CONSORCIO, CONSORCIO"
    })
    void deveReconhecerOTipoComOuSemAcentos(String texto, TipoProduto esperado) {
        assertThat(TipoProduto.doTexto(texto)).isEqualTo(esperado);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Cheque especial", "Financiamento de veiculo", "OUTRO_PRODUTO", "  "})
    void deveTratarTipoAusenteOuDesconhecidoComoOutro(String texto) {
        assertThat(TipoProduto.doTexto(texto)).isEqualTo(TipoProduto.OUTRO);
    }
}
