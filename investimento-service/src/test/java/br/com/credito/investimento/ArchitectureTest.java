package br.com.credito.investimento;

import br.com.credito.testsupport.ArquiteturaHexagonal;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "br.com.credito.investimento", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dominioSemFrameworks = ArquiteturaHexagonal.dominioSemFrameworks();

    @ArchTest
    static final ArchRule aplicacaoNaoDependeDeAdaptadores = ArquiteturaHexagonal.aplicacaoNaoDependeDeAdaptadores();

    @ArchTest
    static final ArchRule dominioNaoDependeDeAplicacaoNemAdaptadores =
            ArquiteturaHexagonal.dominioNaoDependeDeAplicacaoNemAdaptadores();

    @ArchTest
    static final ArchRule adaptadoresIndependentes = ArquiteturaHexagonal.adaptadoresIndependentes();

    @ArchTest
    static final ArchRule naoDependeDeOutroServico =
            ArquiteturaHexagonal.naoDependeDeOutroServico("br.com.credito.investimento");

    @ArchTest
    static final ArchRule controllersPackagePrivate = ArquiteturaHexagonal.controllersPackagePrivate();
}
