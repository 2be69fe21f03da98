package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegraArredondamentoTest {

    private final RegraArredondamento regra = new RegraArredondamento();

    @ParameterizedTest
    @CsvSource({"5000,5000.00", "5099.99,5000.00", "5100,5100.00", "99.99,0.00", "0,0.00"})
    void deveArredondarParaBaixoNoPassoDaPoliticaComDuasCasas(String calculado, String esperado) {
        var resultado =
                regra.aplicar(SolicitacoesDeTeste.doSeed(), PoliticasDeTeste.padrao(), new BigDecimal(calculado));

        assertThat(resultado).isEqualTo(Aprovada.sem(new BigDecimal(esperado)));
    }
}
