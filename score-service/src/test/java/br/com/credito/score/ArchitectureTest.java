package br.com.credito.score;

import br.com.credito.testsupport.ArquiteturaHexagonal;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "br.com.credito.score", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dominioSemFrameworks = ArquiteturaHexagonal.dominioSemFrameworks();

    @ArchTest
    static final ArchRule aplicacaoNaoDependeDeAdaptadores = ArquiteturaHexagonal.aplicacaoNaoDependeDeAdaptadores();

    @ArchTest
    static final ArchRule dominioIsolado = ArquiteturaHexagonal.dominioNaoDependeDeAplicacaoNemAdaptadores();

    @ArchTest
    static final ArchRule adaptadoresIndependentes = ArquiteturaHexagonal.adaptadoresIndependentes();

    @ArchTest
    static final ArchRule soContratosComOutrosServicos =
            ArquiteturaHexagonal.naoDependeDeOutroServico("br.com.credito.score");

    @ArchTest
    static final ArchRule controllersPackagePrivate = ArquiteturaHexagonal.controllersPackagePrivate();
}
