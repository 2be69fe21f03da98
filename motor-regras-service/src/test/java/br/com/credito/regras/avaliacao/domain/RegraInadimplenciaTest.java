package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.comContratos;
import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.contrato;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraInadimplenciaTest {

    private final RegraInadimplencia regra = new RegraInadimplencia();

    @Test
    void deveReprovarQuandoClienteInadimplente() {
        var resultado = regra.aplicar(
                comContratos(contrato("100", 0, false), contrato("900", 10, true)),
                PoliticasDeTeste.padrao(),
                BigDecimal.ZERO);

        assertThat(resultado).isInstanceOfSatisfying(Reprovada.class, r -> {
            assertThat(r.motivo().codigo()).isEqualTo("CLIENTE_INADIMPLENTE");
            assertThat(r.motivo().descricao()).isEqualTo("Cliente com 1 contrato(s) inadimplente(s)");
        });
    }

    @Test
    void deveAprovarSemMotivoQuandoNenhumContratoEstaInadimplente() {
        var resultado =
                regra.aplicar(comContratos(contrato("100", 30, false)), PoliticasDeTeste.padrao(), BigDecimal.TEN);

        assertThat(resultado).isEqualTo(Aprovada.sem(BigDecimal.TEN));
    }
}
