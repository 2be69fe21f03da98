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
}
