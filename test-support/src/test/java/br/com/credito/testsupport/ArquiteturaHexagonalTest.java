package br.com.credito.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The shared rules must catch what they promise, or every service's ArchitectureTest checks nothing. */
class ArquiteturaHexagonalTest {

    private static final JavaClasses SCORE = new ClassFileImporter().importPackages("br.com.credito.score.exemplo");
    private static final JavaClasses REGRAS = new ClassFileImporter().importPackages("br.com.credito.regras.exemplo");

    @Test
    void dominioComFrameworkEhRecusado() {
        assertThatThrownBy(() -> ArquiteturaHexagonal.DOMINIO_SEM_FRAMEWORKS.check(SCORE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PoliticaComFramework");
    }

    @Test
    void classeDeOutroServicoEhRecusada() {
        assertThatThrownBy(() -> ArquiteturaHexagonal.SO_CONTRATOS_COM_OUTROS_SERVICOS.check(SCORE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("AtalhoParaOutroServico");
    }

    @Test
    void servicoQueSoUsaASiMesmoPassa() {
        assertThatCode(() -> ArquiteturaHexagonal.SO_CONTRATOS_COM_OUTROS_SERVICOS.check(REGRAS))
                .doesNotThrowAnyException();
    }

    @Test
    void portaForaDeDomainPortEhRecusada() {
        assertThatThrownBy(() -> ArquiteturaHexagonal.SO_PORTAS_SAO_IMPLEMENTADAS_FORA_DO_DOMINIO.check(SCORE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BureauSemPorta")
                .hasMessageNotContaining("BureauHttpClient implementa");
    }

    @Test
    void beanDeclaradoPeloAdaptadorEhRecusadoEPelaPortaPassa() {
        assertThatThrownBy(() -> ArquiteturaHexagonal.CONFIGURACAO_LIGA_POR_PORTAS.check(SCORE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("peloAdaptador")
                .hasMessageNotContaining("pelaPorta");
    }

    @Test
    void portasSaoInterfaces() {
        assertThatCode(() -> ArquiteturaHexagonal.PORTAS_SAO_INTERFACES.check(SCORE))
                .doesNotThrowAnyException();
    }
}
