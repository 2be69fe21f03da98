package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.comContratos;
import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.contrato;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraAtrasoGraveTest {

    private final RegraAtrasoGrave regra = new RegraAtrasoGrave();

    @Test
    void deveReprovarAtrasoAcimaDoMaximoDaPolitica() {
        var resultado = regra.aplicar(
                comContratos(contrato("100", 5, false), contrato("200", 91, false)),
                PoliticasDeTeste.padrao(),
                BigDecimal.ZERO);

        assertThat(resultado).isInstanceOfSatisfying(Reprovada.class, r -> {
            assertThat(r.motivo().codigo()).isEqualTo("ATRASO_GRAVE");
            assertThat(r.motivo().descricao()).isEqualTo("Contrato com 91 dias em atraso (máximo aceito: 90)");
        });
    }

    @Test
    void deveAceitarAtrasoIgualAoMaximo() {
        var resultado =
                regra.aplicar(comContratos(contrato("100", 90, false)), PoliticasDeTeste.padrao(), BigDecimal.ONE);

        assertThat(resultado).isEqualTo(Aprovada.sem(BigDecimal.ONE));
    }
}
