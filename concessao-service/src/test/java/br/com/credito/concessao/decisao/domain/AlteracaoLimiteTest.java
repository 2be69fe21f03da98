package br.com.credito.concessao.decisao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.Mae;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlteracaoLimiteTest {

    @Test
    void devePrimeiraDecisaoContarComoAlteracaoSemLimiteAnterior() {
        Concessao primeira = Mae.concessao("1", Mae.aprovado("5000"));

        AlteracaoLimite alteracao =
                AlteracaoLimite.entre(Optional.empty(), primeira).orElseThrow();

        assertThat(alteracao.limiteAnterior()).isNull();
        assertThat(alteracao.limiteNovo()).isEqualByComparingTo("5000");
        assertThat(alteracao.idConcessao()).isEqualTo(primeira.id());
        assertThat(alteracao.versaoPolitica()).isEqualTo(1);
    }

    @Test
    void deveRegistrarLimiteAnteriorENovo() {
        Concessao antes = Mae.concessao("1", Mae.aprovado("5000"));
        Concessao depois = Mae.concessao("1", Mae.aprovado("8000"));

        AlteracaoLimite alteracao =
                AlteracaoLimite.entre(Optional.of(antes), depois).orElseThrow();

        assertThat(alteracao.limiteAnterior()).isEqualByComparingTo(new BigDecimal("5000"));
        assertThat(alteracao.limiteNovo()).isEqualByComparingTo(new BigDecimal("8000"));
    }

    @Test
    void naoDeveHaverAlteracaoQuandoOLimiteNaoMuda() {
        Concessao antes = Mae.concessao("1", Mae.aprovado("5000"));
        Concessao depois = Mae.concessao("1", Mae.aprovado("5000.00"));

        assertThat(AlteracaoLimite.entre(Optional.of(antes), depois)).isEmpty();
    }
}
