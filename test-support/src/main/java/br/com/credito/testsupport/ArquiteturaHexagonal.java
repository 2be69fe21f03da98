package br.com.credito.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The STYLE.md layering as ArchUnit rules, shared by every service. A service's test imports only its own classes and
 * takes them all:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "br.com.credito.score", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests hexagonal = ArchTests.in(ArquiteturaHexagonal.class);
 * }
 * }</pre>
 *
 * ArchUnit fails a rule whose "that" selects no class, so a service without one of these layers breaks the build
 * instead of passing a rule that checks nothing.
 */
public final class ArquiteturaHexagonal {

    public static final List<String> SERVICOS = List.of(
            "br.com.credito.concessao",
            "br.com.credito.regras",
            "br.com.credito.historico",
            "br.com.credito.score",
            "br.com.credito.investimento");

    /** domain: plain Java only (no Spring, Jakarta, Jackson, JPA, AWS). */
    @ArchTest
    public static final ArchRule DOMINIO_SEM_FRAMEWORKS = classes()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "..domain..")
            .because("o dominio e Java puro (STYLE.md)");

    @ArchTest
    public static final ArchRule APLICACAO_NAO_DEPENDE_DE_ADAPTADORES = noClasses()
            .that()
            .resideInAPackage("..application..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..adapter..")
            .because("casos de uso falam com o mundo so por portas do dominio");

    @ArchTest
    public static final ArchRule DOMINIO_NAO_DEPENDE_DE_APLICACAO_NEM_ADAPTADORES = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..application..", "..adapter..");

    /** Ports are visible as such: a {@code domain.port} package per feature, holding only interfaces. */
    @ArchTest
    public static final ArchRule PORTAS_SAO_INTERFACES = classes()
            .that()
            .resideInAPackage("..domain.port..")
            .should()
            .beInterfaces()
            .because("uma porta e o contrato que o dominio pede ao mundo (STYLE.md)");

    /** Whatever implements a domain interface from outside the domain implements a port, never an unmarked type. */
    @ArchTest
    public static final ArchRule SO_PORTAS_SAO_IMPLEMENTADAS_FORA_DO_DOMINIO = classes()
            .that()
            .resideOutsideOfPackage("..domain..")
            .should(new ArchCondition<JavaClass>("implementar do dominio so portas de domain.port") {
                @Override
                public void check(JavaClass classe, ConditionEvents eventos) {
                    for (JavaClass interfaceDaClasse : classe.getRawInterfaces()) {
                        String pacote = interfaceDaClasse.getPackageName();
                        if (pacote.startsWith("br.com.credito.")
                                && pacote.contains(".domain")
                                && !pacote.contains(".domain.port")) {
                            eventos.add(SimpleConditionEvent.violated(
                                    classe, classe.getName() + " implementa " + interfaceDaClasse.getName()));
                        }
                    }
                }
            });

    /** Configuration wires by port: no {@code @Bean} method takes or declares an adapter that implements a port. */
    @ArchTest
    public static final ArchRule CONFIGURACAO_LIGA_POR_PORTAS = methods()
            .that()
            .areAnnotatedWith("org.springframework.context.annotation.Bean")
            .should(new ArchCondition<JavaMethod>("declarar portas, nao adaptadores que as implementam") {
                @Override
                public void check(JavaMethod metodo, ConditionEvents eventos) {
                    List<JavaClass> tipos = new ArrayList<>(metodo.getRawParameterTypes());
                    tipos.add(metodo.getRawReturnType());
                    for (JavaClass tipo : tipos) {
                        if (adaptadorDePorta(tipo)) {
                            eventos.add(SimpleConditionEvent.violated(
                                    metodo, metodo.getFullName() + " usa o adaptador " + tipo.getName()));
                        }
                    }
                }
            });

    /** An inbound adapter never calls an outbound one directly, and outbound adapters do not know each other. */
    @ArchTest
    public static final ArchRule ADAPTADORES_INDEPENDENTES =
            slices().matching("..adapter.(*).(*)..").should().notDependOnEachOther();

    @ArchTest
    public static final ArchRule CONTROLLERS_PACKAGE_PRIVATE = classes()
            .that()
            .haveSimpleNameEndingWith("Controller")
            .should()
            .notBePublic()
            .andShould()
            .resideInAPackage("..adapter.in.web..");

    @ArchTest
    public static final ArchRule SO_CONTRATOS_COM_OUTROS_SERVICOS = classes()
            .should(new ArchCondition<JavaClass>("depender so do proprio servico") {
                @Override
                public void check(JavaClass classe, ConditionEvents eventos) {
                    Optional<String> proprio = servicoDe(classe);
                    for (Dependency dependencia : classe.getDirectDependenciesFromSelf()) {
                        Optional<String> alvo = servicoDe(dependencia.getTargetClass());
                        if (alvo.isPresent() && !alvo.equals(proprio)) {
                            eventos.add(SimpleConditionEvent.violated(dependencia, dependencia.getDescription()));
                        }
                    }
                }
            })
            .because("servicos se encontram so por contratos HTTP e de eventos");

    private ArquiteturaHexagonal() {}

    private static boolean adaptadorDePorta(JavaClass tipo) {
        return tipo.getPackageName().contains(".adapter.")
                && tipo.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().contains(".domain.port"));
    }

    private static Optional<String> servicoDe(JavaClass classe) {
        String pacote = classe.getPackageName();
        return SERVICOS.stream()
                .filter(s -> pacote.equals(s) || pacote.startsWith(s + "."))
                .findFirst();
    }
}
