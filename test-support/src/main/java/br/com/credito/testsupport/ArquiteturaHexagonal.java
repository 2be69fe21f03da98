package br.com.credito.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The STYLE.md layering, as ArchUnit rules over one service's base package. ArchUnit fails a rule whose "that"
 * selects no class, so a rule naming a package the service does not have breaks the build instead of passing.
 */
public final class ArquiteturaHexagonal {

    public static final List<String> SERVICOS = List.of(
            "br.com.credito.concessao",
            "br.com.credito.regras",
            "br.com.credito.historico",
            "br.com.credito.score",
            "br.com.credito.investimento");

    private ArquiteturaHexagonal() {}

    /** domain: plain Java only (no Spring, Jakarta, Jackson, JPA, AWS). */
    public static ArchRule dominioSemFrameworks() {
        return classes()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "..domain..")
                .because("o dominio e Java puro (STYLE.md)");
    }

    public static ArchRule aplicacaoNaoDependeDeAdaptadores() {
        return noClasses()
                .that()
                .resideInAPackage("..application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..adapter..")
                .because("casos de uso falam com o mundo so por portas do dominio");
    }

    public static ArchRule dominioNaoDependeDeAplicacaoNemAdaptadores() {
        return noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..application..", "..adapter..");
    }

    /** An inbound adapter never calls an outbound one directly, and outbound adapters do not know each other. */
    public static ArchRule adaptadoresIndependentes() {
        return slices().matching("..adapter.(*).(*)..").should().notDependOnEachOther();
    }

    public static ArchRule naoDependeDeOutroServico(String pacoteProprio) {
        String[] outros = SERVICOS.stream()
                .filter(p -> !p.equals(pacoteProprio))
                .map(p -> p + "..")
                .toArray(String[]::new);
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(outros)
                .because("servicos se encontram so por contratos HTTP e de eventos");
    }

    public static ArchRule controllersPackagePrivate() {
        return classes()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("..adapter.in.web..");
    }
}
